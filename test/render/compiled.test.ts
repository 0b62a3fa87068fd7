// Layouts and partials are compiled once per process and bound to each document's environment.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Handlebars from 'handlebars';
import { compileShared } from '../../src/render/compiled.js';

function envWith(word: string) {
  const env = Handlebars.create();
  env.registerHelper('ord', () => word);
  env.registerPartial('hälsning', compileShared(env, 'Hej {{namn}}'));
  return env;
}

describe('templates compiled once and shared', () => {
  it('uses each environment’s own helpers and partials with the same compiled template', () => {
    const text = '{{ord}}: {{> hälsning}}';
    const first = compileShared(envWith('först'), text);
    const second = compileShared(envWith('sedan'), text);
    expect(first({ namn: 'Navet' })).toBe('först: Hej Navet');
    expect(second({ namn: 'Kvarnby' })).toBe('sedan: Hej Kvarnby');
  });

  it('keeps templates with different text apart', () => {
    const env = envWith('x');
    expect(compileShared(env, '<b>{{namn}}</b>')({ namn: '<i>' })).toBe('<b>&lt;i&gt;</b>');
    expect(compileShared(env, '<p>{{namn}}</p>')({ namn: 'a & b' })).toBe('<p>a &amp; b</p>');
  });
});

describe('the bundled templates, precompiled by npm run build', () => {
  const ROOT = join(import.meta.dirname, '..', '..');
  const files = ['templates', join('templates', 'partials')].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name.endsWith('.hbs'))
      .map((name) => join(ROOT, dir, name)),
  );

  it('has every bundled template as it is now', () => {
    const precompiled = createRequire(import.meta.url)(join(ROOT, 'lib', 'templates.precompiled.cjs')) as Record<string, unknown>;
    for (const file of files) expect(Object.keys(precompiled), file).toContain(createHash('sha256').update(readFileSync(file, 'utf8')).digest('hex'));
  });

  it('renders each the same as a template compiled now', () => {
    const view = { titel: 'T', diarienummer: 'N1', utkast: true, innehall: [{ titel: 'A', sida: 2 }], sidhuvud: 'x' };
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const env = Handlebars.create();
      env.registerHelper('helperMissing', () => '');
      for (const partial of files.filter((f) => f.includes('partials'))) env.registerPartial(partial.split('/').pop()!.slice(0, -4), readFileSync(partial, 'utf8'));
      expect(compileShared(env, text)(view), file).toBe(env.compile(text)(view));
    }
  });
});
