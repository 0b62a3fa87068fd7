// The hostile-input corpus: each case makes its input in a fresh folder, runs the real CLI and
// states the outcome it must have. docs/tillforlitlighet.md is generated from this list.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

export interface HostileCase {
  /** Short id, also the folder name. */
  id: string;
  /** What the input is, in Swedish, for the table. */
  input: string;
  /** What iop must do, in Swedish, for the table. */
  outcome: string;
  /** Creates the input in `dir`; returns the CLI arguments. */
  setup(dir: string): string[];
  exitCode: number;
  /** Must appear in stdout or stderr. */
  expect: RegExp;
  /** Checked after the run, e.g. that nothing outside was read. */
  after?(result: { stdout: string; stderr: string }): void;
}

const MINIMAL = join(ROOT, 'test/fixtures/minimal/iop.yaml');

function minimal(): string {
  return readFileSync(MINIMAL, 'utf8');
}

/** Writes an ärende folder with the minimal iop.yaml changed by `edit`; returns its path. */
function arende(dir: string, edit: (yaml: string) => string | Buffer = (y) => y): string {
  const folder = join(dir, 'arende');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'iop.yaml'), edit(minimal()));
  return folder;
}

function check(folder: string): string[] {
  return ['check', folder, '--format', 'json'];
}

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 0; i < 8; i++) {
    const prev = String.fromCharCode(97 + i);
    const next = String.fromCharCode(98 + i);
    lines.push(`${next}: &${next} [${Array(9).fill('*' + prev).join(',')}]`);
  }
  return lines.join('\n') + '\n';
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    id: 'alias-bomb',
    input: 'YAML-aliasbomb ("billion laughs"), nio nivåer med nio alias var',
    outcome: 'Fel på rad 1: för många alias. Expanderas aldrig.',
    setup: (dir) => check(arende(dir, () => aliasBomb())),
    exitCode: 1,
    expect: /för många YAML-alias/,
  },
  {
    id: 'stor-fil',
    input: 'iop.yaml på 50 MB',
    outcome: 'Fel "Filen är 50,0 MB" utan att filen läses in.',
    setup: (dir) => {
      const folder = join(dir, 'arende');
      mkdirSync(folder);
      const fd = openSync(join(folder, 'iop.yaml'), 'w');
      const chunk = Buffer.alloc(1024 * 1024, 'a: 1\n');
      for (let i = 0; i < 50; i++) writeSync(fd, chunk);
      closeSync(fd);
      return check(folder);
    },
    exitCode: 1,
    expect: /Filen är 50,0 MB/,
  },
  {
    id: 'binardata',
    input: 'Slumpmässiga binära byte i iop.yaml',
    outcome: 'Fel med rad och kolumn: inte UTF-8 eller binärdata.',
    setup: (dir) => check(arende(dir, () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x10]))),
    exitCode: 1,
    expect: /UTF-8|binärdata/,
  },
  {
    id: 'ogiltig-utf8',
    input: 'Latin-1-kodat å i en titel',
    outcome: 'Fel på den rad där den första felaktiga byten står.',
    setup: (dir) => check(arende(dir, (y) => Buffer.concat([Buffer.from(y.split('\n').slice(0, 4).join('\n') + '\n  undertitel: P'), Buffer.from([0xe5]), Buffer.from('l\n' + y.split('\n').slice(4).join('\n'))]))),
    exitCode: 1,
    expect: /inte giltig UTF-8[\s\S]*"line": 5,/,
  },
  {
    id: 'nul',
    input: 'NUL-tecken mitt i iop.yaml',
    outcome: 'Fel med position: binärdata.',
    setup: (dir) => check(arende(dir, (y) => y.replace('mål:', 'mål:\u0000'))),
    exitCode: 1,
    expect: /NUL-tecken/,
  },
  {
    id: 'bom',
    input: 'UTF-8 med byte order mark (BOM)',
    outcome: 'Godtas; inga fel.',
    setup: (dir) => check(arende(dir, (y) => '\uFEFF' + y)),
    exitCode: 0,
    expect: /"errors": 0/,
  },
  {
    id: 'crlf',
    input: 'Windows-radslut (CRLF) och ett fel på rad 5',
    outcome: 'Felet rapporteras på rätt rad.',
    setup: (dir) => check(arende(dir, (y) => y.replace('  diarienummer: KS-2025-0117', '  diarienumer: KS-2025-0117').replaceAll('\n', '\r\n'))),
    exitCode: 1,
    expect: /"line": 5,/,
  },
  {
    id: 'djup-nastling',
    input: 'Listor nästlade 10 000 nivåer djupt',
    outcome: 'Ett fel, ingen krasch.',
    setup: (dir) => check(arende(dir, () => 'a: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n')),
    exitCode: 1,
    expect: /"severity": "error"/,
  },
  {
    id: 'dubblett-nyckel',
    input: 'Samma nyckel två gånger i ett objekt',
    outcome: 'Fel på den andra förekomsten.',
    setup: (dir) => check(arende(dir, (y) => y.replace('  ort: Malmö', '  ort: Malmö\n  ort: Lund'))),
    exitCode: 1,
    expect: /yaml\/dubblett-nyckel/,
  },
  {
    id: 'belopp-text',
    input: 'Ett belopp skrivet som text ("250 000 kr")',
    outcome: 'Fel på beloppets rad: ska vara ett tal.',
    setup: (dir) => check(arende(dir, (y) => y.replace('belopp: 250000', 'belopp: "250 000 kr"'))),
    exitCode: 1,
    expect: /t\.ex\. 500000/,
  },
  {
    id: 'belopp-1e308',
    input: 'Ett belopp på 1e308',
    outcome: 'Fel: för stort.',
    setup: (dir) => check(arende(dir, (y) => y.replace('belopp: 250000', 'belopp: 1e308'))),
    exitCode: 1,
    expect: /för stort/,
  },
  {
    id: 'belopp-negativt',
    input: 'Ett negativt belopp',
    outcome: 'Fel från regeln om belopp.',
    setup: (dir) => check(arende(dir, (y) => y.replace('belopp: 250000', 'belopp: -250000'))),
    exitCode: 1,
    expect: /"path": "\/finansiering/,
  },
  {
    id: 'datum-30-februari',
    input: 'Datumet 2024-02-30',
    outcome: 'Fel: inget giltigt datum.',
    setup: (dir) => check(arende(dir, (y) => y.replace('datum: 2025-01-15', 'datum: 2024-02-30'))),
    exitCode: 1,
    expect: /'2024-02-30' är inget giltigt datum/,
  },
  {
    id: 'tom-mapp',
    input: 'En tom ärendemapp',
    outcome: 'En rad: ingen iop.yaml hittades (slutkod 2).',
    setup: (dir) => {
      mkdirSync(join(dir, 'tom'));
      return ['check', join(dir, 'tom')];
    },
    exitCode: 2,
    expect: /Hittade ingen iop\.yaml/,
  },
  {
    id: 'lista-overst',
    input: 'En lista i stället för ett objekt överst i filen',
    outcome: 'Fel på rad 1: filen ska innehålla ett objekt.',
    setup: (dir) => check(arende(dir, () => '- parter\n- mål\n')),
    exitCode: 1,
    expect: /ska innehålla ett objekt/,
  },
  {
    id: 'bilaga-sokvag',
    input: 'En bilaga med sökvägen ../../etc/passwd',
    outcome: 'Fel i schemat: bilagor ska ligga i bilagor/. Filen läses aldrig.',
    setup: (dir) => check(arende(dir, (y) => y + 'bilagor:\n  - nummer: 1\n    titel: Lösenord\n    fil: ../../etc/passwd\n')),
    exitCode: 1,
    expect: /ska vara en Markdown-fil i mappen bilagor/,
    after: ({ stdout }) => {
      if (stdout.includes('root:')) throw new Error('read /etc/passwd');
    },
  },
  {
    id: 'symlank-utanfor',
    input: 'En fil i bilagor/ som är en symbolisk länk till /etc/passwd',
    outcome: 'Fel: länken pekar utanför ärendet. Filen läses aldrig.',
    setup: (dir) => {
      const folder = arende(dir);
      mkdirSync(join(folder, 'bilagor'));
      symlinkSync('/etc/passwd', join(folder, 'bilagor', '1-hemlig.md'));
      return check(folder);
    },
    exitCode: 1,
    expect: /pekar utanför ärendemappen/,
    after: ({ stdout }) => {
      if (stdout.includes('root:')) throw new Error('read /etc/passwd');
    },
  },
];
