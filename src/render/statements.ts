// Every sentence iop can write on the parties' behalf, each with the field(s) of iop.yaml that
// trigger it. A sentence says what its fields say and no more (domain.md §10). The views write
// sentences only through `say`, and docs/genererad-text.md is generated from this table
// (`npm run docs:text`), so a reviewer reads one page to see everything iop can say.

export interface Statement<A extends unknown[]> {
  /** The fields of iop.yaml that trigger the sentence (paths; `[]` for every element of a list). */
  fields: readonly string[];
  /** Where it is printed: the block or part of a document. */
  where: string;
  write: (...args: A) => string;
  /** Arguments for the example in the inventory. */
  example: A;
  /** When more than the fields decides whether it is printed. */
  note?: string;
}

const statement = <A extends unknown[]>(s: Statement<A>): Statement<A> => s;

export const STATEMENTS = {
  // ---- Avtalstid ----
  'avtalstid.period': statement({
    fields: ['avtalstid.slut'],
    where: 'avtalstid',
    write: (period: string) => `Överenskommelsen gäller ${period}.`,
    example: ['fr.o.m. 2024-03-01 t.o.m. 2025-03-31'],
    note: 'Skrivs inte när avtalstid.text anger avtalets egna meningar.',
  }),
  'avtalstid.tills-vidare': statement({
    fields: ['avtalstid.tills_vidare'],
    where: 'avtalstid',
    write: (start: string) => `Överenskommelsen gäller ${start} och tills vidare.`,
    example: ['fr.o.m. 2024-03-01'],
    note: 'När avtalstid.slut inte anges.',
  }),
  'avtalstid.start': statement({
    fields: ['avtalstid.start'],
    where: 'avtalstid',
    write: (start: string) => `Överenskommelsen gäller ${start}.`,
    example: ['fr.o.m. 2024-03-01'],
    note: 'När varken avtalstid.slut eller tills_vidare anges.',
  }),
  'avtalstid.egen-text': statement({
    fields: ['avtalstid.text'],
    where: 'avtalstid',
    write: (text: string) => text,
    example: ['Partnerskapet gäller från 2024-03-01 till 2025-03-31.'],
    note: 'Avtalets egna meningar, ordagrant, i stället för de skapade meningarna om avtalstid, förlängning och uppsägning.',
  }),
  'förlängning.ingen': statement({
    fields: ['avtalstid.förlängning.typ'],
    where: 'avtalstid',
    write: () => 'Överenskommelsen förlängs inte.',
    example: [],
    note: 'typ: ingen.',
  }),
  'förlängning.automatisk': statement({
    fields: ['avtalstid.förlängning.typ', 'avtalstid.förlängning.längd', 'avtalstid.förlängning.max'],
    where: 'avtalstid',
    write: (längd?: string, max?: string) => `${längd ? `Överenskommelsen förlängs därefter med ${längd} i taget` : 'Överenskommelsen förlängs därefter automatiskt'}${max ? `, högst ${max}` : ''}.`,
    example: ['12 månader', 'två (2) gånger'],
    note: 'typ: automatisk; längd och max bara när de anges.',
  }),
  'förlängning.kan': statement({
    fields: ['avtalstid.förlängning.typ', 'avtalstid.förlängning.längd', 'avtalstid.förlängning.max'],
    where: 'avtalstid',
    write: (längd?: string, max?: string) => `Överenskommelsen kan därefter förlängas${längd ? ` med ${längd} i taget` : ''}${max ? `, högst ${max}` : ''}.`,
    example: ['12 månader', 'två (2) gånger'],
    note: 'typ: årlig eller option; längd och max bara när de anges.',
  }),
  'förlängning.besked': statement({
    fields: ['avtalstid.förlängning.besked', 'avtalstid.förlängning.besked_avser', 'avtalstid.förlängning.form', 'avtalstid.förlängning.till'],
    where: 'avtalstid',
    write: (avser: string, form: boolean, till: string | undefined, månader: string) => `Besked om ${avser} ska lämnas${form ? ' skriftligen' : ''}${till ? ` till ${till}` : ''} senast ${månader} före avtalstidens slut.`,
    example: ['förlängning', true, 'styrgruppen', 'två (2) månader'],
    note: 'Utan besked_avser: "att en part inte vill förlänga" vid automatisk förlängning, annars "förlängning".',
  }),
  'avtalstid.längst-till': statement({
    fields: ['avtalstid.längst_till'],
    where: 'avtalstid',
    write: (datum: string) => `Överenskommelsen gäller längst t.o.m.\u00a0${datum}.`,
    example: ['2027-03-31'],
  }),
  'uppsägning.i-förtid': statement({
    fields: ['avtalstid.uppsägningstid'],
    where: 'avtalstid',
    write: (månader: string) => `Överenskommelsen kan sägas upp i förtid med ${månader} uppsägningstid.`,
    example: ['sex (6) månaders'],
  }),
  'uppsägning.före-verksamhetsår': statement({
    fields: ['avtalstid.uppsägning.före_verksamhetsår', 'avtalstid.uppsägning.form', 'avtalstid.uppsägning.till'],
    where: 'avtalstid',
    write: (form: boolean, till: string | undefined, månader: string) => `Uppsägning ska ske${form ? ' skriftligen' : ''}${till ? ` till ${till}` : ''} senast ${månader} före ett verksamhetsårs början.`,
    example: [true, 'styrgruppen', 'tre (3) månader'],
  }),
  'uppsägning.enskild-part': statement({
    fields: ['avtalstid.uppsägning.enskild_part'],
    where: 'avtalstid',
    write: (vid: string, besked?: string) => `En part kan lämna partnerskapet vid ${vid}${besked ? ` med besked senast ${besked} före` : ''}; överenskommelsen fortsätter då mellan de övriga parterna.`,
    example: ['ett årsskifte', 'tre (3) månader'],
    note: 'vid: årsskifte (standard), verksamhetsår eller avtalsår; besked bara när det anges.',
  }),
  'uppsägning.form': statement({
    fields: ['avtalstid.uppsägning.form', 'avtalstid.uppsägning.till'],
    where: 'avtalstid',
    write: (form: boolean, till?: string) => `Uppsägning ska ske${form ? ' skriftligen' : ''}${till ? ` till ${till}` : ''}.`,
    example: [true, 'alla parter'],
    note: 'När uppsägningstid eller enskild_part anges, men inte före_verksamhetsår.',
  }),
  // ---- KPI ----
  'kpi.förlängning': statement({
    fields: ['avtalstid.förlängning.kpi'],
    where: 'avtalstid',
    write: () => 'Vid förlängning räknas beloppen upp med konsumentprisindex (KPI).',
    example: [],
    note: 'När indexering inte anges.',
  }),
  'kpi.egen-text': statement({
    fields: ['indexering.text'],
    where: 'avtalstid',
    write: (text: string) => text,
    example: ['Ersättningen räknas upp med KPI vid förlängning.'],
    note: 'Avtalets egen mening, ordagrant, i stället för de skapade meningarna om KPI.',
  }),
  'kpi.uppräkning': statement({
    fields: ['indexering'],
    where: 'avtalstid',
    write: (andel: string | undefined, serie: string | undefined, referensmånad: string | undefined) =>
      `Vid förlängning räknas beloppen upp med${andel ? ` ${andel}\u00a0procent av förändringen i` : ''} konsumentprisindex (KPI${serie ? `, ${serie}\u00a0=\u00a0100` : ''})${referensmånad ? `, med ${referensmånad} året före den nya periodens start som referensmånad` : ''}.`,
    example: ['80', '1980', 'oktober'],
    note: 'andel, serie och referensmånad bara när de anges.',
  }),
  'kpi.basmånad': statement({
    fields: ['indexering.basmånad'],
    where: 'avtalstid',
    write: (månad: string) => `Basen för uppräkningen är KPI för ${månad}.`,
    example: ['oktober 2023'],
  }),
  'kpi.avrundning': statement({
    fields: ['indexering.avrundning', 'indexering.avrunda'],
    where: 'avtalstid',
    write: (nedåt: boolean, till: string) => `Beloppen avrundas${nedåt ? ' nedåt' : ''} till ${till}.`,
    example: [true, 'hela hundratal kronor'],
  }),
  'kpi.får-sänkas': statement({
    fields: ['indexering.får_sänkas'],
    where: 'avtalstid',
    write: (får: boolean) => (får ? 'Beloppen kan sänkas om KPI har sjunkit.' : 'Beloppen sänks inte om KPI har sjunkit.'),
    example: [false],
  }),
  // ---- Fakturering ----
  'fakturering.tidpunkt': statement({
    fields: ['fakturering.fakturerande', 'fakturering.tidpunkt'],
    where: 'fakturering',
    write: (part: string | undefined, tidpunkt: string | undefined) => (part && tidpunkt ? `${part} fakturerar ${tidpunkt}.` : tidpunkt ? `Fakturering sker ${tidpunkt}.` : `${part ?? ''} fakturerar.`),
    example: ['Föreningen Navet i Bergsjön', 'en gång per år i februari'],
  }),
  'fakturering.datum': statement({
    fields: ['fakturering.fakturadatum'],
    where: 'fakturering',
    write: (datum: string) => `Fakturor skickas ${datum}.`,
    example: ['2024-03-15 och 2025-03-14'],
  }),
  'fakturering.betalningsvillkor': statement({
    fields: ['fakturering.betalningsvillkor'],
    where: 'fakturering',
    write: (dagar: number) => `Betalning sker senast ${dagar}\u00a0dagar efter fakturadatum.`,
    example: [30],
  }),
  'fakturering.betalningsvillkor_text': statement({
    fields: ['fakturering.betalningsvillkor_text'],
    where: 'fakturering',
    write: (text: string) => text,
    example: ['Betalning sker senast 30 dagar efter ankomststämplad faktura och godkänd specifikation.'],
    note: 'Avtalets egen mening, ordagrant; står i stället för meningen ur betalningsvillkor.',
  }),
  'fakturering.dröjsmålsränta': statement({
    fields: ['fakturering.dröjsmålsränta'],
    where: 'fakturering',
    write: () => 'Vid försenad betalning utgår dröjsmålsränta enligt räntelagen (1975:635).',
    example: [],
    note: 'dröjsmålsränta: true.',
  }),
  // ---- Organisation ----
  'grupp.parter': statement({
    fields: ['organisation.grupper[].parter'],
    where: 'organisation',
    write: (grupp: string, parter: string) => `I ${grupp} ingår ${parter}.`,
    example: ['styrgruppen', 'Föreningen Navet i Bergsjön och Socialnämnden Nordost'],
  }),
  'grupp.ledamöter': statement({
    fields: ['organisation.grupper[].ledamöter'],
    where: 'organisation',
    write: (ledamöter: string) => `Ledamöter: ${ledamöter}.`,
    example: ['Anna Ek, ordförande, för Föreningen Navet i Bergsjön'],
  }),
  'grupp.sammankallande': statement({
    fields: ['organisation.grupper[].sammankallande'],
    where: 'organisation',
    write: (vem: string) => `Sammankallande: ${vem}.`,
    example: ['Socialnämnden Nordost'],
  }),
  'grupp.dokumenterar': statement({
    fields: ['organisation.grupper[].dokumenterar'],
    where: 'organisation',
    write: (vem: string) => `Dokumenterar mötena: ${vem}.`,
    example: ['Föreningen Navet i Bergsjön'],
  }),
  'grupp.möten-per-år': statement({
    fields: ['organisation.grupper[].möten_per_år'],
    where: 'organisation',
    write: (grupp: string, antal: string) => `${grupp} möts minst ${antal} per år.`,
    example: ['Styrgruppen', 'två (2) gånger'],
  }),
  'grupp.möten': statement({
    fields: ['organisation.grupper[].möten'],
    where: 'organisation',
    write: (datum: string) => `Inplanerade möten: ${datum}.`,
    example: ['2024-04-15 och 2024-10-14'],
  }),
  'organisation.koordinator': statement({
    fields: ['organisation.koordinator'],
    where: 'organisation',
    write: (vem: string) => `Koordinator: ${vem}.`,
    example: ['verksamhetsledaren (Föreningen Navet i Bergsjön)'],
  }),
  // ---- Uppföljning ----
  'uppföljning.ansvarig': statement({
    fields: ['uppföljning.ansvarig'],
    where: 'uppfoljning',
    write: (vem: string) => `Ansvarig för uppföljningen: ${vem}.`,
    example: ['Styrgruppen'],
  }),
  'uppföljning.gånger-per-år': statement({
    fields: ['uppföljning.gånger_per_år'],
    where: 'uppfoljning',
    write: (antal: string) => `Uppföljningen redovisas ${antal} per år.`,
    example: ['två (2) gånger'],
  }),
  'rapport.ansvarig': statement({
    fields: ['uppföljning.rapporter[].ansvarig'],
    where: 'uppfoljning',
    write: (vem: string) => `Lämnas av: ${vem}.`,
    example: ['Föreningen Navet i Bergsjön'],
  }),
  'rapport.mottagare': statement({
    fields: ['uppföljning.rapporter[].mottagare'],
    where: 'uppfoljning',
    write: (vem: string) => `Lämnas till: ${vem}.`,
    example: ['styrgruppen'],
  }),
  'rapport.förfaller': statement({
    fields: ['uppföljning.rapporter[].förfaller'],
    where: 'uppfoljning',
    write: (datum: string) => `Lämnas senast ${datum}.`,
    example: ['2025-03-31'],
  }),
  'rapport.årligen': statement({
    fields: ['uppföljning.rapporter[].årligen'],
    where: 'uppfoljning',
    write: (dag: string) => `Lämnas senast den ${dag} varje år.`,
    example: ['31 mars'],
  }),
  // ---- Finansiering ----
  'finansiering.per-år': statement({
    fields: ['finansiering.per_år'],
    where: 'finansiering',
    write: (belopp: string) => `Totalt per år: ${belopp}.`,
    example: ['875\u00a0000\u00a0kr'],
  }),
  'finansiering.totalt': statement({
    fields: ['finansiering.totalt'],
    where: 'finansiering',
    write: (belopp: string) => `Totalt för avtalstiden: ${belopp}.`,
    example: ['1\u00a0750\u00a0000\u00a0kr'],
  }),
  'finansiering.enligt-bilaga': statement({
    fields: ['finansiering.bidrag[].enligt_bilaga'],
    where: 'finansiering',
    write: (bilaga: number | string) => (typeof bilaga === 'number' ? `Enligt bilaga\u00a0${bilaga}` : `Enligt bilagan ${bilaga}`),
    example: [2],
    note: 'I tabellens cell för ett bidrag utan belopp.',
  }),
  // ---- Underskrifter ----
  'underskrifter.exemplar': statement({
    fields: ['underskrifter.exemplar'],
    where: 'underskrifter',
    write: (antal: string) => `Denna överenskommelse är upprättad i ${antal} likalydande exemplar.`,
    example: ['två (2)'],
    note: 'Inte när underskrifter.text anger avtalets egna meningar.',
  }),
  'underskrifter.egen-text': statement({
    fields: ['underskrifter.text'],
    where: 'underskrifter',
    write: (text: string) => text,
    example: ['Detta avtal har upprättats i två exemplar där parterna tagit var sitt.'],
    note: 'Avtalets egna meningar, ordagrant.',
  }),
  // ---- Tjänsteutlåtandet ----
  'tu.godkännande': statement({
    fields: ['parter', 'avtalstid.start'],
    where: 'tjänsteutlåtandets förslag till beslut',
    write: (parter: string, period: string) => `Godkänna överenskommelsen om idéburet offentligt partnerskap mellan ${parter} för perioden ${period}.`,
    example: ['Föreningen Navet i Bergsjön och Socialnämnden Nordost', 'fr.o.m. 2024-03-01 t.o.m. 2025-03-31'],
    note: 'Inte när tjänsteutlåtande.godkännande anger beslutspunkten med egna ord.',
  }),
  'tu.samverkan': statement({
    fields: ['tjänsteutlåtande.samverkan.forum', 'tjänsteutlåtande.samverkan.datum'],
    where: 'tjänsteutlåtandets avsnitt Samverkan',
    write: (forum: string, datum?: string) => `${forum}${datum ? ` den ${datum}` : ''}.`,
    example: ['Förvaltningens samverkansgrupp (FSG)', '30 januari 2024'],
    note: 'Bara när forum anges och tjansteutlatande.md inte har ett eget avsnitt Samverkan.',
  }),
} as const;

export type StatementId = keyof typeof STATEMENTS;
type ArgsOf<K extends StatementId> = (typeof STATEMENTS)[K] extends Statement<infer A> ? A : never;

let recorder: Set<StatementId> | undefined;

/** The sentence `id` with these values: the one way views write a sentence. */
export function say<K extends StatementId>(id: K, ...args: ArgsOf<K>): string {
  recorder?.add(id);
  return (STATEMENTS[id].write as (...a: ArgsOf<K>) => string)(...args);
}

/** Runs `fn` and returns the ids of the sentences it wrote (for the inventory's tests). */
export function recordStatements<T>(fn: () => T): { result: T; ids: Set<StatementId> } {
  const outer = recorder;
  const ids = new Set<StatementId>();
  recorder = ids;
  try {
    return { result: fn(), ids };
  } finally {
    recorder = outer;
  }
}
