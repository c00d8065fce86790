// Loads a located problem with the loader for its format. Every format ends in the same
// Problem model, so nothing past this point knows which one the problem was written in.

import { loadKattisProblem } from './kattis/load-kattis.js';
import { loadNativeProblem } from './load-native.js';
import type { LocatedProblem } from './locate.js';
import type { Problem } from './model.js';
import { loadOjToolsProblem } from './oj-tools.js';
import { withTimeLimit } from './time-limit.js';

export interface LoadOptions {
  /** --time-limit: wins over every limit the problem gives, and over deriving one. */
  timeLimitMs?: number | undefined;
}

export async function loadProblem(located: LocatedProblem, options: LoadOptions = {}): Promise<Problem> {
  const problem = await loadFormat(located, options);
  return options.timeLimitMs === undefined ? problem : withTimeLimit(problem, options.timeLimitMs);
}

function loadFormat(located: LocatedProblem, options: LoadOptions): Promise<Problem> {
  switch (located.format) {
    case 'native':
      return loadNativeProblem(located.path);
    case 'kattis':
      return loadKattisProblem(located.dir, options);
    case 'oj-tools':
      return loadOjToolsProblem(located.dir);
    default:
      return unknownFormat(located);
  }
}

// Adding a format to LocatedProblem without a case above fails to compile here.
function unknownFormat(located: never): never {
  throw new Error(`no loader for problem format ${JSON.stringify(located)}`);
}
