import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { copyExample, ROOT, runCli, tempDir } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const temp = tempDir();
afterAll(temp.cleanup);

/** The official SARIF 2.1.0 schema (rtm.5, as published in SchemaStore), shipped under schemas/vendor. */
function sarifValidator() {
  const AjvDraft04 = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/vendor/sarif-2.1.0.json'), 'utf8')));
}

function brokenCopy(): string {
  const dir = copyExample('test/fixtures/minimal', temp.dir);
  const file = join(dir, 'iop.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('sektor: offentlig', 'sektor: kommunal').replace('finansiering:', 'finansering:'));
  return dir;
}

describe('iop check --format sarif', () => {
  const dir = brokenCopy();

  it('validates against the SARIF 2.1.0 schema and has results with a start line', () => {
    const result = runCli(['check', dir, '--format', 'sarif'], { cwd: temp.dir });
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    const validate = sarifValidator();
    expect(validate({ version: '2.1.0' })).toBe(false);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const results = log.runs[0].results;
    expect(results.length).toBeGreaterThan(0);
    const enumResult = results.find((r: { message: { text: string } }) => r.message.text.includes('kommunal'));
    expect(enumResult.level).toBe('error');
    expect(enumResult.locations[0].physicalLocation.artifactLocation.uri).toBe('minimal/iop.yaml');
    expect(enumResult.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(log.runs[0].tool.driver.name).toBe('iop');
  });

  it('lists the rules in the driver with Swedish descriptions', () => {
    const log = JSON.parse(runCli(['check', dir, '--format', 'sarif'], { cwd: temp.dir }).stdout);
    const rules = log.runs[0].tool.driver.rules as { id: string; shortDescription: { text: string } }[];
    for (const r of log.runs[0].results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });
});

describe('iop check --format github', () => {
  it('prints one ::error line per error with file, line, column and the rule as title', () => {
    const dir = brokenCopy();
    const result = runCli(['check', dir, '--format', 'github'], { cwd: temp.dir });
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^::error file=minimal\/iop\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::.+/);
    expect(result.stdout).toContain("title=schema/okänt-fält::Okänt fält 'finansering' – menade du 'finansiering'?");
  });
});

describe('iop check --format sarif from a folder whose name has a space and å, ä, ö', () => {
  it('writes originalUriBaseIds as a URI, percent-encoded, that leads back to the folder', () => {
    const cwd = join(temp.dir, 'Avtal för Läxhjälp');
    mkdirSync(cwd);
    copyExample('test/fixtures/minimal', cwd);
    const log = JSON.parse(runCli(['check', '.', '--format', 'sarif'], { cwd }).stdout);
    const base = log.runs[0].originalUriBaseIds['%SRCROOT%'].uri as string;
    expect(base).toBe(pathToFileURL(cwd).href + '/');
    expect(base).toMatch(/Avtal%20f%C3%B6r%20L%C3%A4xhj%C3%A4lp\/$/);
    expect(base).not.toMatch(/\s/);
    expect(fileURLToPath(base)).toBe(cwd + '/');
  });
});

