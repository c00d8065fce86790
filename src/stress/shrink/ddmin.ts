// Delta debugging (Zeller's ddmin), the removal half: split the units into n chunks and
// try the input without each chunk; keep the first that still fails and coarsen, or
// refine the split until chunks are single units. Written as a generator so the caller
// decides how candidates are tested (in parallel boxes) and this stays pure.

/** Yields a batch of candidates; gets back the index of the first that still fails, or null. */
export type CandidateSearch<R> = Generator<readonly string[], R, number | null>;

/** The units, without chunks of them that the caller's test says are not needed. */
export function* ddmin<T>(start: readonly T[], render: (units: readonly T[]) => string): CandidateSearch<readonly T[]> {
  let units = start;
  let chunks = 2;
  while (units.length >= 2) {
    const parts = split(units, Math.min(chunks, units.length));
    const complements = parts.map((_, skipped) => parts.flatMap((part, index) => (index === skipped ? [] : part)));
    const picked = yield complements.map(render);
    if (picked !== null) {
      units = complements[picked]!;
      chunks = Math.max(chunks - 1, 2);
      continue;
    }
    if (chunks >= units.length) break;
    chunks = Math.min(units.length, chunks * 2);
  }
  return units;
}

/** `count` chunks as even as can be, in order. */
export function split<T>(units: readonly T[], count: number): T[][] {
  const parts: T[][] = [];
  let start = 0;
  for (let part = 0; part < count; part++) {
    const end = Math.round(((part + 1) * units.length) / count);
    parts.push(units.slice(start, end));
    start = end;
  }
  return parts.filter((part) => part.length > 0);
}
