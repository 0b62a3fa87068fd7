// docs/tillforlitlighet.md: the table of every hostile input and fault tried, and what iop did.
import { HOSTILE_CASES } from './cases.js';

export interface FaultCase {
  fault: string;
  outcome: string;
  test: string;
}

/** Faults during `iop build`, each tested in the file named. Kept here so the table lists them. */
export const FAULT_CASES: FaultCase[] = [
  {
    fault: '`IOP_BROWSER` pekar på en fil som inte finns',
    outcome: 'En rad: webbläsaren finns inte, och hur man anger en annan (slutkod 2). Ingenting skrivs.',
    test: 'test/faults/browser.test.ts',
  },
  {
    fault: '`IOP_BROWSER` pekar på en fil som inte är ett program',
    outcome: 'En rad: ingen körbar fil (slutkod 2), inget stackspår.',
    test: 'test/faults/browser.test.ts',
  },
  {
    fault: 'Ingen webbläsare i systemet och ingen medföljande (@sparticuz/chromium)',
    outcome: 'En rad: hur man installerar Chromium eller anger en webbläsare (slutkod 2).',
    test: 'test/faults/browser.test.ts',
  },
  {
    fault: 'Två byggen startade samtidigt på en dator där den medföljande webbläsaren aldrig har packats upp',
    outcome:
      'Båda lyckas. Var och en packar upp i en egen mapp i cachemappen och byter in den i ett steg; den som kommer sist använder den första. Ingenting blir kvar i den tillfälliga mappen.',
    test: 'test/faults/bundled-browser.test.ts',
  },
  {
    fault: 'Cachemappen för den medföljande webbläsaren går inte att skapa (`XDG_CACHE_HOME` pekar på en fil)',
    outcome: 'En rad: kunde inte packa upp webbläsaren, var och varför, och hur man anger en annan mapp eller webbläsare (slutkod 2).',
    test: 'test/faults/bundled-browser.test.ts',
  },
  {
    fault: 'Webbläsaren kraschar eller dödas mitt i ett bygge av sex ärenden',
    outcome:
      'Bygget avbryts med en rad: webbläsaren avslutades oväntat efter n av 6 ärenden; kör igen (slutkod 2). Varje PDF som finns är hel, inga tillfälliga filer och inga webbläsarprocesser blir kvar.',
    test: 'test/faults/browser.test.ts',
  },
  {
    fault: 'Ett dokument blir aldrig klart (tidsgräns per dokument, `IOP_RENDER_TIMEOUT_MS`, normalt 60 s)',
    outcome: 'Det ärendet får ett fel med tidsgränsen och ingen PDF; de andra ärendena byggs (slutkod 1).',
    test: 'test/faults/browser.test.ts',
  },
  {
    fault: 'Ctrl+C (SIGINT) mitt i ett bygge',
    outcome: 'En rad: avbröts (slutkod 130). Tidigare PDF-filer är byte för byte orörda, inga tillfälliga filer och inga webbläsarprocesser blir kvar.',
    test: 'test/faults/browser.test.ts',
  },
  {
    fault: 'Utdatamappen ligger under en fil (`--out fil/ut`)',
    outcome: 'En rad: kunde inte skriva, en del av sökvägen är en fil (slutkod 2).',
    test: 'test/faults/disk.test.ts',
  },
  {
    fault: 'Skrivskyddad utdatamapp (skrivskyddat filsystem som root, annars chmod 555)',
    outcome: 'En rad: kunde inte skriva, filsystemet är skrivskyddat eller behörighet saknas (slutkod 2). Filer som fanns är orörda.',
    test: 'test/faults/disk.test.ts',
  },
  {
    fault: 'Full disk (tmpfs på 96 kB)',
    outcome: 'En rad: kunde inte skriva, disken är full (slutkod 2). Den tidigare PDF-filen är orörd och ingen tillfällig fil blir kvar.',
    test: 'test/faults/disk.test.ts',
  },
  {
    fault: 'Två byggen i samma utdatamapp samtidigt',
    outcome: 'Båda lyckas; varje fil skrivs färdigt under ett tillfälligt namn och byts in i ett steg, så varje PDF är hel.',
    test: 'test/faults/disk.test.ts',
  },
];

/** What is signed is what was checked: each tested in the file named. */
export const SIGNING_CASES: FaultCase[] = [
  {
    fault: 'iop.config.yaml sänker eller stänger av en regel som annars är fel (`finansiering/summa: av`)',
    outcome: 'Den slutliga PDF-filen byggs, men bygget säger det på stderr och PDF-filens nyckelord har `sänkt-regel:finansiering/summa` (också i manifestet).',
    test: 'test/build/signed.test.ts',
  },
  {
    fault: 'Bara stilmallen ändras, ett tecken',
    outcome: 'Fingeravtrycket på varje sida ändras: det täcker iop.yaml, texterna, bilagorna, mallarna, stilmallen, logotypen, typsnitten, iop.config.yaml och iop-versionen.',
    test: 'test/build/signed.test.ts',
  },
  {
    fault: '`iop verify` på en PDF efter att ett tecken i avtal.md eller stilmallen ändrats',
    outcome: 'Slutkod 1 och namnet på det som ändrats (`avtal.md`, `stilmall utskrift.css`), från manifestet som PDF-filen bär (iop-manifest.json). På ett nytt bygge: slutkod 0.',
    test: 'test/build/signed.test.ts',
  },
  {
    fault: '`iop verify` på en PDF som iop inte byggt',
    outcome: 'En rad: inget manifest från iop (slutkod 2).',
    test: 'test/build/signed.test.ts',
  },
];

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

export function reliabilityDoc(): string {
  return [
    '# Tillförlitlighet',
    '',
    '<!-- Genereras från test/hostile/cases.ts och test/hostile/reliability-doc.ts. Uppdatera med `UPDATE_DOCS=1 npx vitest run test/hostile`. -->',
    '',
    'Varje rad är ett test som körs i CI genom det riktiga kommandot. Slutkod 1 betyder att ärendet har fel',
    '(med fil, rad och kolumn), 2 att kommandot inte kunde göra sitt jobb (en rad på svenska). Inget fall får',
    'ge ett stackspår, ta mer än 30 sekunder eller mer än 256 MB minne.',
    '',
    'Fallen med `iop build` kontrollerar också att varken HTML eller PDF innehåller skript, händelseattribut',
    '(t.ex. `onerror`), ramar, `javascript:`-adresser eller adresser till andra webbplatser, och att webbläsaren',
    'inte släppte igenom någon begäran utom dokumentets egna `data:`-adresser (loggas med `IOP_DEBUG_REQUESTS=1`).',
    'Varje utskriftsdokument har dessutom en innehållspolicy (`Content-Security-Policy: default-src \'none\'`, bara',
    '`data:` för bilder och typsnitt, inga formulär och ingen `<base>`), så det mesta stoppas redan innan det blir en begäran.',
    '',
    '## Indata',
    '',
    '| Fall | Indata | Vad iop gör | Slutkod |',
    '| --- | --- | --- | --- |',
    ...HOSTILE_CASES.map((c) => `| \`${c.id}\` | ${cell(c.input)} | ${cell(c.outcome)} | ${c.exitCode} |`),
    '',
    ...(FAULT_CASES.length > 0
      ? ['## Fel under iop build', '', '| Fel | Vad iop gör | Test |', '| --- | --- | --- |', ...FAULT_CASES.map((f) => `| ${cell(f.fault)} | ${cell(f.outcome)} | \`${f.test}\` |`), '']
      : []),
    '## Det som skrivs under',
    '',
    '| Fall | Vad iop gör | Test |',
    '| --- | --- | --- |',
    ...SIGNING_CASES.map((f) => `| ${cell(f.fault)} | ${cell(f.outcome)} | \`${f.test}\` |`),
    '',
  ].join('\n');
}
