// The shapes real agreements have (issue 13, item 4): each fixture under test/fixtures/former/
// checks with exactly the expected findings (no schema errors) and builds as a draft whose PDF
// says what the data states, with no section heading twice. One browser for the whole file.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.js';
import { launchBrowser, resolveBrowser, type LaunchedBrowser } from '../../src/render/browser.js';
import { pdfPages, pdfText } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/cli.js';

const FORMER = join(import.meta.dirname, '..', 'fixtures', 'former');

interface Shape {
  /** Folder under test/fixtures/former/. */
  name: string;
  /** Rule ids of every finding `check` gives, sorted; none is a schema error. */
  findings: string[];
  /** Sentences the draft agreement prints, each from a stated field. */
  printed: string[];
  /** Text the agreement must not contain (words the data does not state). */
  absent?: string[];
}

const SHAPES: Shape[] = [
  {
    name: 'pengar-enligt-bilaga',
    findings: ['fakturering/uppgifter', 'parter/uppgifter'],
    printed: ['Ekby kommun Pengar sommarlovsaktiviteter Enligt bilaga 1', 'Bilaga 1. Insats 1. Sommarlov'],
    absent: ['Totalt', 'Summa'],
  },
  {
    name: 'pengar-utan-varde',
    findings: ['parter/uppgifter'],
    printed: ['Kommunen bidrar med personal och lokaler. Föreningen bidrar med ideellt arbete. Inga pengar betalas mellan parterna.', 'Ekby kommun: Personal och lokaler'],
    absent: ['Totalt', 'Summa', '0 kr'],
  },
  {
    name: 'forlangningsar',
    findings: ['fakturering/uppgifter', 'parter/uppgifter'],
    printed: ['2027 (vid förlängning)', 'Totalt för avtalstiden: 600 000 kr.', 'Överenskommelsen kan därefter förlängas med 12 månader i taget, högst en (1) gång.'],
    absent: ['900 000'],
  },
  {
    name: 'uppsagning-i-fortid',
    findings: ['parter/uppgifter'],
    printed: ['Överenskommelsen kan sägas upp i förtid med tre (3) månaders uppsägningstid.'],
    absent: ['skriftlig', 'före avtalstidens slut', 'förlängs'],
  },
  {
    name: 'forlangning-option-och-nej',
    findings: ['parter/uppgifter'],
    printed: [
      'Överenskommelsen förlängs därefter med 12 månader i taget, högst två (2) gånger.',
      'Besked om att en part inte vill förlänga, eller att parterna vill ändra villkoren inför förlängningen ska lämnas senast tre (3) månader före avtalstidens slut.',
    ],
    absent: ['skriftligen'],
  },
  {
    name: 'enskild-part-lamnar',
    findings: ['parter/uppgifter'],
    printed: [
      'En part kan lämna partnerskapet vid ett årsskifte med besked senast sex (6) månader före; överenskommelsen fortsätter då mellan de övriga parterna.',
      'Uppsägning ska ske skriftligen till alla parter.',
    ],
  },
  {
    name: 'uppsagning-mottagare-och-form',
    findings: ['parter/uppgifter'],
    printed: ['Besked om att en part inte vill förlänga ska lämnas skriftligen till styrgruppen senast två (2) månader före avtalstidens slut.'],
    absent: ['övriga parterna'],
  },
  {
    name: 'langsta-avtalstid',
    findings: ['parter/uppgifter'],
    printed: ['Överenskommelsen kan därefter förlängas med 12 månader i taget, högst två (2) gånger.', 'Överenskommelsen gäller längst t.o.m. 2027-12-31.'],
  },
  {
    name: 'underskrifter',
    findings: ['parter/uppgifter'],
    printed: [
      'Denna överenskommelse har upprättats i två likalydande exemplar, av vilka parterna har tagit var sitt.',
      'Göteborg 2019-',
      'För Ekby kommun genom kommunstyrelsen Per Ek',
      'Göteborg 2019-05-14 För Föreningen Gröna Gården Eva Lind Ordförande',
    ],
    absent: ['två (2)', 'likalydande exemplar, varav'],
  },
  {
    name: 'underskrifter-gemensamt-datum',
    findings: ['parter/uppgifter'],
    printed: ['Denna överenskommelse är upprättad i två (2) likalydande exemplar.', 'Ekby 2024-12-10 För Föreningen Gröna Gården', 'Ekby 2024-12-10 För Ekby kommun'],
  },
  {
    name: 'mal-tva-nivaer',
    findings: ['parter/uppgifter'],
    printed: ['1 Effektmål: Fler äldre i Ekby är delaktiga i föreningslivet.', 'Ansvar för insamling av data', '1.1 Resultatmål: Föreningen erbjuder en öppen träff varje vecka. Styrgruppen'],
  },
  {
    name: 'grupper',
    findings: ['parter/uppgifter'],
    printed: [
      'Samverkansrådet I samverkansrådet ingår Föreningen Gröna Gården och Ekby kommun. Sammankallande: parterna i tur och ordning, ett år i taget. Samverkansrådet möts minst fyra (4) gånger per år.',
      'Aktivitetsgruppen I aktivitetsgruppen ingår Föreningen Gröna Gården. Sammankallande: Föreningen Gröna Gården.',
      'Koordinator: en samordnare som parterna gemensamt anställer.',
      // The goals table's column for who collects the data names the group.
      'Ansvar för insamling av data',
    ],
  },
  {
    name: 'rapport-och-arlig-frist',
    findings: ['parter/uppgifter'],
    printed: ['Överenskommelsen gäller fr.o.m. 2025-01-01 t.o.m. 2026-12-31.'],
  },
  {
    name: 'bilagor-onumrerade-mall-levande',
    findings: ['parter/uppgifter'],
    printed: ['Bilaga: Mall för halvårsrapport', 'Bilaga: Kontaktlista', 'Kontaktlistan ändras utan att överenskommelsen omförhandlas.'],
    absent: ['undefined', 'Bilaga .'],
  },
  {
    name: 'indexering-andel',
    findings: ['fakturering/uppgifter', 'parter/uppgifter'],
    printed: [
      'Vid förlängning räknas beloppen upp med åttio (80) procent av förändringen i konsumentprisindex (KPI, 1980 = 100), med oktober året före den nya periodens start som referensmånad.',
      'Beloppen avrundas nedåt till hela hundratal kronor.',
    ],
    absent: ['sänks inte'],
  },
  {
    name: 'tills-vidare',
    findings: ['parter/uppgifter'],
    printed: ['Överenskommelsen gäller fr.o.m. 2025-01-01 och tills vidare.', 'Uppsägning ska ske skriftligen senast sex (6) månader före ett verksamhetsårs början.'],
    absent: ['t.o.m.'],
  },
  {
    name: 'flera-floden',
    findings: ['fakturering/uppgifter', 'parter/uppgifter'],
    printed: ['Ekby kommun Pengar verksamhetsledare 150 000 kr', 'Ekby kommun Pengar lokalhyra 40 000 kr', 'Totalt per år: 190 000 kr.'],
  },
  {
    name: 'namnd-som-part',
    findings: ['parter/uppgifter', 'tjänsteutlåtande/uppgifter'],
    printed: ['För Socialnämnden i Ekby kommun Lars Holm Ordförande'],
  },
];

/** A fixed day, so that no reminder depends on when the tests run. */
const TODAY = '2025-02-01';

describe('check on each shape', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: no schema error, exactly the expected findings`, () => {
      const result = check([join(FORMER, shape.name)], { today: TODAY });
      const ids = result.diagnostics.map((d) => d.ruleId);
      expect(ids.filter((id) => id.startsWith('schema/'))).toEqual([]);
      expect([...new Set(ids)].sort()).toEqual(shape.findings);
    });
  }
});

describe('build --utkast on each shape', () => {
  let browser: LaunchedBrowser;
  const out = tempDir('iop-former-');
  const texts = new Map<string, string>();
  const headings = new Map<string, string[]>();

  beforeAll(async () => {
    browser = await launchBrowser(await resolveBrowser());
    const result = await build(
      SHAPES.map((s) => join(FORMER, s.name)),
      { out: out.dir, browser: browser.browser, utkast: true, html: true, today: TODAY },
    );
    expect(result.arenden).toHaveLength(SHAPES.length);
    for (const built of result.arenden) expect(built.files.map((f) => f.kind)).toContain('avtal');
    for (const shape of SHAPES) {
      const dir = join(out.dir, shape.name);
      texts.set(shape.name, await pdfText(join(dir, 'avtal.pdf')));
      const html = readFileSync(join(dir, 'avtal.html'), 'utf8');
      headings.set(shape.name, [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/^\s*\d+\s*/, '').trim()));
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    out.cleanup();
  });

  for (const shape of SHAPES) {
    it(`${shape.name}: prints what the data states, and no heading twice`, () => {
      const text = texts.get(shape.name) ?? '';
      for (const sentence of shape.printed) expect(text).toContain(sentence);
      for (const word of shape.absent ?? []) expect(text).not.toContain(word);
      const list = headings.get(shape.name) ?? [];
      expect(list.length).toBeGreaterThan(0);
      expect(list.filter((h, i) => list.indexOf(h) !== i)).toEqual([]);
    });
  }

  it('signs in the stated order, not the order of the party list', () => {
    const text = texts.get('underskrifter') ?? '';
    expect(text.indexOf('För Ekby kommun')).toBeLessThan(text.indexOf('För Föreningen Gröna Gården'));
  });

  it('reads the pages with pdfjs-dist', async () => {
    const pages = await pdfPages(join(out.dir, 'uppsagning-i-fortid', 'avtal.pdf'));
    expect(pages.length).toBeGreaterThan(1);
  });
});

describe('the rules the shapes needed still find what is wrong', () => {
  const copies = tempDir('iop-former-fel-');
  afterAll(() => copies.cleanup());

  function variant(shape: string, edit: (yaml: string) => string): string {
    const dir = join(copies.dir, `${shape}-${Math.random().toString(36).slice(2, 8)}`);
    cpSync(join(FORMER, shape), dir, { recursive: true });
    const file = join(dir, 'iop.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return dir;
  }

  function findings(dir: string): Array<[string, string]> {
    return check([dir], { today: TODAY }).diagnostics.map((d) => [d.ruleId, d.message]);
  }

  it('a yearly sum without periods that is not the sum of the contributions', () => {
    const dir = variant('flera-floden', (yaml) => yaml.replace('per_år: 190000', 'per_år: 200000'));
    expect(findings(dir)).toContainEqual(['finansiering/summa', 'Summan per år 200\u00a0000\u00a0kr stämmer inte med summan av bidragen: 150\u00a0000 + 40\u00a0000 = 190\u00a0000\u00a0kr.']);
  });

  it('money with neither an amount nor a bilaga', () => {
    const dir = variant('pengar-enligt-bilaga', (yaml) => yaml.replace('      enligt_bilaga: 1\n', ''));
    expect(findings(dir).map(([id]) => id)).toContain('finansiering/belopp');
  });

  it('a delmål without a responsible party, and goals without indicators when no body sets them later', () => {
    const dir = variant('mal-tva-nivaer', (yaml) => yaml.replace('        ansvar: [foreningen]\n', '').replace('  indikatorer_fastställs_av: styrgruppen\n', ''));
    const messages = findings(dir).filter(([id]) => id === 'mål/uppföljning').map(([, message]) => message);
    expect(messages.filter((m) => m.includes('ansvar'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('indikatorer'))).toHaveLength(2);
  });

  it('a real placeholder in the date line, but not the preprinted prefix', () => {
    expect(findings(join(FORMER, 'underskrifter')).map(([id]) => id)).not.toContain('text/platshållare');
    const dir = variant('underskrifter', (yaml) => yaml.replace('  ort: Göteborg\n', '  ort: Göteborg ÅÅÅÅ-MM-DD\n'));
    expect(findings(dir).map(([id]) => id)).toContain('text/platshållare');
  });
});
