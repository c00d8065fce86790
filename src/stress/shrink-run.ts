// Runs the pure shrink search (shrink/shrinker.ts) on the rig: each batch of candidates
// is tried a slot-width at a time in parallel boxes (two per slot, queued), and the first
// candidate in batch order that still fails the same way wins, so the result does not
// depend on which box answered first. A candidate counts only when the brute force
// handles it, the solution gets the same verdict, and (when the problem has one) the input
// validator accepts it.

import { plural } from '../common/format-units.js';
import type { JudgedInput } from '../judge/run-tests.js';
import type { TestResult } from '../judge/judge-report.js';
import type { StressSink } from './events.js';
import type { InputValidators } from './input-validation.js';
import type { ShrinkResult } from './outcome.js';
import type { Rig } from './rig.js';
import { shrinkSearch } from './shrink/shrinker.js';
import { judgeCase } from './steps.js';

/** Candidates tried at most: a shrink should take seconds to a minute, not hours. */
export const MAX_SHRINK_CANDIDATES = 5000;

export interface ShrinkStart {
  input: Buffer;
  result: TestResult;
  expected: string | null;
  test: JudgedInput['test'];
}

export async function shrinkFailure(rig: Rig, start: ShrinkStart, validators: InputValidators | null, emit: StressSink): Promise<ShrinkResult> {
  const text = start.input.toString('utf8');
  const unshrunk = (note: string): ShrinkResult => ({ input: text, result: start.result, expected: start.expected, tried: 0, validated: validators !== null, note });
  if (!Buffer.from(text, 'utf8').equals(start.input)) return unshrunk('the input is not UTF-8 text: not shrunk');

  let best = { input: text, result: start.result, expected: start.expected };
  let tried = 0;
  const width = rig.slots.length * (rig.interactive ? 1 : 2);
  const stillFails = async (candidate: string, index: number) => {
    const input = Buffer.from(candidate, 'utf8');
    if (validators && (await validators.check(input)).kind !== 'valid') return null;
    const outcome = await judgeCase(rig, rig.slots[index % rig.slots.length]!, input, start.test);
    return outcome.kind === 'failed' && outcome.result.verdict === start.result.verdict ? { input: candidate, result: outcome.result, expected: outcome.expected } : null;
  };

  const search = shrinkSearch(text, { validated: validators !== null });
  let step = search.next();
  while (!step.done && tried < MAX_SHRINK_CANDIDATES) {
    const candidates = step.value;
    let picked: number | null = null;
    for (let from = 0; from < candidates.length && picked === null && tried < MAX_SHRINK_CANDIDATES; from += width) {
      const chunk = candidates.slice(from, from + width);
      const results = await Promise.all(chunk.map(stillFails));
      tried += chunk.length;
      const first = results.findIndex((result) => result !== null);
      if (first >= 0) {
        picked = from + first;
        best = results[first]!;
      }
      emit({ type: 'shrink-progress', tried, inputBytes: Buffer.byteLength(best.input), inputLines: lineCount(best.input) });
    }
    step = search.next(picked);
  }
  const note = step.done ? null : `stopped after ${plural(MAX_SHRINK_CANDIDATES, 'candidate')}: the input may shrink further`;
  return { ...best, tried, validated: validators !== null, note };
}

function lineCount(text: string): number {
  return text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
