// Everything the templates print that comes from the data, computed once and never typed twice.
import { amountIn, contributionsOf, signingParties, goalsOf, groupById, groups, periodsOf } from '../data/access.js';
import type { Avtalstid, Bidrag, Fakturaadress, Grupp, IopData, Mal, Part, Period } from '../model.js';
import { formatBelopp, formatDatum, formatLista, formatManader, formatOrgnr, formatPeriod, formatTal, NBSP } from '../text/format.js';
import { blockHasData } from '../data/blocks.js';
import { say } from './statements.js';

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
  /** The sentence on the total for the agreed term, only when stated. */
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
  block: Array<{ partnamn: string; namn?: string; titel?: string; ort?: string; undertecknat?: string; datumrad: string }>;
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

function countsInTotal(bidrag: Bidrag): boolean {
  return bidrag.ingår_i_totalt ?? bidrag.slag === 'pengar';
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
    totalt: finansiering.totalt !== undefined ? say('finansiering.totalt', formatBelopp(finansiering.totalt)) : undefined,
    perÅr: finansiering.per_år !== undefined ? say('finansiering.per-år', formatBelopp(finansiering.per_år)) : undefined,
    insatser: bidrag.filter((b) => b.slag === 'insats' || (b.belopp === undefined && b.enligt_bilaga === undefined)).map((b) => ({ partnamn: partName(data, b.part), beskrivning: b.beskrivning })),
  };
}

function enligtBilaga(bidrag: Bidrag): string {
  if (bidrag.enligt_bilaga === undefined) return '–';
  return say('finansiering.enligt-bilaga', bidrag.enligt_bilaga);
}

const ROUNDING = { krona: 'hela kronor', hundra: 'hela hundratal kronor', tusen: 'hela tusental kronor' } as const;
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

function months(n: number): string {
  return `${formatTal(n)} ${n === 1 ? 'månad' : 'månader'}`;
}

/** "styrgruppen", "alla parter": the recipient as the agreement names it, or a group's name. */
function recipient(data: IopData, till: string | undefined): string | undefined {
  if (till === undefined) return undefined;
  const grupp = groupById(data, till);
  return grupp ? lowerFirst(grupp.namn) : till;
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
  if (tid.text?.length) out.push(...tid.text.map((text) => say('avtalstid.egen-text', text)));
  else {
    if (tid.slut !== undefined) out.push(say('avtalstid.period', formatPeriod(tid.start, tid.slut)));
    else if (tid.tills_vidare) out.push(say('avtalstid.tills-vidare', formatPeriod(tid.start, undefined)));
    else out.push(say('avtalstid.start', formatPeriod(tid.start, undefined)));
    const f = tid.förlängning;
    const times = (n: number | undefined): string | undefined => (n === undefined ? undefined : `${formatTal(n)} ${n === 1 ? 'gång' : 'gånger'}`);
    const length = (n: number | undefined): string | undefined => (n === undefined ? undefined : formatManader(n));
    if (f?.typ === 'ingen') out.push(say('förlängning.ingen'));
    else if (f?.typ === 'automatisk') out.push(say('förlängning.automatisk', length(f.längd), times(f.max)));
    else if (f?.typ === 'årlig' || f?.typ === 'option') out.push(say('förlängning.kan', length(f.längd), times(f.max)));
    if (f && f.typ !== 'ingen' && f.besked !== undefined) {
      const avser = f.besked_avser ?? (f.typ === 'automatisk' ? 'att en part inte vill förlänga' : 'förlängning');
      out.push(say('förlängning.besked', avser, f.form === 'skriftlig', recipient(data, f.till), months(f.besked)));
    }
    if (tid.längst_till !== undefined) out.push(say('avtalstid.längst-till', formatDatum(tid.längst_till)));
    const u = tid.uppsägning;
    const written = u?.form === 'skriftlig';
    if (tid.uppsägningstid !== undefined) {
      out.push(say('uppsägning.i-förtid', `${formatTal(tid.uppsägningstid)} ${tid.uppsägningstid === 1 ? 'månads' : 'månaders'}`));
    }
    if (u?.före_verksamhetsår !== undefined) out.push(say('uppsägning.före-verksamhetsår', written, recipient(data, u.till), months(u.före_verksamhetsår)));
    if (u?.enskild_part) {
      const vid = { årsskifte: 'ett årsskifte', verksamhetsår: 'ett verksamhetsårs slut', avtalsår: 'ett avtalsårs slut' }[u.enskild_part.vid ?? 'årsskifte'];
      out.push(say('uppsägning.enskild-part', vid, u.enskild_part.besked !== undefined ? months(u.enskild_part.besked) : undefined));
    }
    if ((tid.uppsägningstid !== undefined || u?.enskild_part) && u?.före_verksamhetsår === undefined && (u?.form !== undefined || u?.till !== undefined)) {
      out.push(say('uppsägning.form', written, recipient(data, u?.till)));
    }
  }
  out.push(...indexeringText(data));
  return out;
}

/** The KPI clause: only what indexering states; `indexering.text` gives the agreement's own sentence. */
export function indexeringText(data: IopData): string[] {
  const index = data.indexering;
  if (!index) return data.avtalstid.förlängning?.kpi ? [say('kpi.förlängning')] : [];
  if (index.text) return [say('kpi.egen-text', index.text)];
  const out: string[] = [];
  const referensmånad = index.referensmånad !== undefined ? MONTHS[index.referensmånad - 1] : undefined;
  out.push(say('kpi.uppräkning', index.andel !== undefined ? formatTal(index.andel) : undefined, index.serie !== undefined ? String(index.serie) : undefined, referensmånad));
  if (index.basmånad) out.push(say('kpi.basmånad', formatKpiMonth(index.basmånad)));
  if (index.avrundning) out.push(say('kpi.avrundning', index.avrunda === 'nedåt', ROUNDING[index.avrundning]));
  if (index.får_sänkas !== undefined) out.push(say('kpi.får-sänkas', index.får_sänkas));
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
  if (fakturerande || f.tidpunkt) stycken.push(say('fakturering.tidpunkt', fakturerande, f.tidpunkt?.replace(/\.$/, '')));
  if (f.fakturadatum?.length) stycken.push(say('fakturering.datum', formatLista(f.fakturadatum.map((d) => formatDatum(d)))));
  if (f.betalningsvillkor_text !== undefined) stycken.push(say('fakturering.betalningsvillkor_text', f.betalningsvillkor_text));
  else if (f.betalningsvillkor !== undefined) stycken.push(say('fakturering.betalningsvillkor', f.betalningsvillkor));
  if (f.dröjsmålsränta) stycken.push(say('fakturering.dröjsmålsränta'));
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
  if (grupp.parter?.length) stycken.push(say('grupp.parter', lowerFirst(namn), formatLista(grupp.parter.map((id) => partName(data, id)))));
  if (grupp.ledamöter?.length) stycken.push(say('grupp.ledamöter', formatLista(grupp.ledamöter.map((l) => [l.namn, l.roll, `för ${partName(data, l.part)}`].filter(Boolean).join(', ')))));
  if (grupp.sammankallande) stycken.push(say('grupp.sammankallande', isPart(data, grupp.sammankallande) ? partName(data, grupp.sammankallande) : grupp.sammankallande));
  if (grupp.dokumenterar) stycken.push(say('grupp.dokumenterar', isPart(data, grupp.dokumenterar) ? partName(data, grupp.dokumenterar) : grupp.dokumenterar));
  if (grupp.möten_per_år !== undefined) stycken.push(say('grupp.möten-per-år', namn, `${formatTal(grupp.möten_per_år)} ${grupp.möten_per_år === 1 ? 'gång' : 'gånger'}`));
  if (grupp.möten?.length) stycken.push(say('grupp.möten', formatLista(grupp.möten.map((d) => formatDatum(d)))));
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
  const koordinator = k === undefined ? undefined : say('organisation.koordinator', typeof k === 'string' ? partName(data, k) : `${k.roll}${k.part ? ` (${partName(data, k.part)})` : ''}`);
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
    ? u.text.map((text) => say('underskrifter.egen-text', text))
    : u?.exemplar !== undefined
      ? [say('underskrifter.exemplar', formatTal(u.exemplar))]
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
        // Not "datum": in a template {{datum}} would call the helper of that name.
        undertecknat: datum ? formatDatum(datum) : undefined,
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
  if (u.ansvarig !== undefined) stycken.push(say('uppföljning.ansvarig', responsibleName(data, u.ansvarig)));
  if (u.gånger_per_år !== undefined) stycken.push(say('uppföljning.gånger-per-år', `${formatTal(u.gånger_per_år)} ${u.gånger_per_år === 1 ? 'gång' : 'gånger'}`));
  const rapporter = (u.rapporter ?? []).map((r) => ({
    namn: r.namn,
    uppgifter: [
      r.ansvarig !== undefined ? say('rapport.ansvarig', responsibleName(data, r.ansvarig)) : '',
      r.mottagare !== undefined ? say('rapport.mottagare', r.mottagare) : '',
      r.förfaller !== undefined ? say('rapport.förfaller', formatDatum(r.förfaller)) : '',
      r.årligen !== undefined ? say('rapport.årligen', dayOfYear(r.årligen)) : '',
    ].filter(Boolean),
    innehåll: r.innehåll ?? [],
  }));
  return { beskrivning: u.beskrivning, stycken, rapporter, utvärdering: u.utvärdering };
}

/** The forum and date of the samverkan the tjänsteutlåtande reports, as stated; nothing without a forum. */
export function samverkanText(data: IopData): string | undefined {
  const samverkan = data.tjänsteutlåtande?.samverkan;
  if (samverkan?.forum === undefined) return undefined;
  return say('tu.samverkan', samverkan.forum, samverkan.datum ? formatDatum(samverkan.datum, 'lång') : undefined);
}

/** "Godkänna överenskommelsen … mellan A, B och C för perioden fr.o.m. … t.o.m. …": parties and period, nothing the agreement does not state. */
export function approvalText(data: IopData): string {
  const parties = formatLista(data.parter.map((p) => p.namn));
  const { start, slut } = data.avtalstid;
  return say('tu.godkännande', parties, formatPeriod(start, slut));
}
