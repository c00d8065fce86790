// Natural order for test names: runs of digits compare as numbers, so "2" comes before
// "10" and "test-9" before "test-10", the order a problem setter numbered them in.

/** Negative when `a` sorts first, positive when `b` does, 0 only for identical strings. */
export function compareNatural(a: string, b: string): number {
  const chunksA = splitDigitRuns(a);
  const chunksB = splitDigitRuns(b);
  const sharedLength = Math.min(chunksA.length, chunksB.length);
  for (let i = 0; i < sharedLength; i++) {
    const chunkA = chunksA[i] ?? '';
    const chunkB = chunksB[i] ?? '';
    const order = isDigitRun(chunkA) && isDigitRun(chunkB)
      ? compareDigitRuns(chunkA, chunkB)
      : compareCodeUnits(chunkA.toLowerCase(), chunkB.toLowerCase());
    if (order !== 0) return order;
  }
  // Equal so far ("a" vs "a1", or "01" vs "1", or "A" vs "a"): shorter first, then a
  // plain comparison so the order is total and does not depend on the input order.
  return chunksA.length - chunksB.length || compareCodeUnits(a, b);
}

/** A sorted copy of `names` in natural order. */
export function sortNatural(names: readonly string[]): string[] {
  return [...names].sort(compareNatural);
}

function splitDigitRuns(text: string): string[] {
  return text.match(/\d+|\D+/g) ?? [];
}

function isDigitRun(chunk: string): boolean {
  return chunk.charCodeAt(0) >= 48 && chunk.charCodeAt(0) <= 57;
}

// Compared as text after dropping leading zeros, so numbers of any length work
// (no precision loss past 2^53).
function compareDigitRuns(a: string, b: string): number {
  const digitsA = a.replace(/^0+(?=\d)/, '');
  const digitsB = b.replace(/^0+(?=\d)/, '');
  return digitsA.length - digitsB.length || compareCodeUnits(digitsA, digitsB);
}

function compareCodeUnits(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
