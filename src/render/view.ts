// Everything the templates print that comes from the data, computed once and never typed twice.
import type { Avtalstid, Bidrag, Fakturaadress, Grupp, IopData, Part, Period } from '../model.js';
import { addMonths } from '../calendar/dates.js';
import { formatBelopp, formatDatum, formatLista, formatManader, formatOrgnr, formatPeriod, formatTal, NBSP } from '../text/format.js';
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
  summor: string[];
  totalt?: string;
  inNatura: boolean;
}

export interface FinansieringView {
  beskrivning?: string;
  perioder: Array<{ id: string; tid: string }>;
  flerPerioder: boolean;
  rader: FinansieringRad[];
  summa: string[];
  summaTotalt?: string;
  /** Valued in-kind contributions outside the total, shown as their own sum. */
  vardeInNatura?: { summor: string[]; totalt?: string };
  /** Contributions without a stated value (staff time and the like). */
  insatser: Array<{ partnamn: string; beskrivning: string }>;
}

export interface FaktureringView {
  stycken: string[];
  ange: string[];
  adresser: Array<{ partnamn: string; rader: string[]; uppgifter: string[] }>;
}

export interface UnderskriftView {
  ort: string;
  elektronisk: boolean;
  mening: string;
  block: Array<{ partnamn: string; namn: string; titel: string }>;
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

export function finansieringView(data: IopData): FinansieringView {
  const { perioder, bidrag } = data.finansiering;
  const valued = bidrag.filter((b) => b.slag !== 'insats' && b.belopp !== undefined);
  const rader: FinansieringRad[] = valued.map((b) => {
    const amounts = perioder.map((p) => amountIn(b, p));
    return {
      partnamn: partName(data, b.part),
      slag: SLAG[b.slag],
      beskrivning: b.beskrivning,
      summor: amounts.map((a) => (a === undefined ? '–' : formatBelopp(a))),
      totalt: perioder.length > 1 ? formatBelopp(sum(amounts)) : undefined,
      inNatura: !countsInTotal(b),
    };
  });
  const inTotal = valued.filter(countsInTotal);
  const periodSums = perioder.map((p) => sum(inTotal.map((b) => amountIn(b, p))));
  const outside = valued.filter((b) => !countsInTotal(b));
  const outsideSums = perioder.map((p) => sum(outside.map((b) => amountIn(b, p))));
  return {
    beskrivning: data.finansiering.beskrivning,
    perioder: perioder.map((p) => ({ id: p.id, tid: `${formatDatum(p.start)} –${NBSP}${formatDatum(p.slut)}` })),
    flerPerioder: perioder.length > 1,
    rader: [...rader.filter((r) => !r.inNatura), ...rader.filter((r) => r.inNatura)],
    summa: periodSums.map(formatBelopp),
    summaTotalt: perioder.length > 1 ? formatBelopp(sum(periodSums)) : undefined,
    vardeInNatura: outside.length > 0 ? { summor: outsideSums.map(formatBelopp), totalt: perioder.length > 1 ? formatBelopp(sum(outsideSums)) : undefined } : undefined,
    insatser: bidrag.filter((b) => b.slag === 'insats' || b.belopp === undefined).map((b) => ({ partnamn: partName(data, b.part), beskrivning: b.beskrivning ?? 'Insats utan angivet värde' })),
  };
}

/** Sum of the money counted in the total over the original term (extensions excluded). */
export function totalFinancing(data: IopData): number {
  const perioder = data.finansiering.perioder.filter((p) => !p.förlängning);
  return sum(data.finansiering.bidrag.filter((b) => b.slag !== 'insats' && countsInTotal(b)).flatMap((b) => perioder.map((p) => amountIn(b, p))));
}

const ROUNDING = { krona: 'hela kronor', hundra: 'hela hundratal kronor', tusen: 'hela tusental kronor' } as const;
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** The paragraphs on term, extension, notice and KPI uplift. */
export function avtalstidText(data: IopData): string[] {
  const tid: Avtalstid = data.avtalstid;
  const out = [`Överenskommelsen gäller ${formatPeriod(tid.start, tid.slut)}.`];
  const f = tid.förlängning;
  const besked = f?.besked !== undefined ? `senast ${formatTal(f.besked)} ${f.besked === 1 ? 'månad' : 'månader'} före avtalstidens slut, för den nuvarande avtalstiden senast ${formatDatum(addMonths(tid.slut, -f.besked))}` : undefined;
  if (!f || f.typ === 'ingen') {
    out.push('Överenskommelsen upphör att gälla vid avtalstidens slut utan föregående uppsägning. En eventuell ny överenskommelse förutsätter nya beslut hos parterna.');
  } else if (f.typ === 'automatisk') {
    const length = f.längd !== undefined ? formatManader(f.längd) : '12 månader';
    let text = `Därefter förlängs överenskommelsen automatiskt med ${length} i taget`;
    if (f.max !== undefined) text += `, högst ${formatTal(f.max)} ${f.max === 1 ? 'gång' : 'gånger'}`;
    text += besked ? `, om inte någon part ${besked} skriftligen meddelar de övriga parterna att den inte vill förlänga.` : ', om inte någon part skriftligen meddelar de övriga parterna att den inte vill förlänga.';
    out.push(text);
  } else {
    let text = `Överenskommelsen kan därefter förlängas med ${f.längd !== undefined ? formatManader(f.längd) : 'ett år'} i taget efter beslut av parterna`;
    if (f.max !== undefined) text += `, högst ${formatTal(f.max)} ${f.max === 1 ? 'gång' : 'gånger'}. Därefter upphör överenskommelsen utan föregående uppsägning`;
    text += '.';
    if (besked) text += ` Besked om förlängning ska lämnas ${besked}.`;
    out.push(text);
  }
  if (tid.uppsägningstid !== undefined) {
    out.push(`Var och en av parterna kan säga upp överenskommelsen i förtid med en uppsägningstid om ${formatTal(tid.uppsägningstid)} ${tid.uppsägningstid === 1 ? 'månad' : 'månader'}. Uppsägningen ska vara skriftlig.`);
  }
  const index = data.indexering;
  if (f && f.typ !== 'ingen' && f.kpi && index) {
    const month = MONTHS[index.referensmånad - 1] ?? String(index.referensmånad);
    const base = index.basmånad ? `KPI för ${formatKpiMonth(index.basmånad)}` : `KPI för ${month} året före basperiodens start`;
    out.push(
      `Vid förlängning räknas beloppen om med konsumentprisindex (KPI, ${index.serie}${NBSP}=${NBSP}100) enligt Statistiska centralbyrån: ` +
        `nytt belopp = basbelopp × KPI för ${month} året före den nya periodens start / ${base}, avrundat till ${ROUNDING[index.avrundning ?? 'krona']}.` +
        (index.får_sänkas ? ' Beloppen kan sänkas om KPI har sjunkit.' : ' Beloppen sänks inte om KPI har sjunkit.'),
    );
  }
  return out;
}

function formatKpiMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? ''} ${year}`;
}

export function faktureringView(data: IopData): FaktureringView | undefined {
  const f = data.fakturering;
  if (!f) return undefined;
  const stycken: string[] = [];
  const fakturerande = f.fakturerande ? partName(data, f.fakturerande) : undefined;
  if (fakturerande && f.tidpunkt) stycken.push(`${fakturerande} fakturerar ${f.tidpunkt.replace(/\.$/, '')}.`);
  else if (f.tidpunkt) stycken.push(`Fakturering sker ${f.tidpunkt.replace(/\.$/, '')}.`);
  else if (fakturerande) stycken.push(`${fakturerande} fakturerar de parter som bidrar med pengar.`);
  if (f.fakturadatum?.length) stycken.push(`Fakturor skickas ${formatLista(f.fakturadatum.map((d) => formatDatum(d)))}.`);
  if (f.betalningsvillkor !== undefined) stycken.push(`Betalningsvillkor: ${f.betalningsvillkor}${NBSP}dagar netto.`);
  if (f.dröjsmålsränta) stycken.push('Vid försenad betalning utgår dröjsmålsränta enligt räntelagen (1975:635).');
  const adresser = (f.adresser ?? []).map((a: Fakturaadress) => ({
    partnamn: partName(data, a.part),
    rader: a.rader,
    uppgifter: [a.referens ? `Referens: ${a.referens}` : '', a.organisationsnummer ? `Organisationsnummer: ${formatOrgnr(a.organisationsnummer)}` : '', a['e-post'] ? `E-post: ${a['e-post']}` : ''].filter(Boolean),
  }));
  return { stycken, ange: f.fakturan_ska_ange ?? [], adresser };
}

export function malView(data: IopData): Array<{ nr: number; mal: string; indikatorer: string[]; ansvar?: string }> {
  return data.mål.map((m, i) => ({ nr: i + 1, mal: m.mål, indikatorer: m.indikatorer ?? [], ansvar: m.ansvar?.length ? formatLista(m.ansvar.map((id) => partName(data, id))) : undefined }));
}

export function ataganden(data: IopData): Array<{ partlista: string; inledning?: string; punkter: string[] }> {
  return (data.åtaganden ?? []).map((a) => {
    const parter = formatLista(a.parter.map((id) => partName(data, id)));
    return { partlista: parter, inledning: a.inledning, punkter: a.punkter };
  });
}

function gruppView(data: IopData, rubrik: string, grupp: Grupp | undefined): GruppView | undefined {
  if (!grupp) return undefined;
  const stycken: string[] = [];
  if (grupp.parter?.length) stycken.push(`I ${rubrik.toLowerCase()} ingår ${formatLista(grupp.parter.map((id) => partName(data, id)))}.`);
  if (grupp.sammankallande) stycken.push(`${partName(data, grupp.sammankallande)} är sammankallande.`);
  if (grupp.dokumenterar) stycken.push(`${partName(data, grupp.dokumenterar)} dokumenterar mötena.`);
  if (grupp.möten_per_år !== undefined) stycken.push(`${rubrik} möts minst ${formatTal(grupp.möten_per_år)} ${grupp.möten_per_år === 1 ? 'gång' : 'gånger'} per år.`);
  if (grupp.möten?.length) stycken.push(`Inplanerade möten: ${formatLista(grupp.möten.map((d) => formatDatum(d)))}.`);
  return { rubrik, beskrivning: grupp.beskrivning, stycken, uppgifter: grupp.uppgifter ?? [] };
}

export function organisationView(data: IopData): { grupper: GruppView[]; koordinator?: string } | undefined {
  const o = data.organisation;
  if (!o) return undefined;
  const grupper = [gruppView(data, 'Styrgruppen', o.styrgrupp), gruppView(data, 'Samverkansgruppen', o.samverkansgrupp)].filter((g): g is GruppView => g !== undefined);
  const koordinator = o.koordinator ? `${partName(data, o.koordinator)} har rollen som koordinator för partnerskapet.` : undefined;
  return grupper.length > 0 || koordinator ? { grupper, koordinator } : undefined;
}

export function underskriftView(data: IopData): UnderskriftView {
  const signers = signingParties(data);
  const elektronisk = data.underskrifter?.sätt === 'elektronisk';
  const mening = elektronisk
    ? 'Denna överenskommelse undertecknas elektroniskt av parterna. Varje part får en elektroniskt undertecknad kopia.'
    : `Denna överenskommelse är upprättad i ${formatTal(signers.length)} likalydande exemplar, varav parterna tagit var sitt.`;
  return {
    ort: data.underskrifter?.ort ?? data.ärende.ort,
    elektronisk,
    mening,
    block: signers.map((p) => ({ partnamn: p.namn, namn: p.firmatecknare.namn, titel: p.firmatecknare.titel })),
  };
}

/** "Godkänna överenskommelsen … mellan A, B och C för perioden fr.o.m. … t.o.m. …, …" */
export function approvalText(data: IopData): string {
  const parties = formatLista(data.parter.map((p) => p.namn));
  const { start, slut } = data.avtalstid;
  let text = `Godkänna överenskommelsen om idéburet offentligt partnerskap mellan ${parties} för perioden ${formatPeriod(start, slut)}`;
  const total = totalFinancing(data);
  if (total > 0) {
    text += `, med en sammanlagd finansiering om ${formatBelopp(total)}`;
    const own = data.parter.find((p) => p.namn === data.ärende.nämnd);
    const ownAmount = own ? sum(data.finansiering.bidrag.filter((b) => b.part === own.id && b.slag === 'pengar').flatMap((b) => data.finansiering.perioder.filter((p) => !p.förlängning).map((p) => amountIn(b, p)))) : 0;
    if (own && ownAmount > 0) text += `, varav ${own.namn} bidrar med ${formatBelopp(ownAmount)}`;
  }
  return text + '.';
}
