// One registry of every diagnostic id a user can meet: the rules and the ids of the stages around
// them (schema/*, yaml/*, fil/*, mall/uttryck, bygg/tidsgräns). docs/regler.md and the SARIF rule
// list are made from it, no id in the code is missing from it, and iop.config.yaml may only name
// ids from it.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PSEUDO_DIAGNOSTICS } from '../../src/diagnostic-ids.js';
import { RULES } from '../../src/rules/index.js';
import { DIAGNOSTIC_KINDS } from '../../src/rules/registry.js';
import { toSarif } from '../../src/report/sarif.js';
import { copyExample, ROOT, runCli, tempDir } from '../helpers/cli.js';

const IDS = DIAGNOSTIC_KINDS.map((kind) => kind.id);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the registry of diagnostic ids', () => {
  it('holds every rule and every id of the other stages, each once', () => {
    expect(new Set(IDS).size).toBe(IDS.length);
    expect(IDS).toEqual(expect.arrayContaining(RULES.map((rule) => rule.meta.id)));
    expect(IDS).toEqual(expect.arrayContaining(['schema/typ', 'schema/okänt-fält', 'yaml/syntax', 'fil/kodning', 'mall/uttryck', 'bygg/tidsgräns']));
    for (const kind of DIAGNOSTIC_KINDS) {
      expect(kind.id).toMatch(/^[a-zåäö]+\/[a-zåäö-]+$/);
      expect(kind.description, kind.id).toMatch(/\.$/);
      expect(kind.explanation.length, kind.id).toBeGreaterThan(60);
    }
  });

  it('knows every id the code reports: no ruleId literal outside it, none made up at run time', () => {
    const found = new Map<string, string>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/ruleId: (`[^`]*`|'[^']*')/g)) found.set(match[1]!, file);
      for (const match of text.matchAll(/(?:fileDiagnostic|diagnosticAt)\([^)]*?'([a-zåäö]+\/[a-zåäö-]+)'/g)) found.set(`'${match[1]}'`, file);
      for (const match of text.matchAll(/id: '([a-zåäö]+\/[a-zåäö-]+)'/g)) found.set(`'${match[1]}'`, file);
    }
    expect(found.size).toBeGreaterThan(10);
    for (const [literal, file] of found) {
      expect(literal, `${file}: ${literal}`).not.toMatch(/\$\{/);
      expect(IDS, `${file}: ${literal}`).toContain(literal.slice(1, -1));
    }
  });

  it('docs/regler.md describes every id in it, with a working link to each', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'regler.md'), 'utf8');
    for (const id of IDS) expect(docs, id).toMatch(new RegExp(`^#{2,3} ${id}$`, 'm'));
    for (const id of Object.keys(PSEUDO_DIAGNOSTICS)) expect(docs).toContain(`| [\`${id}\`](#${id.replace('/', '')}) |`);
  });

  it('the SARIF log describes every id, the ones of the other stages too', () => {
    const log = toSarif([], ROOT) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string } }> } } }> };
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual(IDS);
    expect(rules.find((rule) => rule.id === 'schema/typ')?.shortDescription.text).toBe(PSEUDO_DIAGNOSTICS['schema/typ'].description);
  });
});

describe('rule names in iop.config.yaml', () => {
  const tmp = tempDir('iop-registry-');
  afterAll(() => tmp.cleanup());

  it('a name that is no rule is an error at the name, with the nearest rule; an id of the other stages cannot be set', () => {
    copyExample('test/fixtures/minimal', tmp.dir);
    writeFileSync(join(tmp.dir, 'iop.config.yaml'), 'regler:\n  parter/sektorerr: av\n  yaml/syntax: varning\n  text/platshållare: fel\n');
    const result = runCli(['check', '.', '--idag', '2025-01-20'], { cwd: tmp.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("iop.config.yaml:2:3  fel  Det finns ingen regel 'parter/sektorerr'. Menade du 'parter/sektorer'?  schema/okänt-fält");
    expect(result.stdout).toContain("iop.config.yaml:3:3  fel  'yaml/syntax' är ingen regel utan ett fel som alltid gäller: det kan inte stängas av eller bli en varning.  schema/okänt-fält");
    expect(result.stdout).not.toContain('text/platshållare');
  });
});
