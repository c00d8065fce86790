// Drives a candidate search with a synchronous test, candidate by candidate: for unit
// tests of the pure search and anything else that needs no boxes.

import type { CandidateSearch } from './ddmin.js';

export function runSearch<R>(search: CandidateSearch<R>, stillFails: (candidate: string) => boolean): { result: R; tried: number } {
  let tried = 0;
  let step = search.next();
  while (!step.done) {
    let picked: number | null = null;
    for (const [index, candidate] of step.value.entries()) {
      tried++;
      if (stillFails(candidate)) {
        picked = index;
        break;
      }
    }
    step = search.next(picked);
  }
  return { result: step.value, tried };
}
