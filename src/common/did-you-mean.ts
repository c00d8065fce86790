// "did you mean time_limit?" for a mistyped field or checker name.

/**
 * The known word `typed` abbreviates ("abs_tolerance" for "absolute_tolerance"), or else
 * the known word closest to it if that is a plausible typo: at most a third of the
 * typed length in edits (at least 1, at most 3), ignoring case.
 */
export function closestMatch(typed: string, known: readonly string[]): string | undefined {
  return known.find((word) => isAbbreviation(typed, word)) ?? closestByEdits(typed, known);
}

function closestByEdits(typed: string, known: readonly string[]): string | undefined {
  const maxDistance = Math.min(3, Math.max(1, Math.floor(typed.length / 3)));
  let best: { word: string; distance: number } | undefined;
  for (const word of known) {
    const distance = editDistance(typed.toLowerCase(), word.toLowerCase());
    if (distance <= maxDistance && (best === undefined || distance < best.distance)) {
      best = { word, distance };
    }
  }
  return best?.word;
}

/** Each "_"-separated part of `typed` starts the matching part of `word`: "mem_limit", "memory_limit". */
function isAbbreviation(typed: string, word: string): boolean {
  const typedParts = typed.toLowerCase().split('_');
  const wordParts = word.toLowerCase().split('_');
  return typedParts.length === wordParts.length
    && typedParts.every((part, i) => part.length > 0 && (wordParts[i] ?? '').startsWith(part));
}

/** "did you mean X?" or, when nothing is close, the list of what is allowed. */
export function suggestionFor(typed: string, known: readonly string[]): string {
  const match = closestMatch(typed, known);
  return match ? `did you mean ${match}?` : `expected one of: ${known.join(', ')}`;
}

// Optimal string alignment distance: Levenshtein plus swapping two neighbours, the most
// common typo ("tiem_limit").
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, at(i - 2, j - 2) + 1);
      }
      row[j] = distance;
    }
  }
  return at(a.length, b.length);
}
