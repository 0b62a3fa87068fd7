// Swedish number words as written in legal text ("fem (5) likalydande exemplar"), read back into numbers.

const ONES: Record<string, number> = {
  noll: 0, en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
  elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, aderton: 18, nitton: 19,
};

const TENS: Record<string, number> = { tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50 };

/** "fem" → 5, "tjugoett" → 21, "Två" → 2; undefined for anything else. */
export function parseNumberWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower in ONES) return ONES[lower];
  for (const [tens, value] of Object.entries(TENS)) {
    if (lower === tens) return value;
    if (lower.startsWith(tens)) {
      const ones = ONES[lower.slice(tens.length)];
      if (ones !== undefined && ones >= 1 && ones <= 9) return value + ones;
    }
  }
  return undefined;
}

/** A regular-expression source matching one number word (longest forms first). */
export const NUMBER_WORD_SOURCE = (() => {
  const ones = Object.keys(ONES).filter((w) => ONES[w]! >= 1 && ONES[w]! <= 9);
  const compound = Object.keys(TENS).map((tens) => `${tens}(?:${ones.join('|')})?`);
  const all = [...compound, ...Object.keys(ONES)].sort((a, b) => b.length - a.length);
  return `(?:${all.join('|')})`;
})();
