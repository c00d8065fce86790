// Loads an online-judge-tools folder (`oj download` writes test/sample-1.in,
// test/sample-1.out, ...) into the Problem model. Every NAME.in/NAME.out pair in test/
// counts, in natural order, so cases added by hand next to the samples run too; those whose
// names start with "sample" are samples.
//
// oj compares outputs exactly except for CRLF line ends. The closest built-in checker is
// `lines`, which also ignores CRLF, and additionally forgives trailing spaces on a line and
// blank lines at the very end: a little more lenient than oj, never stricter.

import { basename, join, resolve } from 'node:path';
import { testsOnlyProblem, type Problem } from './model.js';
import { scanTestsFolder } from './tests-folder.js';

/** oj sets no time limit of its own; the samples of a typical task run well within 2 s. */
export const OJ_TOOLS_TIME_LIMIT_MS = 2000;

export async function loadOjToolsProblem(folder: string): Promise<Problem> {
  const dir = resolve(folder);
  const testDir = join(dir, 'test');
  const pairs = await scanTestsFolder(testDir);
  return testsOnlyProblem({
    name: basename(dir),
    dir,
    sourceFile: testDir,
    format: 'oj-tools',
    timeMs: OJ_TOOLS_TIME_LIMIT_MS,
    checker: { name: 'lines' },
    tests: pairs.map((pair) => ({
      name: pair.name,
      input: { kind: 'file', path: pair.inputPath },
      answer: { kind: 'file', path: pair.answerPath },
      sample: pair.name.startsWith('sample'),
      checkerFlags: [],
      inputValidatorFlags: [],
    })),
  });
}
