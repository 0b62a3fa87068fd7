// bilagor/period: periods in a bilaga's title and text agree with the agreement's term.
import { join } from 'node:path';
import type { MarkdownSource } from '../../model.js';
import { dataSegments, markdownSegment, type ProseSegment } from '../support/prose.js';
import { checkTermFacts } from '../support/term-facts.js';
import type { Rule } from '../types.js';

/** A bilaga may state its own period in front matter (start/slut), e.g. for a party that joins later. */
function ownPeriod(source: MarkdownSource | undefined): { start?: string; slut?: string }[] {
  const front = source?.frontMatter;
  if (!front) return [];
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : undefined);
  return [{ start: text(front.start), slut: text(front.slut) }];
}

export const bilagorPeriod: Rule = {
  meta: {
    id: 'bilagor/period',
    severity: 'error',
    description: 'Perioder i bilagornas titlar och text stämmer med avtalstiden.',
    explanation: [
      'En bilaga som anger en period, i titeln i iop.yaml eller i sin text, ska ange överenskommelsens avtalstid eller en av finansieringens perioder, på samma sätt som `avtal/period` kräver för avtalstexten.',
      'En bilaga som gäller en egen period, t.ex. en insats som en ny part ansluter till senare, anger perioden i sitt front matter (`start:` och `slut:` mellan `---`-rader överst i filen); då godtas även den perioden i bilagan och i dess titel.',
    ].join('\n\n'),
    examples: {
      passing: 'bilagor:\n  - { nummer: 1, titel: Arbets- och uppföljningsplan fr.o.m. 2024-03-01 t.o.m. 2025-03-31 }',
      failing: 'bilagor:\n  - { nummer: 1, titel: Arbets- och uppföljningsplan fr.o.m. 2024-01-01 t.o.m. 2025-03-31 }  # avtalstiden börjar 2024-03-01',
    },
    needs: ['avtalstid/ordning'],
    messages: {
      start: 'Bilagan anger en period som börjar {datum}, men avtalstiden börjar {start}.',
      slut: 'Bilagan anger en period som slutar {datum}, men avtalstiden slutar {slut}.',
      avtalstidStart: 'Avtalstiden börjar {start} enligt överenskommelsen.',
      avtalstidSlut: 'Avtalstiden slutar {slut} enligt överenskommelsen.',
    },
  },
  check(context) {
    const { arende, data } = context;
    const byFile = new Map(arende.bilagor.map((source) => [source.file, source]));
    const extras = new Map<ProseSegment, { start?: string; slut?: string }[]>();
    const segments: ProseSegment[] = [];
    (data.bilagor ?? []).forEach((bilaga, index) => {
      const source = bilaga.fil ? byFile.get(join(arende.dir, bilaga.fil)) : undefined;
      for (const segment of dataSegments(arende, [`/bilagor/${index}/titel`])) {
        extras.set(segment, ownPeriod(source));
        segments.push(segment);
      }
    });
    for (const source of arende.bilagor) {
      const segment = markdownSegment(source);
      extras.set(segment, ownPeriod(source));
      segments.push(segment);
    }
    checkTermFacts(context, segments, (segment) => extras.get(segment) ?? []);
  },
};

