// The whole shrink, as one pure search: delta debugging over lines (or over the counted
// items), then over tokens, then each number towards 0, repeated while it still gains.
// It yields batches of candidate inputs and learns which one still fails; running them is
// the caller's business (stress/shrink-run.ts runs them in parallel boxes).
//
// Which edits are tried depends on what keeps the input well-formed:
// - a counted first line ("n", then n lines or n tokens) is kept consistent: removing an
//   item decrements the count, and the count itself is never shrunk as a number;
// - with an input validator (`validated`), candidates it rejects never count, so free
//   edits (any line, any token, the header's numbers) are tried too;
// - without one, only those structural edits and the numbers of the items (of every line
//   after the first, for an input the shape of which is not recognised) are tried.

import { ddmin, type CandidateSearch } from './ddmin.js';
import { parseDoc, renderDoc, withItems, type Doc } from './input-shape.js';
import { isInteger, ladder, magnitudeOf } from './number-ladder.js';

export interface ShrinkOptions {
  /** An input validator filters the candidates: free edits are allowed. */
  validated: boolean;
}

/** Rounds of all passes; a round that gains nothing ends the search earlier. */
const MAX_ROUNDS = 4;

/** Yields batches of candidates, returns the smallest input that still failed. */
export function* shrinkSearch(input: string, options: ShrinkOptions): CandidateSearch<string> {
  let doc = parseDoc(input);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = renderDoc(doc);
    doc = yield* removalPasses(doc, options);
    doc = yield* numbersPass(doc, options);
    if (renderDoc(doc) === before) break;
  }
  return renderDoc(doc);
}

function* removalPasses(start: Doc, options: ShrinkOptions): CandidateSearch<Doc> {
  let doc = start;
  if (doc.shape.kind === 'counted-lines') {
    const items = yield* ddmin(doc.lines.slice(1), (kept) => renderDoc(withItems(doc, kept)));
    doc = withItems(doc, items);
  } else if (doc.shape.kind === 'counted-tokens') {
    const items = yield* ddmin(doc.lines[1] ?? [], (kept) => renderDoc(withItems(doc, kept)));
    doc = withItems(doc, items);
  }
  if (!options.validated || doc.shape.kind !== 'plain') return doc;
  // Free edits: whole lines, then single tokens (a line left with none goes).
  const lines = yield* ddmin(doc.lines, (kept) => renderDoc({ ...doc, lines: kept }));
  doc = { ...doc, lines };
  const positions = doc.lines.flatMap((tokens, line) => tokens.map((token) => ({ line, token })));
  const regroup = (kept: readonly { line: number; token: string }[]) => {
    const grouped: string[][] = doc.lines.map(() => []);
    for (const { line, token } of kept) grouped[line]!.push(token);
    return grouped.filter((tokens) => tokens.length > 0);
  };
  const tokens = yield* ddmin(positions, (kept) => renderDoc({ ...doc, lines: regroup(kept) }));
  return { ...doc, lines: regroup(tokens) };
}

/** Every number that may be shrunk, as [line, column]. */
export function shrinkableNumbers(doc: Doc, options: ShrinkOptions): [number, number][] {
  const header = doc.lines.length > 1 || doc.shape.kind !== 'plain';
  return doc.lines.flatMap((tokens, line) =>
    tokens.flatMap((token, column): [number, number][] => {
      if (!isInteger(token)) return [];
      if (line === 0 && header) {
        if (doc.shape.kind !== 'plain' && column === doc.shape.countAt) return [];
        if (!options.validated) return [];
      }
      return [[line, column]];
    }),
  );
}

function* numbersPass(start: Doc, options: ShrinkOptions): CandidateSearch<Doc> {
  let doc = start;
  for (const [line, column] of shrinkableNumbers(doc, options)) {
    const { magnitude, write } = magnitudeOf(doc.lines[line]![column]!);
    const at = (value: bigint): Doc => ({
      ...doc,
      lines: doc.lines.map((tokens, index) => (index === line ? tokens.map((token, col) => (col === column ? write(value) : token)) : tokens)),
    });
    let failing = magnitude;
    let below = -1n;
    for (let values = ladder(below, failing); values.length > 0; values = ladder(below, failing)) {
      const picked = yield values.map((value) => renderDoc(at(value)));
      if (picked === null) {
        below = values[values.length - 1]!;
      } else {
        failing = values[picked]!;
        below = picked > 0 ? values[picked - 1]! : below;
      }
    }
    doc = at(failing);
  }
  return doc;
}
