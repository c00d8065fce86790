// The one model every report is built from: per student, one row per problem, joining
// what was read from disk with what the store holds for it. Sorted by student id and in
// the problems' order, so reports do not depend on the order submissions finished in.

import type { JsonTest } from '../judge/judge-json.js';
import { compareIds, findIdenticalSubmissions, identicalKey } from './duplicates.js';
import type { GradeItem, GradeProblem, GradeVerdict, StoredResult } from './model.js';
import { passedTests, roundScore, type Score, type ScoreModel } from './scoring.js';

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
  /** Group names in test order, each once. */
  groups: string[];
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
  return { id: problem.id, name: problem.problem.name, points: problem.points, tests, groups: [...new Set(tests.map((test) => test.group))] };
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
  const { score, maxScore } = options.scoreModel(report, { points: problem.points, testCount: total });
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
