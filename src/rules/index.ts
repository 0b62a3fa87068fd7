// Every rule, in the order they run and are listed.
import { avtalBelopp } from './avtal/belopp.js';
import { avtalPeriod } from './avtal/period.js';
import { avtalstidForlangning } from './avtalstid/forlangning.js';
import { avtalstidFrister } from './avtalstid/frister.js';
import { avtalstidLangst } from './avtalstid/langst.js';
import { avtalstidOrdning } from './avtalstid/ordning.js';
import { avtalstidPerioder } from './avtalstid/perioder.js';
import { avtalstidSlut } from './avtalstid/slut.js';
import { bilagorFiler } from './bilagor/filer.js';
import { bilagorNumrering } from './bilagor/numrering.js';
import { bilagorPeriod } from './bilagor/period.js';
import { faktureringAdress } from './fakturering/adress.js';
import { faktureringDatum } from './fakturering/datum.js';
import { faktureringUppgifter } from './fakturering/uppgifter.js';
import { finansieringAllaBidrar } from './finansiering/alla-bidrar.js';
import { finansieringBelopp } from './finansiering/belopp.js';
import { finansieringDeMinimis } from './finansiering/de-minimis.js';
import { finansieringSumma } from './finansiering/summa.js';
import { iopEnsidigFinansiering } from './iop/ensidig-finansiering.js';
import { iopUpphandling } from './iop/upphandling.js';
import { malUppfoljning } from './mal/uppfoljning.js';
import { organisationMoten } from './organisation/moten.js';
import { parterAntal } from './parter/antal.js';
import { parterDubbletter } from './parter/dubbletter.js';
import { parterNamn } from './parter/namn.js';
import { parterOrganisationsnummer } from './parter/organisationsnummer.js';
import { parterOrgnrSektor } from './parter/orgnr-sektor.js';
import { parterReferenser } from './parter/referenser.js';
import { parterSektorer } from './parter/sektorer.js';
import { parterUndertecknare } from './parter/undertecknare.js';
import { textBlock, textBlockUtanUppgifter } from './text/block.js';
import { parterUppgifter } from './parter/uppgifter.js';
import { textPlatshallare } from './text/platshallare.js';
import { textReferenser } from './text/referenser.js';
import { tjansteutlatandeBelopp } from './tjansteutlatande/belopp.js';
import { tjansteutlatandeParter } from './tjansteutlatande/parter.js';
import { tjansteutlatandePeriod } from './tjansteutlatande/period.js';
import { tjansteutlatandeUtfardat } from './tjansteutlatande/utfardat.js';
import { tjansteutlatandeUppgifter } from './tjansteutlatande/uppgifter.js';
import { underskrifterExemplar } from './underskrifter/exemplar.js';
import { upprakning } from './kpi/upprakning.js';
import { indexSaknas } from './kpi/index-saknas.js';
import { paminnelse } from './tidsfrister/paminnelse.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  // Parter
  parterSektorer,
  parterOrganisationsnummer,
  parterOrgnrSektor,
  parterDubbletter,
  parterReferenser,
  parterUndertecknare,
  parterUppgifter,
  parterAntal,
  parterNamn,
  // Mål och organisation
  malUppfoljning,
  organisationMoten,
  // Finansiering
  finansieringSumma,
  finansieringBelopp,
  finansieringAllaBidrar,
  finansieringDeMinimis,
  iopEnsidigFinansiering,
  // Avtalstid
  avtalstidSlut,
  avtalstidOrdning,
  avtalstidPerioder,
  avtalstidFrister,
  avtalstidForlangning,
  avtalstidLangst,
  // Fakturering
  faktureringAdress,
  faktureringUppgifter,
  faktureringDatum,
  // Texterna
  avtalPeriod,
  avtalBelopp,
  iopUpphandling,
  underskrifterExemplar,
  textReferenser,
  textBlock,
  textBlockUtanUppgifter,
  textPlatshallare,
  // Bilagor
  bilagorFiler,
  bilagorNumrering,
  bilagorPeriod,
  // Tjänsteutlåtandet
  tjansteutlatandePeriod,
  tjansteutlatandeBelopp,
  tjansteutlatandeParter,
  tjansteutlatandeUtfardat,
  tjansteutlatandeUppgifter,
  // KPI-uppräkning och tidsfrister
  upprakning,
  indexSaknas,
  paminnelse,
];

export type { Rule, RuleMeta, RuleContext, Problem, Place } from './types.js';

const FINAL_BUILD_BLOCKERS = new Set(RULES.filter((rule) => rule.meta.blocksFinalBuild).map((rule) => rule.meta.id));

/** True for an error, or a warning that a final (non-draft) build must not let through. */
export function blocksFinalBuild(diagnostic: { ruleId: string; severity: string }): boolean {
  return diagnostic.severity === 'error' || FINAL_BUILD_BLOCKERS.has(diagnostic.ruleId);
}
