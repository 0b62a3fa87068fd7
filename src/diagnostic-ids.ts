// The ids of the diagnostics that do not come from a rule: the file could not be read, the YAML
// or the schema was not followed, a template expression or a print failed. Together with the
// rules' meta (src/rules/) they are the one list of every id a user can meet; docs/regler.md and
// the SARIF rule list are made from it (src/rules/registry.ts). Code that reports one of these
// takes a PseudoId, so an id that is not described here does not compile.

export interface PseudoDiagnostic {
  /** One Swedish line: what holds when there is no such diagnostic. */
  description: string;
  /** What it means and what to do, for docs/regler.md. */
  explanation: string;
}

export const PSEUDO_DIAGNOSTICS = {
  'fil/tom': {
    description: 'iop.yaml har innehåll.',
    explanation: 'En tom iop.yaml har inga uppgifter att kontrollera. Fyll i ärende, parter, mål, finansiering och avtalstid, eller skapa ärendet med `iop init`.',
  },
  'fil/kodning': {
    description: 'Källfilerna är text i UTF-8.',
    explanation: 'iop läser iop.yaml och Markdown-filerna som UTF-8. En fil sparad som Windows-1252 eller en binärfil med fel namn pekas ut med platsen för det första felaktiga tecknet. Spara filen som UTF-8 i redigeraren.',
  },
  'fil/storlek': {
    description: 'En källfil är högst 5 MB.',
    explanation: 'Texterna i ett ärende är några sidor. En fil på flera megabyte är nästan alltid något annat (en inklistrad bild, en logg) och läses inte.',
  },
  'fil/utanför': {
    description: 'Ärendets filer ligger i ärendets mapp.',
    explanation: 'En bilaga eller text som är en symbolisk länk till en plats utanför ärendemappen läses inte: det som byggs ska gå att se i ärendets mapp. Kopiera filen in i mappen.',
  },
  'yaml/syntax': {
    description: 'iop.yaml och iop.config.yaml går att läsa som YAML.',
    explanation: 'Ett indrag som inte stämmer med raderna på samma nivå, ett kolon i en text utan citattecken, ett citattecken som inte avslutas eller en tabb som indrag gör att filen inte går att läsa. Meddelandet pekar ut raden och säger hur den rättas; inget annat kontrolleras förrän filen går att läsa.',
  },
  'yaml/dubblett-nyckel': {
    description: 'Varje fält står en gång i samma objekt.',
    explanation: 'Två fält med samma namn i samma objekt gör det oklart vilket värde som gäller. Ta bort det ena.',
  },
  'schema/saknat-fält': {
    description: 'De fält som varje ärende behöver finns.',
    explanation: 'Vilka fält som måste finnas står i docs/format.md. Meddelandet säger vilket fält som saknas och var det ska stå.',
  },
  'schema/okänt-fält': {
    description: 'Varje fält finns i formatet.',
    explanation: 'Ett fält som formatet inte känner till är oftast felstavat; meddelandet föreslår det närmaste namnet eller räknar upp fälten som får stå där.',
  },
  'schema/typ': {
    description: 'Varje värde är av rätt slag: text, tal, lista eller objekt.',
    explanation: 'Ett organisationsnummer utan bindestreck blir ett tal i YAML, ett belopp med "kr" blir en text, ett belopp med öre är inga hela kronor. Meddelandet säger vad som ska skrivas i stället.',
  },
  'schema/format': {
    description: 'Datum och e-postadresser har rätt form.',
    explanation: 'Datum skrivs ÅÅÅÅ-MM-DD och ska finnas i kalendern. Går ett datum att läsa i en annan form (2025-2-1, 1 februari 2025) säger meddelandet hur det skrivs.',
  },
  'schema/värde': {
    description: 'Värdena är tillåtna: ett av valen, ett tal inom gränserna, ett id eller nummer i rätt form.',
    explanation: 'Till exempel sektorn (idéburen eller offentlig), ett part-id med små bokstäver och bindestreck, ett organisationsnummer NNNNNN-NNNN eller ett postnummer 123 45. Meddelandet föreslår det närmaste tillåtna värdet när det finns ett.',
  },
  'mall/uttryck': {
    description: 'Varje uttryck i texterna ({{…}}) går att fylla i när dokumenten byggs.',
    explanation: 'Det mesta hittar regeln `text/referenser` redan i `iop check`. Det som bara visar sig när dokumentet byggs, till exempel en hjälpfunktion som får fel slags värde eller ett uttryck i en egen mall, rapporteras med platsen i filen, och ärendet byggs inte.',
  },
  'mall/navigering': {
    description: 'En mall försöker inte lämna dokumentet (meta refresh, <base> eller ett formulär).',
    explanation: 'Dokumenten skrivs ut utan nätverk och utan att sidan får byta adress. En mall som försöker navigera (`<meta http-equiv="refresh">`, `<base>` eller `<form>`) stoppar just det ärendet med platsen i mallen; de övriga ärendena i samma körning byggs.',
  },
  'bygg/tidsgräns': {
    description: 'Varje dokument blir utskrivet inom tidsgränsen.',
    explanation: 'Ett dokument får ta högst 60 sekunder att skriva ut (ändra med miljövariabeln IOP_RENDER_TIMEOUT_MS). Bara det ärendet byggs inte; de andra byggs ändå.',
  },
} as const satisfies Record<string, PseudoDiagnostic>;

export type PseudoId = keyof typeof PSEUDO_DIAGNOSTICS;
