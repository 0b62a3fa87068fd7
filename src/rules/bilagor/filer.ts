// bilagor/filer: every listed bilaga file exists, and every file in bilagor/ is listed.
import { basename, join } from 'node:path';
import type { Rule } from '../types.js';

export const bilagorFiler: Rule = {
  meta: {
    id: 'bilagor/filer',
    severity: 'error',
    description: 'Varje bilaga med fil finns i mappen bilagor/, och varje fil där står i listan över bilagor.',
    explanation: 'Bilagorna är en del av överenskommelsen. En bilaga som står i listan men saknas kan inte skickas med, och en fil i mappen bilagor/ som inte står i listan kommer inte med i PDF-filen och får inget nummer. Två bilagor får inte heller hänvisa till samma fil.',
    examples: {
      passing: 'bilagor:\n  - { nummer: 1, titel: Arbets- och uppföljningsplan, fil: bilagor/1-arbetsplan.md }\n# och filen bilagor/1-arbetsplan.md finns',
      failing: 'bilagor:\n  - { nummer: 1, titel: Arbets- och uppföljningsplan, fil: bilagor/1-arbetsplan.md }\n# men filen heter bilagor/arbetsplan.md',
    },
    messages: {
      saknas: 'Bilaga {nummer} hänvisar till {fil}, men filen finns inte i mappen bilagor/.',
      olistad: 'Filen {fil} står inte i listan över bilagor i iop.yaml. Lägg till den med nummer och titel, eller ta bort filen.',
      sammaFil: 'Bilaga {nummer} hänvisar till samma fil ({fil}) som bilaga {annan}.',
    },
  },
  check({ arende, data, report }) {
    const files = new Map(arende.bilagor.map((source) => [source.file, source]));
    const listed = new Map<string, number | string>();
    (data.bilagor ?? []).forEach((bilaga, index) => {
      if (bilaga.fil === undefined) return;
      const file = join(arende.dir, bilaga.fil);
      const path = `/bilagor/${index}/fil`;
      const earlier = listed.get(file);
      const nummer = bilaga.nummer ?? `"${bilaga.titel}"`;
      if (earlier !== undefined) report({ messageId: 'sammaFil', values: { nummer, fil: bilaga.fil, annan: earlier }, at: { path } });
      else listed.set(file, nummer);
      if (!files.has(file)) report({ messageId: 'saknas', values: { nummer, fil: bilaga.fil }, at: { path } });
    });
    for (const source of arende.bilagor) {
      if (!listed.has(source.file)) report({ messageId: 'olistad', values: { fil: `bilagor/${basename(source.file)}` }, at: { file: source, offset: 0, length: 0 } });
    }
  },
};
