// Layouts and partials compiled once per process and bound to each document's Handlebars
// environment: a batch compiles the bundled templates once, not once for every document. The
// bundled templates come precompiled from `npm run build` (scripts/compile-templates.mjs).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { PACKAGE_ROOT } from '../paths.js';
import type { HandlebarsEnv } from './helpers.js';

const specs = new Map<string, TemplateSpecification>();
let precompiled: Record<string, TemplateSpecification> | undefined;

/** The bundled templates as `npm run build` compiled them, by the SHA-256 of their text. */
function precompiledSpecs(): Record<string, TemplateSpecification> {
  if (!precompiled) {
    try {
      precompiled = createRequire(import.meta.url)(join(PACKAGE_ROOT, 'lib', 'templates.precompiled.cjs')) as Record<string, TemplateSpecification>;
    } catch {
      precompiled = {};
    }
  }
  return precompiled;
}

function specFor(text: string): TemplateSpecification {
  const ready = precompiledSpecs()[createHash('sha256').update(text).digest('hex')];
  // Otherwise as Handlebars.compile does it, with the compiled code kept: the template's code as a function.
  return ready ?? (new Function(`return ${Handlebars.precompile(text)};`)() as TemplateSpecification);
}

export function compileShared(env: HandlebarsEnv, text: string): HandlebarsTemplateDelegate {
  let spec = specs.get(text);
  if (!spec) {
    spec = specFor(text);
    specs.set(text, spec);
  }
  return env.template(spec);
}
