// A native problem.yaml's `groups:` and per-test `points:` as a scoring tree: each group
// is a batch worth its points when every one of its tests is accepted (DMOJ's batches), a
// test with its own points is a batch of one, and tests in neither score nothing (samples,
// usually). Globs are matched against the resolved test names here, so a mistake names the
// problem.yaml field it came from: a glob that matches no test, a test in two groups, a
// test with points inside a group.

import { ProblemFileError } from '../../errors.js';
import { globMatches } from '../submissions/glob.js';
import type { TestCase } from '../model.js';
import type { ListedGroup } from '../schema-groups.js';
import { FIRST_ERROR, type ScoreGroup, type ScoreTest, type ScoringSpec } from './model.js';

export interface NativeScoring {
  groups: readonly ListedGroup[] | null;
  /** Each listed test's own points, by position in `tests` (the folder form has none). */
  testPoints: readonly (number | undefined)[];
}

interface Batch {
  group: ScoreGroup;
  /** Where the batch's first test sits, to order batches as the tests are. */
  firstTest: number;
}

/** The tree, or undefined for a pass-fail problem (no groups, no points). */
export function nativeScoring(scoring: NativeScoring, tests: readonly TestCase[], sourceFile: string): ScoringSpec | undefined {
  const groups = scoring.groups ?? [];
  if (groups.length === 0 && scoring.testPoints.every((points) => points === undefined)) return undefined;
  const fail = (field: string, problem: string, fix: string): never => {
    throw new ProblemFileError(sourceFile, field, problem, fix);
  };

  const groupOfTest = new Map<number, number>();
  const batches: Batch[] = [];
  const names = new Map<string, string>();
  groups.forEach((listed, groupIndex) => {
    const name = listed.name ?? `group${groupIndex + 1}`;
    const earlier = names.get(name);
    if (earlier !== undefined) fail(`groups.${groupIndex}${listed.name === undefined ? '' : '.name'}`, `duplicate group name "${name}" (${earlier} has it too)`, 'give each group a different name');
    names.set(name, `groups.${groupIndex}`);
    const members = new Set<number>();
    listed.tests.forEach((pattern, patternIndex) => {
      const field = `groups.${groupIndex}.tests.${patternIndex}`;
      const matched = tests.flatMap((test, testIndex) => (globMatches(pattern, test.name) ? [testIndex] : []));
      if (matched.length === 0) fail(field, `"${pattern}" matches no test`, `test names are ${describeNames(tests)}`);
      for (const testIndex of matched) {
        const other = groupOfTest.get(testIndex);
        if (other !== undefined && other !== groupIndex) {
          fail(field, `"${pattern}" takes test ${tests[testIndex]!.name}, which is already in groups.${other}`, 'put each test in one group');
        }
        groupOfTest.set(testIndex, groupIndex);
        members.add(testIndex);
      }
    });
    const ordered = [...members].sort((a, b) => a - b);
    batches.push({ group: batch(name, listed.points, ordered.map((index) => tests[index]!.name)), firstTest: ordered[0]! });
  });

  scoring.testPoints.forEach((points, testIndex) => {
    if (points === undefined) return;
    const test = tests[testIndex]!;
    const inGroup = groupOfTest.get(testIndex);
    if (inGroup !== undefined) fail(`tests.${testIndex}.points`, `test ${test.name} is in groups.${inGroup}, which holds its points`, 'remove points here, or take the test out of the group');
    const clash = names.get(test.name);
    if (clash !== undefined) fail(`tests.${testIndex}.points`, `test ${test.name} with its own points is reported under its name, which ${clash} has too`, 'rename the group or the test');
    batches.push({ group: batch(test.name, points, [test.name]), firstTest: testIndex });
  });

  const maxScore = batches.reduce((sum, each) => sum + each.group.maxScore, 0);
  if (maxScore === 0) fail(groups.length > 0 ? 'groups' : 'tests', 'every group and test is worth 0 points', 'give some group (or test) points above 0, or remove the points to judge pass-fail');
  const root: ScoreGroup = {
    kind: 'group', name: '', reported: false, score: { kind: 'sum' }, verdict: FIRST_ERROR, onReject: 'continue', maxScore, requirePass: [],
    children: batches.sort((a, b) => a.firstTest - b.firstTest).map((each) => each.group),
  };
  return { format: 'native', root, rejectedScoresZero: false, unscoredTests: { kind: 'ignored' } };
}

function batch(name: string, points: number, testNames: readonly string[]): ScoreGroup {
  return {
    kind: 'group', name, reported: true, score: { kind: 'all-or-nothing', points }, verdict: FIRST_ERROR, onReject: 'continue', maxScore: points, requirePass: [],
    children: testNames.map(unscoredTest),
  };
}

/** A test whose score is its batch's: its own never counts. */
function unscoredTest(name: string): ScoreTest {
  return { kind: 'test', name, acceptScore: 0, rejectScore: 0, maxScore: 0, validatorScore: { kind: 'ignored' } };
}

function describeNames(tests: readonly TestCase[]): string {
  const shown = tests.slice(0, 3).map((test) => test.name).join(', ');
  return tests.length > 3 ? `${shown}, ...` : shown;
}
