// The files of a new ärende, built from a few answers. Pure: returns paths and contents.
import { relative, join } from 'node:path';
import { Document } from 'yaml';
import { SCHEMA_DIR } from '../paths.js';
import { addMonths, addDays } from '../calendar/dates.js';

export const PLACEHOLDER = (what: string): string => `[fyll i: ${what}]`;

export interface InitParty {
  namn: string;
  sektor: 'idéburen' | 'offentlig';
  organisationsnummer: string;
}

export interface InitAnswers {
  titel: string;
  diarienummer?: string;
  förvaltning?: string;
  nämnd?: string;
  ort?: string;
  parter: InitParty[];
  start: string;
  slut?: string;
  /** Money per year from the first public party to the first idéburen party. */
  belopp?: number;
  /** Today's date, for tjänsteutlåtandet's Utfärdat. */
  idag: string;
}

/** "Föreningen Navet i Bergsjön" → "foreningen-navet-i-bergsjon", unique within `taken`. */
export function partyId(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'part';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function scaffold(dir: string, answers: InitAnswers): Map<string, string> {
  const taken = new Set<string>();
  const parter = answers.parter.map((p) => ({
    id: partyId(p.namn, taken),
    namn: p.namn,
    sektor: p.sektor,
    organisationsnummer: p.organisationsnummer,
    kontaktperson: { namn: PLACEHOLDER('kontaktperson') },
    firmatecknare: { namn: PLACEHOLDER('namn'), titel: PLACEHOLDER('titel') },
  }));
  const slut = answers.slut ?? addDays(addMonths(answers.start, 12), -1);
  const payer = parter.find((p) => p.sektor === 'offentlig');
  const receiver = parter.find((p) => p.sektor === 'idéburen');
  const belopp = answers.belopp ?? 0;
  const bidrag = parter.map((p) =>
    p === payer && belopp > 0
      ? { part: p.id, slag: 'pengar', belopp, ...(receiver ? { mottagare: receiver.id } : {}) }
      : { part: p.id, slag: 'insats', beskrivning: PLACEHOLDER('vad parten bidrar med') },
  );
  const data = {
    ärende: {
      titel: answers.titel,
      diarienummer: answers.diarienummer ?? PLACEHOLDER('diarienummer'),
      förvaltning: answers.förvaltning ?? PLACEHOLDER('förvaltning'),
      nämnd: answers.nämnd ?? PLACEHOLDER('nämnd'),
      ort: answers.ort ?? PLACEHOLDER('ort'),
    },
    parter,
    mål: [{ mål: PLACEHOLDER('partnerskapets mål'), indikatorer: [PLACEHOLDER('hur det märks att målet nås')] }],
    finansiering: {
      perioder: [{ id: answers.start.slice(0, 4), start: answers.start, slut, ...(belopp > 0 ? { totalt: belopp } : {}) }],
      bidrag,
      ...(belopp > 0 ? { totalt: belopp } : {}),
    },
    // Nothing the user did not answer: whether and how the agreement is extended, and how many
    // originals it names, are written in by the user (iop check warns about what is missing).
    avtalstid: { start: answers.start, slut },
    tjänsteutlåtande: {
      utfärdat: answers.idag,
      handläggare: { namn: PLACEHOLDER('handläggarens namn') },
    },
  };
  const doc = new Document(data);
  const schemaPath = relative(dir, join(SCHEMA_DIR, 'iop.schema.json')).split('\\').join('/');
  doc.commentBefore = ` yaml-language-server: $schema=${schemaPath}\n Ärendets uppgifter. Fyll i allt som står inom [fyll i: …]; iop check varnar för det som återstår.`;
  const files = new Map<string, string>();
  files.set('iop.yaml', doc.toString({ lineWidth: 0 }));
  files.set('avtal.md', AVTAL_MD);
  files.set('tjansteutlatande.md', TJANSTEUTLATANDE_MD);
  files.set('bilagor/.gitkeep', '');
  return files;
}

// A line {{> NAME}} places the block iop makes from iop.yaml (the parties' table, the goals, the
// financing, the term); move it to where the agreement has that section, or write the section in
// your own words and list the block under egen_text in iop.yaml.
const AVTAL_MD = `## Parter

{{> parter}}

## Bakgrund och förutsättningar för överenskommelsen

${PLACEHOLDER('varför partnerskapet behövs och hur det har vuxit fram')}

## Övergripande syfte

${PLACEHOLDER('partnerskapets syfte')}

## Mål

{{> mal}}

## Finansiering

{{> finansiering}}

## Avtalstid

{{> avtalstid}}

## Värdegrund

Parterna i denna överenskommelse är självständiga och jämbördiga aktörer. Varje parts integritet
och oberoende ska respekteras.

## Utvärdering och uppföljning

${PLACEHOLDER('hur och när partnerskapet följs upp')}

## Ändringar och tillägg

Ändringar och tillägg till denna överenskommelse ska för att vara giltiga vara skriftliga och
undertecknade av parterna.
`;

const TJANSTEUTLATANDE_MD = `## Sammanfattning

${PLACEHOLDER('en sammanfattning av ärendet')}

## Bedömning ur ekonomisk dimension

${PLACEHOLDER('kostnader och finansiering')}

## Bedömning ur ekologisk dimension

${PLACEHOLDER('vad partnerskapet betyder för miljön, eller att förvaltningen inte funnit några särskilda aspekter')}

## Bedömning ur social dimension

${PLACEHOLDER('vad partnerskapet betyder för invånarna')}

## Ärendet

${PLACEHOLDER('vad nämnden ska ta ställning till')}

## Förvaltningens bedömning

${PLACEHOLDER('förvaltningens bedömning')}
`;
