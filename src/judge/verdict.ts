// Verdicts and the results the judge produces. The verdict set is closed; precedence is
// data, not scattered ifs.

export const VERDICTS = ['AC', 'WA', 'PE', 'TLE', 'MLE', 'OLE', 'RE', 'CE', 'JE'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_NAMES: Record<Verdict, string> = {
  AC: 'Accepted',
  WA: 'Wrong Answer',
  PE: 'Presentation Error',
  TLE: 'Time Limit Exceeded',
  MLE: 'Memory Limit Exceeded',
  OLE: 'Output Limit Exceeded',
  RE: 'Runtime Error',
  CE: 'Compilation Error',
  JE: 'Judge Error',
};

export interface TestResult {
  /** 0-based position in the problem's test list. */
  index: number;
  name: string;
  sample: boolean;
  verdict: Verdict;
  /** One line saying why, e.g. "token 3: expected 6, got 7" or "killed by SIGSEGV". */
  detail: string;
  timeMs: number;
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

export interface CompileResult {
  ok: boolean;
  /** Compiler output (trimmed, bounded); empty for languages without a compile step. */
  message: string;
  timeMs: number;
  /** True when the artifacts came from the compile cache. */
  cached: boolean;
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
