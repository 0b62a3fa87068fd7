// Counts written in legal prose: "nio (9)", "nio", "9". Shared by the rules that compare a count in
// the text with the data.
import { NUMBER_WORD_SOURCE, parseNumberWord } from '../../text/number-words.js';

/** A count: word with digits in brackets, a word, or digits. Four capturing groups. */
export const COUNT_SOURCE = String.raw`(?:(${NUMBER_WORD_SOURCE})\s*\(\s*(\d{1,2})\s*\)|(${NUMBER_WORD_SOURCE})|(\d{1,2}))`;

export interface Count {
  value: number;
  /** Set when word and digits disagree ("fem (4)"): the word's value. */
  word?: number;
}

/** The count from the four groups of COUNT_SOURCE, starting at `groups[0]`. */
export function readCount(groups: ReadonlyArray<string | undefined>): Count | undefined {
  const [pairWord, pairDigits, word, digits] = groups;
  if (pairWord !== undefined && pairDigits !== undefined) {
    const fromWord = parseNumberWord(pairWord);
    const value = Number(pairDigits);
    return fromWord !== undefined && fromWord !== value ? { value, word: fromWord } : { value };
  }
  if (word !== undefined) {
    const value = parseNumberWord(word);
    return value === undefined ? undefined : { value };
  }
  return digits !== undefined ? { value: Number(digits) } : undefined;
}

