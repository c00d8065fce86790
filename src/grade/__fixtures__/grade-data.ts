// Test builders for grading: a tiny Problem, stored results and GradeItems, so the store,
// loop and report tests read as data.

import type { Language } from '../../languages/language.js';
import { languages } from '../../languages/registry.js';
import type { Problem } from '../../problem/model.js';
import type { JsonReport, JsonTest } from '../../judge/judge-json.js';
import type { GradeItem, GradeProblem, StoredResult } from '../model.js';

export function testProblem(testNames: readonly string[] = ['sample-1', 'small', 'large']): Problem {
  return {
    name: 'Sum',
    dir: '/nowhere/sum',
    sourceFile: '/nowhere/sum/problem.yaml',
    format: 'native',
    limits: { timeMs: 1000, wallTimeMs: 2000, memoryBytes: 64 << 20, outputBytes: 1 << 20, pidsLimit: 16 },
    timeLimitSource: { kind: 'given' },
    checker: { type: 'tokens' },
    interactor: null,
    inputValidators: [],
    submissionsDir: null,
    tests: testNames.map((name) => ({
      name,
      input: { kind: 'inline', content: '1\n' },
      answer: { kind: 'inline', content: '1\n' },
      sample: name.startsWith('sample'),
      checkerFlags: [],
      inputValidatorFlags: [],
    })),
  } as unknown as Problem;
}

export function gradeProblem(id = 'sum', points = 1, tests?: readonly string[]): GradeProblem {
  return { id, problem: testProblem(tests), points, fingerprint: `fp-${id}` };
}

export const cpp: Language = languages.byName.get('cpp')!;
export const python: Language = languages.byName.get('python')!;

export function programItem(student: string, options: { problemId?: string; key?: string; normalizedHash?: string; language?: Language } = {}): GradeItem {
  return {
    kind: 'program',
    student,
    problemId: options.problemId ?? 'sum',
    path: `${student}.cpp`,
    language: options.language ?? cpp,
    source: Buffer.from(`// ${student}\n`),
    key: options.key ?? `${student.padEnd(64, '0').slice(0, 64).replace(/[^0-9a-f]/g, 'a')}`,
    normalizedHash: options.normalizedHash ?? `hash-${student}`,
  };
}

export function jsonTest(name: string, verdict: JsonTest['verdict'], timeMs = 10): JsonTest {
  return { name, verdict, timeMs, wallMs: timeMs + 5, memoryBytes: 1 << 20, exitCode: verdict === 'RE' ? 1 : 0, signal: null, detail: verdict === 'AC' ? '' : `${verdict} here`, sample: name.startsWith('sample') };
}

export function jsonReport(verdicts: readonly JsonTest['verdict'][], names: readonly string[] = ['sample-1', 'small', 'large']): JsonReport {
  const tests = verdicts.map((verdict, index) => jsonTest(names[index]!, verdict));
  const verdict = tests.find((test) => test.verdict !== 'AC')?.verdict ?? 'AC';
  return { verdict, problem: 'Sum', language: 'C++17 (g++)', solution: 'x.cpp', compile: { ok: true, message: '', timeMs: 100, cached: false }, tests, totalMs: 300 };
}

export function storedJudged(item: GradeItem, report: JsonReport): StoredResult {
  if (item.kind !== 'program') throw new Error('storedJudged needs a program item');
  return {
    key: item.key,
    student: item.student,
    problem: item.problemId,
    path: item.path,
    language: item.language.id,
    letscodeVersion: '0.1.0',
    gradedAt: '2024-01-01T00:00:00.000Z',
    outcome: { kind: 'judged', report, limits: { timeMs: 1000, memoryBytes: 64 << 20 }, testCount: 3 },
  };
}
