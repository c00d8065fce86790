// Verdicts and the results the judge produces. The verdict set is closed; precedence is
// data, not scattered ifs.

import { VERDICTS, type Verdict } from '../common/verdicts.js';
import type { CompileResult } from '../execution/compile-result.js';

export interface TestResult {
  /** 0-based position in the problem's test list. */
  index: number;
  name: string;
  sample: boolean;
  verdict: Verdict;
  /** One line saying why, e.g. "token 3: expected 6, got 7" or "killed by SIGSEGV". */
  detail: string;
  /** CPU time of the test's run (user + system, every process). */
  cpuMs: number;
  wallMs: number;
  memoryBytes: number;
  exitCode: number | null;
  signal: string | null;
  /**
   * What a Kattis output validator or interactor wrote to judgemessage.txt, when it wrote
   * anything (accepted runs included); submissions.yaml `message` rules look here.
   */
  judgeMessage?: string;
  /** Kept for wrong answers so reporters can show a diff; bounded in size. */
  expectedOutput?: string;
  actualOutput?: string;
  stderr: string;
}


export interface JudgeReport {
  verdict: Verdict;
  problem: string;
  language: string;
  solution: string;
  compile: CompileResult;
  tests: TestResult[];
  /** Wall time of the whole judge run. */
  totalMs: number;
}

/**
 * The submission's verdict: a judge error anywhere means no result can be trusted; a
 * compile error means nothing ran; otherwise the first failing test (in test order) decides.
 */
export function overallVerdict(compile: CompileResult, tests: readonly TestResult[]): Verdict {
  if (tests.some((t) => t.verdict === 'JE')) return 'JE';
  if (!compile.ok) return 'CE';
  return tests.find((t) => t.verdict !== 'AC')?.verdict ?? 'AC';
}

/** How many tests got each verdict, in verdict order; a compile error counts once as CE. */
export function verdictCounts(report: JudgeReport): Map<Verdict, number> {
  const counts = new Map<Verdict, number>();
  if (report.verdict === 'CE') return counts.set('CE', 1);
  for (const verdict of VERDICTS) {
    const count = report.tests.filter((test) => test.verdict === verdict).length;
    if (count > 0) counts.set(verdict, count);
  }
  return counts;
}

/** "AC 9  WA 1"; a compile error is just "CE". */
export function formatVerdictCounts(counts: ReadonlyMap<Verdict, number>): string {
  return [...counts].map(([verdict, count]) => (verdict === 'CE' ? 'CE' : `${verdict} ${count}`)).join('  ');
}
