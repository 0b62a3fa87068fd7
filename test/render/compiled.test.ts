// Layouts and partials are compiled once per process and bound to each document's environment.
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
