// The Handlebars helpers prose may use. The renderer implements exactly these; the rule
// text/referenser checks expressions against them without loading Handlebars.
export const TEMPLATE_HELPERS = [
  'belopp', // {{belopp finansiering.totalt}} → "875 000 kr"
  'datum', // {{datum avtalstid.start}} → "2024-03-01"; {{datum avtalstid.start "lång"}} → "1 mars 2024"
  'period', // {{period avtalstid.start avtalstid.slut}} → "fr.o.m. 2024-03-01 t.o.m. 2025-03-31"
  'tal', // {{tal 5}} → "fem (5)"
  'lista', // {{lista names}} → "A, B och C"
  'orgnr', // {{orgnr "8024441100"}} → "802444-1100"
  'part', // {{part "navet"}} → the party's name; {{part "navet" "kortnamn"}}
  'parter', // {{parter}} → every party's name as a list; {{parter "idéburen"}}
  'exemplar', // {{exemplar}} → "fem (5)" from the number of signing parties
] as const;

export type TemplateHelper = (typeof TEMPLATE_HELPERS)[number];
