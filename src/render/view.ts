// Everything the templates print that comes from the data, computed once and never typed twice.
import { contributionsOf, goalsOf, groupById, groups, periodsOf } from '../data/access.js';
import type { Avtalstid, Bidrag, Fakturaadress, Grupp, IopData, Mal, Part, Period } from '../model.js';
import { formatBelopp, formatDatum, formatLista, formatManader, formatOrgnr, formatPeriod, formatTal, NBSP } from '../text/format.js';
import { blockHasData } from '../data/blocks.js';
import { signingParties } from './helpers.js';

const SEKTOR = { idéburen: 'Idéburen organisation', offentlig: 'Offentlig part' } as const;
const SLAG = { pengar: 'Pengar', 'värderad-insats': 'Värderad insats', insats: 'Insats utan angivet värde' } as const;

export interface PartView {
  id: string;
  namn: string;
  kortnamn?: string;
  sektor: string;
  organisationsnummer: string;
  organisationsform?: string;
  adress: string[];
  kontaktperson: string[];
}

export interface FinansieringRad {
  partnamn: string;
  slag: string;
  beskrivning?: string;
  /** One cell per stated period: the amount, "–", or "Enligt bilaga N". */
  summor: string[];
  /** Without periods: the one amount or reference the agreement states. */
  enligt?: string;
  inNatura: boolean;
}

export interface FinansieringView {
  beskrivning?: string;
  /** The agreement's own sentences on financing, verbatim. */
  text: string[];
  perioder: Array<{ id: string; tid: string; förlängning: boolean }>;
  utanPerioder: boolean;
  rader: FinansieringRad[];
  /** Period totals as stated (empty cells where a period states none); undefined when none is stated. */
  summa?: string[];
  /** The total for the agreed term, only when stated. */
  totalt?: string;
  perÅr?: string;
  /** Contributions without a stated value (staff time and the like). */
  insatser: Array<{ partnamn: string; beskrivning?: string }>;
}

export interface FaktureringView {
  stycken: string[];
  ange: string[];
  adresser: Array<{ partnamn: string; rader: string[]; uppgifter: string[] }>;
}

export interface UnderskriftView {
  elektronisk: boolean;
  /** The sentences of the signature section: the agreement's own, or the one about originals when their number is stated. */
  meningar: string[];
  block: Array<{ partnamn: string; namn?: string; titel?: string; ort?: string; datum?: string; datumrad: string }>;
}

export interface GruppView {
  rubrik: string;
  beskrivning?: string;
  stycken: string[];
  uppgifter: string[];
}

export function partName(data: IopData, id: string | undefined): string {
  return data.parter.find((p) => p.id === id)?.namn ?? id ?? '';
}

export function partView(part: Part): PartView {
  const adress = part.adress ? [part.adress.co ? `c/o ${part.adress.co}` : '', part.adress.gatuadress ?? '', `${part.adress.postnummer}${NBSP}${part.adress.ort}`].filter(Boolean) : [];
  const person = part.kontaktperson;
  const kontaktperson = person ? [[person.namn, person.titel].filter(Boolean).join(', '), person.telefon ? `Telefon ${person.telefon}` : '', person['e-post'] ?? ''].filter(Boolean) : [];
  return {
    id: part.id,
    namn: part.namn,
    kortnamn: part.kortnamn && part.kortnamn !== part.namn ? part.kortnamn : undefined,
    sektor: SEKTOR[part.sektor],
    organisationsnummer: formatOrgnr(part.organisationsnummer),
    organisationsform: part.organisationsform,
    adress,
    kontaktperson,
  };
}

/** The amount a contribution gives in one period, if any. */
export function amountIn(bidrag: Bidrag, period: Period): number | undefined {
  if (typeof bidrag.belopp === 'number') return bidrag.belopp;
  return bidrag.belopp?.[period.id];
}

function countsInTotal(bidrag: Bidrag): boolean {
  return bidrag.ingår_i_totalt ?? bidrag.slag === 'pengar';
}

function sum(values: Array<number | undefined>): number {
  return values.reduce<number>((a, b) => a + (b ?? 0), 0);
}

export function finansieringView(data: IopData): FinansieringView | undefined {
  const perioder = periodsOf(data);
  const bidrag = contributionsOf(data);
  const finansiering = data.finansiering;
  if (!finansiering || !blockHasData(data, 'finansiering')) return undefined;
  const valued = bidrag.filter((b) => b.slag !== 'insats' && (b.belopp !== undefined || b.enligt_bilaga !== undefined));
  // Totals are printed only where the agreement states them: a column or row of sums it never wrote would put words in its mouth.
  const periodTotals = perioder.map((p) => (p.totalt === undefined ? undefined : formatBelopp(p.totalt)));
  const rader: FinansieringRad[] = valued.map((b) => ({
    partnamn: partName(data, b.part),
    slag: SLAG[b.slag],
    beskrivning: [b.beskrivning, b.syfte].filter(Boolean).join(' – ') || undefined,
    summor: b.belopp === undefined ? perioder.map(() => enligtBilaga(b)) : perioder.map((p) => {
      const a = amountIn(b, p);
      return a === undefined ? '–' : formatBelopp(a);
    }),
    enligt: perioder.length === 0 ? (b.belopp === undefined ? enligtBilaga(b) : typeof b.belopp === 'number' ? formatBelopp(b.belopp) : undefined) : undefined,
    inNatura: !countsInTotal(b),
  }));
  return {
    beskrivning: finansiering.beskrivning,
    text: finansiering.text ?? [],
    perioder: perioder.map((p) => ({ id: p.id, tid: `${formatDatum(p.start)} –${NBSP}${formatDatum(p.slut)}`, förlängning: p.förlängning === true })),
    utanPerioder: perioder.length === 0,
    rader: [...rader.filter((r) => !r.inNatura), ...rader.filter((r) => r.inNatura)],
    summa: periodTotals.some((t) => t !== undefined) ? periodTotals.map((t) => t ?? '') : undefined,
    totalt: finansiering.totalt !== undefined ? formatBelopp(finansiering.totalt) : undefined,
    perÅr: finansiering.per_år !== undefined ? formatBelopp(finansiering.per_år) : undefined,
    insatser: bidrag.filter((b) => b.slag === 'insats' || (b.belopp === undefined && b.enligt_bilaga === undefined)).map((b) => ({ partnamn: partName(data, b.part), beskrivning: b.beskrivning })),
  };
}

function enligtBilaga(bidrag: Bidrag): string {
  if (bidrag.enligt_bilaga === undefined) return '–';
  return typeof bidrag.enligt_bilaga === 'number' ? `Enligt bilaga${NBSP}${bidrag.enligt_bilaga}` : `Enligt bilagan ${bidrag.enligt_bilaga}`;
}

/** Sum of the money counted in the total over the original term (extensions excluded). */
export function totalFinancing(data: IopData): number {
  const perioder = periodsOf(data).filter((p) => !p.förlängning);
  return sum(contributionsOf(data).filter((b) => b.slag !== 'insats' && countsInTotal(b)).flatMap((b) => perioder.map((p) => amountIn(b, p))));
}

const ROUNDING = { krona: 'hela kronor', hundra: 'hela hundratal kronor', tusen: 'hela tusental kronor' } as const;
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

function months(n: number): string {
  return `${formatTal(n)} ${n === 1 ? 'månad' : 'månader'}`;
}

/** "till styrgruppen", "till alla parter": the recipient as the agreement names it, or a group's name. */
function recipient(data: IopData, till: string | undefined): string {
  if (till === undefined) return '';
  const grupp = groupById(data, till);
  return ` till ${grupp ? lowerFirst(grupp.namn) : till}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The paragraphs on term, extension, notice and KPI uplift. Each sentence comes from one stated
 * field and says no more than it; with `avtalstid.text` the agreement's own words stand instead.
 */
export function avtalstidText(data: IopData): string[] {
  const tid: Avtalstid = data.avtalstid;
  const out: string[] = [];
  if (tid.text?.length) out.push(...tid.text);
  else {
    out.push(tid.slut !== undefined ? `Överenskommelsen gäller ${formatPeriod(tid.start, tid.slut)}.` : tid.tills_vidare ? `Överenskommelsen gäller ${formatPeriod(tid.start, undefined)} och tills vidare.` : `Överenskommelsen gäller ${formatPeriod(tid.start, undefined)}.`);
    const f = tid.förlängning;
    if (f?.typ === 'ingen') out.push('Överenskommelsen förlängs inte.');
    else if (f?.typ === 'automatisk') {
      let text = f.längd !== undefined ? `Överenskommelsen förlängs därefter med ${formatManader(f.längd)} i taget` : 'Överenskommelsen förlängs därefter automatiskt';
      if (f.max !== undefined) text += `, högst ${formatTal(f.max)} ${f.max === 1 ? 'gång' : 'gånger'}`;
      out.push(`${text}.`);
    } else if (f?.typ === 'årlig' || f?.typ === 'option') {
      let text = `Överenskommelsen kan därefter förlängas${f.längd !== undefined ? ` med ${formatManader(f.längd)} i taget` : ''}`;
      if (f.max !== undefined) text += `, högst ${formatTal(f.max)} ${f.max === 1 ? 'gång' : 'gånger'}`;
      out.push(`${text}.`);
    }
    if (f && f.typ !== 'ingen' && f.besked !== undefined) {
      const avser = f.besked_avser ?? (f.typ === 'automatisk' ? 'att en part inte vill förlänga' : 'förlängning');
      const form = f.form === 'skriftlig' ? ' skriftligen' : '';
      out.push(`Besked om ${avser} ska lämnas${form}${recipient(data, f.till)} senast ${months(f.besked)} före avtalstidens slut.`);
    }
    if (tid.längst_till !== undefined) out.push(`Överenskommelsen gäller längst t.o.m.${NBSP}${formatDatum(tid.längst_till)}.`);
    const u = tid.uppsägning;
    const uppsägningForm = u?.form === 'skriftlig' ? ' skriftligen' : '';
    if (tid.uppsägningstid !== undefined) {
      out.push(`Överenskommelsen kan sägas upp i förtid med ${formatTal(tid.uppsägningstid)} ${tid.uppsägningstid === 1 ? 'månads' : 'månaders'} uppsägningstid.`);
    }
    if (u?.före_verksamhetsår !== undefined) {
      out.push(`Uppsägning ska ske${uppsägningForm}${recipient(data, u.till)} senast ${months(u.före_verksamhetsår)} före ett verksamhetsårs början.`);
    }
    if (u?.enskild_part) {
      const vid = { årsskifte: 'ett årsskifte', verksamhetsår: 'ett verksamhetsårs slut', avtalsår: 'ett avtalsårs slut' }[u.enskild_part.vid ?? 'årsskifte'];
      const besked = u.enskild_part.besked !== undefined ? ` med besked senast ${months(u.enskild_part.besked)} före` : '';
      out.push(`En part kan lämna partnerskapet vid ${vid}${besked}; överenskommelsen fortsätter då mellan de övriga parterna.`);
    }
    if ((tid.uppsägningstid !== undefined || u?.enskild_part) && u?.före_verksamhetsår === undefined && (u?.form !== undefined || u?.till !== undefined)) {
      out.push(`Uppsägning ska ske${uppsägningForm}${recipient(data, u?.till)}.`);
    }
  }
  out.push(...indexeringText(data));
  return out;
}

/** The KPI clause: only what indexering states; `indexering.text` gives the agreement's own sentence. */
export function indexeringText(data: IopData): string[] {
  const index = data.indexering;
  if (!index) return data.avtalstid.förlängning?.kpi ? ['Vid förlängning räknas beloppen upp med konsumentprisindex (KPI).'] : [];
  if (index.text) return [index.text];
  const out: string[] = [];
  let text = 'Vid förlängning räknas beloppen upp med';
  if (index.andel !== undefined) text += ` ${formatTal(index.andel)}${NBSP}procent av förändringen i`;
  text += ` konsumentprisindex (KPI${index.serie ? `, ${index.serie}${NBSP}=${NBSP}100` : ''})`;
  if (index.referensmånad !== undefined) text += `, med ${MONTHS[index.referensmånad - 1] ?? ''} året före den nya periodens start som referensmånad`;
  out.push(`${text}.`);
  if (index.basmånad) out.push(`Basen för uppräkningen är KPI för ${formatKpiMonth(index.basmånad)}.`);
  if (index.avrundning) out.push(`Beloppen avrundas${index.avrunda === 'nedåt' ? ' nedåt' : ''} till ${ROUNDING[index.avrundning]}.`);
  if (index.får_sänkas === true) out.push('Beloppen kan sänkas om KPI har sjunkit.');
  if (index.får_sänkas === false) out.push('Beloppen sänks inte om KPI har sjunkit.');
  return out;
}

function formatKpiMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? ''} ${year}`;
}

export function faktureringView(data: IopData): FaktureringView | undefined {
  const f = data.fakturering;
  if (!f || !blockHasData(data, 'fakturering')) return undefined;
  const stycken: string[] = [];
  const fakturerande = f.fakturerande ? partName(data, f.fakturerande) : undefined;
  if (fakturerande && f.tidpunkt) stycken.push(`${fakturerande} fakturerar ${f.tidpunkt.replace(/\.$/, '')}.`);
  else if (f.tidpunkt) stycken.push(`Fakturering sker ${f.tidpunkt.replace(/\.$/, '')}.`);
  else if (fakturerande) stycken.push(`${fakturerande} fakturerar.`);
  if (f.fakturadatum?.length) stycken.push(`Fakturor skickas ${formatLista(f.fakturadatum.map((d) => formatDatum(d)))}.`);
  if (typeof f.betalningsvillkor === 'string') stycken.push(f.betalningsvillkor);
  else if (f.betalningsvillkor !== undefined) stycken.push(`Betalning sker senast ${f.betalningsvillkor}${NBSP}dagar efter fakturadatum.`);
  if (f.dröjsmålsränta) stycken.push('Vid försenad betalning utgår dröjsmålsränta enligt räntelagen (1975:635).');
  const adresser = (f.adresser ?? []).map((a: Fakturaadress) => ({
    partnamn: partName(data, a.part),
    rader: a.rader,
    uppgifter: [a.referens ? `Referens: ${a.referens}` : '', a.organisationsnummer ? `Organisationsnummer: ${formatOrgnr(a.organisationsnummer)}` : '', a['e-post'] ? `E-post: ${a['e-post']}` : ''].filter(Boolean),
  }));
  return { stycken, ange: f.fakturan_ska_ange ?? [], adresser };
}

export interface MalView {
  nr: string;
  nivå?: string;
  mal: string;
  indikatorer: string[];
  ansvar?: string;
  djup: number;
}

/** Goals in order, sub-goals (delmål) numbered under their goal: 1, 1.1, 1.2, 2 … */
export function malView(data: IopData): MalView[] {
  const out: MalView[] = [];
  const walk = (list: Mal[], prefix: string, djup: number): void =>
    list.forEach((m, i) => {
      const nr = `${prefix}${i + 1}`;
      out.push({ nr, nivå: m.nivå, mal: m.mål, indikatorer: m.indikatorer ?? [], ansvar: m.ansvar?.length ? formatLista(m.ansvar.map((id) => responsibleName(data, id))) : undefined, djup });
      if (m.delmål?.length) walk(m.delmål, `${nr}.`, djup + 1);
    });
  walk(goalsOf(data), '', 0);
  return out;
}

/** A party's or a group's name, for places where either may be responsible. */
function responsibleName(data: IopData, id: string): string {
  return groupById(data, id)?.namn ?? partName(data, id);
}

export function ataganden(data: IopData): Array<{ partlista: string; inledning?: string; punkter: string[] }> {
  return (data.åtaganden ?? []).map((a) => {
    const parter = formatLista(a.parter.map((id) => partName(data, id)));
    return { partlista: parter, inledning: a.inledning, punkter: a.punkter };
  });
}

function gruppView(data: IopData, grupp: Grupp): GruppView {
  const stycken: string[] = [];
  const namn = grupp.namn;
  if (grupp.parter?.length) stycken.push(`I ${lowerFirst(namn)} ingår ${formatLista(grupp.parter.map((id) => partName(data, id)))}.`);
  if (grupp.ledamöter?.length) stycken.push(`Ledamöter: ${formatLista(grupp.ledamöter.map((l) => [l.namn, l.roll, `för ${partName(data, l.part)}`].filter(Boolean).join(', ')))}.`);
  if (grupp.sammankallande) stycken.push(`Sammankallande: ${isPart(data, grupp.sammankallande) ? partName(data, grupp.sammankallande) : grupp.sammankallande}.`);
  if (grupp.dokumenterar) stycken.push(`Dokumenterar mötena: ${isPart(data, grupp.dokumenterar) ? partName(data, grupp.dokumenterar) : grupp.dokumenterar}.`);
  if (grupp.möten_per_år !== undefined) stycken.push(`${namn} möts minst ${formatTal(grupp.möten_per_år)} ${grupp.möten_per_år === 1 ? 'gång' : 'gånger'} per år.`);
  if (grupp.möten?.length) stycken.push(`Inplanerade möten: ${formatLista(grupp.möten.map((d) => formatDatum(d)))}.`);
  return { rubrik: namn, beskrivning: grupp.beskrivning, stycken, uppgifter: grupp.uppgifter ?? [] };
}

function isPart(data: IopData, id: string): boolean {
  return data.parter.some((p) => p.id === id);
}

export function organisationView(data: IopData): { grupper: GruppView[]; koordinator?: string } | undefined {
  const o = data.organisation;
  if (!o) return undefined;
  const grupper = groups(data).map(({ grupp }) => gruppView(data, grupp));
  const k = o.koordinator;
  const koordinator = k === undefined ? undefined : typeof k === 'string' ? `Koordinator: ${partName(data, k)}.` : `Koordinator: ${k.roll}${k.part ? ` (${partName(data, k.part)})` : ''}.`;
  return grupper.length > 0 || koordinator ? { grupper, koordinator } : undefined;
}

/** The parties in the order they sign: underskrifter.ordning first, then the rest as listed. */
export function signingOrder(data: IopData): Part[] {
  const signers = signingParties(data);
  const order = data.underskrifter?.ordning ?? [];
  const ranked = order.flatMap((id) => signers.filter((p) => p.id === id));
  return [...ranked, ...signers.filter((p) => !order.includes(p.id))];
}

export function underskriftView(data: IopData): UnderskriftView {
  const u = data.underskrifter;
  const elektronisk = u?.sätt === 'elektronisk';
  const meningar = u?.text?.length
    ? u.text
    : u?.exemplar !== undefined
      ? [`Denna överenskommelse är upprättad i ${formatTal(u.exemplar)} likalydande exemplar, varav parterna tagit var sitt.`]
      : [];
  const ort = u?.ort ?? data.ärende.ort;
  return {
    elektronisk,
    meningar,
    block: signingOrder(data).map((p) => {
      const ft = p.firmatecknare;
      const partOrt = ft?.ort ?? ort;
      const datum = ft?.datum ?? u?.datum;
      return {
        partnamn: ft?.för ?? p.namn,
        namn: ft?.namn,
        titel: ft?.titel,
        ort: partOrt,
        datum: datum ? formatDatum(datum) : undefined,
        datumrad: u?.datumrad ?? '',
      };
    }),
  };
}

/** The stated syfte and målgrupp, verbatim, one paragraph each. */
export function syfteView(data: IopData): string[] {
  return [data.syfte, data.målgrupp].filter((text): text is string => text !== undefined);
}

export interface RapportView {
  namn: string;
  uppgifter: string[];
  innehåll: string[];
}

export interface UppfoljningView {
  beskrivning?: string;
  stycken: string[];
  rapporter: RapportView[];
  utvärdering?: string;
}

/** "31 mars" from "03-31". */
function dayOfYear(monthDay: string): string {
  const [month, day] = monthDay.split('-').map(Number);
  return `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''}`;
}

/** Follow-up and reports: each line from one stated field. */
export function uppfoljningView(data: IopData): UppfoljningView | undefined {
  const u = data.uppföljning;
  if (!u || !blockHasData(data, 'uppfoljning')) return undefined;
  const stycken: string[] = [];
  if (u.ansvarig !== undefined) stycken.push(`Ansvarig för uppföljningen: ${responsibleName(data, u.ansvarig)}.`);
  if (u.gånger_per_år !== undefined) stycken.push(`Uppföljningen redovisas ${formatTal(u.gånger_per_år)} ${u.gånger_per_år === 1 ? 'gång' : 'gånger'} per år.`);
  const rapporter = (u.rapporter ?? []).map((r) => ({
    namn: r.namn,
    uppgifter: [
      r.ansvarig !== undefined ? `Lämnas av: ${responsibleName(data, r.ansvarig)}.` : '',
      r.mottagare !== undefined ? `Lämnas till: ${r.mottagare}.` : '',
      r.förfaller !== undefined ? `Lämnas senast ${formatDatum(r.förfaller)}.` : '',
      r.årligen !== undefined ? `Lämnas senast den ${dayOfYear(r.årligen)} varje år.` : '',
    ].filter(Boolean),
    innehåll: r.innehåll ?? [],
  }));
  return { beskrivning: u.beskrivning, stycken, rapporter, utvärdering: u.utvärdering };
}

/** The forum and date of the samverkan the tjänsteutlåtande reports, as stated; nothing without a forum. */
export function samverkanText(data: IopData): string | undefined {
  const samverkan = data.tjänsteutlåtande?.samverkan;
  if (samverkan?.forum === undefined) return undefined;
  return `${samverkan.forum}${samverkan.datum ? ` den ${formatDatum(samverkan.datum, 'lång')}` : ''}.`;
}

/** "Godkänna överenskommelsen … mellan A, B och C för perioden fr.o.m. … t.o.m. …": parties and period, nothing the agreement does not state. */
export function approvalText(data: IopData): string {
  const parties = formatLista(data.parter.map((p) => p.namn));
  const { start, slut } = data.avtalstid;
  return `Godkänna överenskommelsen om idéburet offentligt partnerskap mellan ${parties} för perioden ${formatPeriod(start, slut)}.`;
}
