// text/block and text/block-utan-uppgifter: the markers `{{> NAME}}` that place generated blocks in
// avtal.md name a block, place each once, and do not place one the agreement writes itself.
import { basename } from 'node:path';
import { BLOCKS, blockHasData, isBlockName, ownTextBlocks } from '../../data/blocks.js';
import { positionAt } from '../../load/positions.js';
import type { ValidArende } from '../../model.js';
import { closestMatch } from '../../schema/suggest.js';
import { formatLista } from '../../text/format.js';
import { markdownSegment, templateExpressions } from '../support/prose.js';
import type { Place, Rule } from '../types.js';

interface Marker {
  name: string;
  at: Place;
  /** The Markdown file it stands in. */
  file: string;
}

function markers(arende: ValidArende): Marker[] {
  const out: Marker[] = [];
  for (const source of [arende.avtal, arende.tjansteutlatande, ...arende.bilagor]) {
    if (!source) continue;
    const segment = markdownSegment(source);
    for (const expression of templateExpressions(segment)) {
      if (expression.block !== '>' || expression.unterminated) continue;
      const name = expression.tokens[0]?.value ?? '';
      out.push({ name, at: segment.place(expression.offset, expression.length), file: basename(source.file) });
    }
  }
  return out;
}

const LIST = formatLista(BLOCKS.map((name) => `"${name}"`));

export const textBlock: Rule = {
  meta: {
    id: 'text/block',
    severity: 'error',
    description: 'Markörerna {{> NAMN}} i avtal.md placerar kända block, vart och ett en gång, och inget block som avtalet skriver med egna ord.',
    explanation: [
      `En rad med bara \`{{> finansiering}}\` i avtal.md sätter det skapade blocket just där. Blocken är ${LIST}. Ett block som inte placeras hamnar på sin standardplats: parterna först, de övriga i egna avsnitt efter texten och före underskrifterna.`,
      'Regeln underkänner en markör med ett okänt namn, ett block som placeras två gånger (det skrivs bara ut första gången), en markör för ett block som står i `egen_text` (avtalet skriver det med egna ord, så iop skriver inte ut det) och en markör i tjänsteutlåtandet eller en bilaga (blocken hör till avtalet).',
    ].join('\n\n'),
    examples: {
      passing: '## Finansiering\n\nParterna bidrar enligt tabellen.\n\n{{> finansiering}}',
      failing: '## Finansiering\n\n{{> finansiering}}\n\n## Ekonomi\n\n{{> finansiering}}',
    },
    messages: {
      okänt: '"{namn}" är inget block. Block som kan placeras är {block}.',
      okäntFörslag: '"{namn}" är inget block. Menade du "{förslag}"?',
      tvåGånger: 'Blocket "{namn}" är redan placerat på rad {rad}. Det skrivs bara ut där; ta bort den ena markören.',
      förstaPlatsen: 'Här är blocket "{namn}" placerat först.',
      egenText: 'Blocket "{namn}" står i egen_text: avtalet skriver det med egna ord, så markören skriver inte ut något. Ta bort markören eller ta bort "{namn}" ur egen_text.',
      felFil: 'Blocket "{namn}" kan bara placeras i avtal.md, inte i {fil}.',
    },
  },
  check({ arende, data, report }) {
    const own = ownTextBlocks(data);
    const first = new Map<string, Marker>();
    for (const marker of markers(arende)) {
      const { name } = marker;
      if (!isBlockName(name)) {
        const suggestion = closestMatch(name, [...BLOCKS]);
        report(suggestion ? { messageId: 'okäntFörslag', values: { namn: name, förslag: suggestion }, at: marker.at } : { messageId: 'okänt', values: { namn: name, block: LIST }, at: marker.at });
      } else if (marker.file !== 'avtal.md') {
        report({ messageId: 'felFil', values: { namn: name, fil: marker.file }, at: marker.at });
      } else if (own.has(name)) {
        report({ messageId: 'egenText', values: { namn: name }, at: marker.at });
      } else if (first.has(name)) {
        const earlier = first.get(name)!;
        report({ messageId: 'tvåGånger', values: { namn: name, rad: lineOf(earlier.at) }, at: marker.at, related: [{ at: earlier.at, messageId: 'förstaPlatsen', values: { namn: name } }] });
      } else first.set(name, marker);
    }
  },
};

export const textBlockUtanUppgifter: Rule = {
  meta: {
    id: 'text/block-utan-uppgifter',
    severity: 'warning',
    description: 'Ett block som placeras med {{> NAMN}} har uppgifter i iop.yaml att skriva ut.',
    explanation: 'Ett block skrivs bara ut när iop.yaml anger något för det: `{{> fakturering}}` utan `fakturering` skriver ingenting, och avsnittet kan då sakna det som läsaren väntar sig. Fyll i uppgifterna eller ta bort markören.',
    examples: {
      passing: 'fakturering:\n  betalningsvillkor: 30\n# avtal.md: {{> fakturering}}',
      failing: '# ingen fakturering i iop.yaml\n# avtal.md: {{> fakturering}}',
    },
    messages: {
      utanUppgifter: 'Blocket "{namn}" har inga uppgifter i iop.yaml och skriver inte ut något här.',
    },
  },
  check({ arende, data, report }) {
    const own = ownTextBlocks(data);
    for (const marker of markers(arende)) {
      if (marker.file === 'avtal.md' && isBlockName(marker.name) && !own.has(marker.name) && !blockHasData(data, marker.name)) {
        report({ messageId: 'utanUppgifter', values: { namn: marker.name }, at: marker.at });
      }
    }
  },
};

function lineOf(place: Place): number {
  return 'file' in place ? positionAt(place.file.lineStarts, place.offset).line : 0;
}
