// Layouts and partials compiled once per process and bound to each document's Handlebars
// environment: a batch compiles the bundled templates once, not once for every document.
import Handlebars from 'handlebars';
import type { HandlebarsEnv } from './helpers.js';

const specs = new Map<string, TemplateSpecification>();

export function compileShared(env: HandlebarsEnv, text: string): HandlebarsTemplateDelegate {
  let spec = specs.get(text);
  if (!spec) {
    // As Handlebars.compile does it, with the compiled code kept: the template's code as a function.
    spec = new Function(`return ${Handlebars.precompile(text)};`)() as TemplateSpecification;
    specs.set(text, spec);
  }
  return env.template(spec);
}
