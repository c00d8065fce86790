// The one model every report is built from: per student, one row per problem, joining
// what was read from disk with what the store holds for it. Sorted by student id and in
// the problems' order, so reports do not depend on the order submissions finished in.

import type { JsonGroup, JsonTest } from '../judge/judge-json.js';
import { groupsOf } from '../problem/scoring/model.js';
import { compareIds, findIdenticalSubmissions, identicalKey } from './duplicates.js';
import type { GradeItem, GradeProblem, GradeVerdict, StoredResult } from './model.js';
import { passedTests, roundScore, scoreModelFor, type Score, type ScoreModel } from './scoring.js';

export interface TestColumn {
  name: string;
  /** "sample", "secret", or a Kattis group such as "secret/group1". */
  group: string;
}

export interface ProblemColumns {
  id: string;
  name: string;
  points: number;
  tests: TestColumn[];
  /**
   * Group names, each once: a pass-fail problem's test folders in test order (its columns
   * count the tests passed), a scoring problem's scored groups (its columns hold their scores).
   */
  groups: string[];
  groupColumns: 'tests-passed' | 'score';
}

export interface GradeRow {
  student: string;
  problemId: string;
  path: string;
  /** Language id (cpp, python...); null when the submission was not a program. */
  language: string | null;
  verdict: GradeVerdict;
  /** Why, in one line: the first failing test, the compiler's first line, the reason it was not judged. */
  detail: string;
  score: number;
  maxScore: number;
  passed: number;
  total: number;
  tests: JsonTest[];
  /** Scoring problems, judged rows: each group's score, as the judge report has it (the problem's points, not scaled). */
  groups?: JsonGroup[];
  maxTimeMs: number | null;
  timeLimitMs: number | null;
  /** Other students whose submission for this problem is the same (comments and whitespace aside). */
  identicalTo: readonly string[];
}

export interface StudentResult extends Score {
  id: string;
  /** One per problem, in the problems' order. */
  rows: GradeRow[];
}

export interface GradeResults {
  /** The problem's name, or the assignment's. */
  title: string;
  problems: ProblemColumns[];
  students: StudentResult[];
}

export function testGroupOf(name: string, sample: boolean): string {
  const slash = name.lastIndexOf('/');
  if (slash > 0) return name.slice(0, slash);
  return sample ? 'sample' : 'secret';
}

export function problemColumns(problem: GradeProblem): ProblemColumns {
  const tests = problem.problem.tests.map((test) => ({ name: test.name, group: testGroupOf(test.name, test.sample) }));
  const { scoring } = problem.problem;
  const base = { id: problem.id, name: problem.problem.name, points: problem.points, tests };
  if (scoring) return { ...base, groups: groupsOf(scoring.root).filter((group) => group.reported).map((group) => group.name), groupColumns: 'score' };
  return { ...base, groups: [...new Set(tests.map((test) => test.group))], groupColumns: 'tests-passed' };
}

export interface BuildOptions {
  title: string;
  problems: readonly GradeProblem[];
  items: readonly GradeItem[];
  lookup: (key: string) => StoredResult | undefined;
  scoreModel: ScoreModel;
}

export function buildGradeResults(options: BuildOptions): GradeResults {
  const identical = findIdenticalSubmissions(options.items);
  const byStudent = new Map<string, GradeItem[]>();
  for (const item of options.items) byStudent.set(item.student, [...(byStudent.get(item.student) ?? []), item]);
  const students = [...byStudent.keys()].sort(compareIds).map((id): StudentResult => {
    const rows = options.problems.flatMap((problem) => {
      const item = byStudent.get(id)!.find((each) => each.problemId === problem.id);
      return item ? [rowFor(item, problem, options, identical.get(identicalKey(problem.id, id)) ?? [])] : [];
    });
    const score = roundScore(rows.reduce((sum, row) => sum + row.score, 0));
    return { id, rows, score, maxScore: roundScore(rows.reduce((sum, row) => sum + row.maxScore, 0)) };
  });
  return { title: options.title, problems: options.problems.map(problemColumns), students };
}

function rowFor(item: GradeItem, problem: GradeProblem, options: BuildOptions, identicalTo: readonly string[]): GradeRow {
  const total = problem.problem.tests.length;
  const base = { student: item.student, problemId: item.problemId, path: item.path, score: 0, maxScore: problem.points, passed: 0, total, tests: [], maxTimeMs: null, timeLimitMs: null, identicalTo };
  if (item.kind === 'rejected') return { ...base, language: null, verdict: item.verdict, detail: item.detail };
  const language = item.language.id;
  const stored = options.lookup(item.key);
  if (!stored) return { ...base, language, verdict: 'NOT_GRADED', detail: 'not judged yet: run letscode grade again to judge it' };
  const { outcome } = stored;
  if (outcome.kind === 'refused') return { ...base, language, verdict: 'NOT_A_PROGRAM', detail: outcome.message };
  if (outcome.kind === 'judge-failed') return { ...base, language, verdict: 'JE', detail: outcome.message };
  const { report, limits } = outcome;
  const { score, maxScore } = scoreModelFor(problem.problem, options.scoreModel)(report, { points: problem.points, testCount: total });
  const times = report.tests.map((test) => test.timeMs);
  return {
    ...base,
    language,
    verdict: report.verdict,
    detail: judgedDetail(report),
    score,
    maxScore,
    passed: passedTests(report),
    tests: report.tests,
    ...(report.groups ? { groups: report.groups } : {}),
    maxTimeMs: times.length > 0 ? Math.max(...times) : null,
    timeLimitMs: limits.timeMs,
  };
}

function judgedDetail(report: StoredJudged['report']): string {
  if (report.verdict === 'CE') return firstLine(report.compile.message) || 'compilation failed';
  const failed = report.tests.find((test) => test.verdict === report.verdict && test.verdict !== 'AC');
  if (!failed) return '';
  return `test ${failed.name}${failed.detail ? `: ${firstLine(failed.detail)}` : ''}`;
}

type StoredJudged = Extract<StoredResult['outcome'], { kind: 'judged' }>;

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}
