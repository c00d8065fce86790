// Loads a located problem with the loader for its format. Every format ends in the same
// Problem model, so nothing past this point knows which one the problem was written in.

import { loadNativeProblem } from './load-native.js';
import type { LocatedProblem } from './locate.js';
import type { Problem } from './model.js';

export async function loadProblem(located: LocatedProblem): Promise<Problem> {
  switch (located.format) {
    case 'native':
      return loadNativeProblem(located.path);
    default:
      return unknownFormat(located.format);
  }
}

// Adding a format to LocatedProblem without a case above fails to compile here.
function unknownFormat(format: never): never {
  throw new Error(`no loader for problem format ${String(format)}`);
}
