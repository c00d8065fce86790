import { describe, expect, it } from 'vitest';
import { gradeProblem, jsonReport, programItem, storedJudged } from '../../grade/__fixtures__/grade-data.js';
import type { GradeItem, StoredResult } from '../../grade/model.js';
import { buildGradeResults } from '../../grade/results.js';
import { fractionOfTestsPassed } from '../../grade/scoring.js';
import { exitCodeFor } from '../exit-codes.js';
import { gradeOutcome } from './grade.js';

/** What the command exits with: the outcome through the one exit-code mapping. */
const gradeExitCode = (...args: Parameters<typeof gradeOutcome>) => exitCodeFor(gradeOutcome(...args));

function results(stored: Record<string, StoredResult['outcome'] | undefined>) {
  const items: GradeItem[] = Object.keys(stored).map((student, index) => programItem(student, { key: String(index).repeat(64) }));
  const byKey = new Map<string, StoredResult>();
  items.forEach((item) => {
    const outcome = stored[item.student];
    if (outcome && item.kind === 'program') byKey.set(item.key, { ...storedJudged(item, jsonReport(['AC', 'AC', 'AC'])), outcome });
  });
  return buildGradeResults({ title: 'Sum', problems: [gradeProblem()], items, lookup: (key) => byKey.get(key), scoreModel: fractionOfTestsPassed });
}

const judged = (verdicts: Parameters<typeof jsonReport>[0]): StoredResult['outcome'] => ({ kind: 'judged', report: jsonReport(verdicts), limits: { timeMs: 1, memoryBytes: 1 }, testCount: 3 });

describe('gradeExitCode', () => {
  it('is 0 when the run completed, whatever the verdicts, without --min-score', () => {
    expect(gradeExitCode(results({ a: judged(['AC', 'AC', 'AC']), b: judged(['WA', 'WA', 'WA']) }), undefined)).toBe(0);
  });

  it('is 1 when a student is below --min-score', () => {
    const class_ = results({ a: judged(['AC', 'AC', 'AC']), b: judged(['AC', 'WA', 'WA']) });
    expect(gradeExitCode(class_, { kind: 'percent', value: 50 })).toBe(1);
    expect(gradeExitCode(class_, { kind: 'points', value: 0.3 })).toBe(0);
  });

  it('is 3 when a result is unknown: a judge error, or not graded yet', () => {
    expect(gradeExitCode(results({ a: judged(['AC', 'JE', 'AC']) }), undefined)).toBe(3);
    expect(gradeExitCode(results({ a: { kind: 'judge-failed', message: 'x' } }), { kind: 'points', value: 0 })).toBe(3);
    expect(gradeExitCode(results({ a: undefined }), undefined)).toBe(3);
  });
});
