// "Menade du …?": the closest known word to a misspelt one.

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * Whether editDistance(a, b) is at most `limit`, found without the whole table: a length
 * difference above the limit, or a row of the table that is all above it, settles it.
 */
export function withinEditDistance(a: string, b: string, limit: number): boolean {
  return boundedEditDistance(a, b, limit) <= limit;
}

/** editDistance(a, b) when it is at most `limit`; otherwise some number above the limit. */
function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous: number[] = [];
  for (let j = 0; j <= b.length; j++) previous.push(j);
  let current: number[] = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let lowest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < lowest) lowest = value;
    }
    // Every later row is at least as high as the lowest value of this one.
    if (lowest > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** The candidate nearest to `word`, if it is near enough to be a plausible typo. */
export function closestMatch(word: string, candidates: string[]): string | undefined {
  const normalized = word.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  // The first candidate at the least distance, if that is within the limit: a candidate only
  // matters when it comes closer than the best so far, so each table stops above that.
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = boundedEditDistance(normalized, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
