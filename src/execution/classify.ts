// classify(): the pure step from what the sandbox measured to a verdict. Limits are
// enforced a little loosely in the sandbox (it polls); the verdict is decided here from
// the measurements, the way go-judge separates killing from classifying.

import { formatBytes, formatMs } from '../common/format-units.js';
import type { RunLimits, RunResult } from '../sandbox/sandbox.js';
import { terminationText } from './run-ending.js';
import type { Verdict } from '../common/verdicts.js';

export type Classification =
  /** The program ran to completion within every limit: the checker decides. */
  | { kind: 'completed' }
  | { kind: 'failed'; verdict: Extract<Verdict, 'TLE' | 'MLE' | 'OLE' | 'RE'>; detail: string };

/** What each fatal signal usually means for a contest program. */
const SIGNAL_MEANINGS: Record<string, string> = {
  SIGSEGV: 'segmentation fault: invalid memory access or stack overflow',
  SIGABRT: 'aborted: failed assertion, uncaught C++ exception or heap corruption',
  SIGFPE: 'arithmetic error: integer division by zero or overflow',
  SIGBUS: 'bus error: misaligned or out-of-range memory access',
  SIGILL: 'illegal instruction',
  SIGKILL: 'killed',
  SIGTERM: 'terminated',
  SIGPIPE: 'broken pipe',
  SIGXFSZ: 'file size limit exceeded (writing too much to /tmp)',
  SIGSYS: 'blocked system call',
};

type Rule = (run: RunResult, limits: RunLimits, outOfMemoryMarkers: readonly string[]) => Classification | null;

/**
 * Checked in order; the first rule that matches decides. Output and memory come before
 * time because a program killed for those often also ran long, and the cause is the
 * more useful verdict. Output that was only cut (not stopped) comes last.
 */
const RULES: readonly Rule[] = [
  (run, limits) =>
    run.killedBy === 'output'
      ? failed('OLE', `printed more than ${formatBytes(limits.outputBytes)}`)
      : null,
  (run, limits) => {
    if (run.killedBy === 'oom') return failed('MLE', `killed at the memory limit of ${formatBytes(limits.memoryBytes)}`);
    if (run.memoryPeakBytes > limits.memoryBytes) {
      return failed('MLE', `used ${formatBytes(run.memoryPeakBytes)} of ${formatBytes(limits.memoryBytes)}`);
    }
    return null;
  },
  (run, limits) => {
    if (run.killedBy === 'cpu' || run.cpuTimeMs > limits.cpuTimeMs || run.termination.kind === 'signaled' && run.termination.signal === 'SIGXCPU') {
      return failed('TLE', `CPU time over the ${formatMs(limits.cpuTimeMs)} limit`);
    }
    if (run.killedBy === 'wall') {
      return failed('TLE', `still running after ${formatMs(limits.wallTimeMs)} of wall time (sleeping or waiting for input?)`);
    }
    return null;
  },
  // A managed runtime (JVM, Node, Python) stops at its own heap cap before the box's
  // limit: it dies with an error rather than being killed, but the cause is memory.
  (run, limits, markers) => {
    const ended = run.termination.kind === 'signaled' || run.termination.exitCode !== 0;
    if (!ended || markers.length === 0) return null;
    const stderr = run.stderr.toString('utf8');
    const marker = markers.find((m) => stderr.includes(m));
    return marker ? failed('MLE', `ran out of memory (${marker}) under the ${formatBytes(limits.memoryBytes)} limit`) : null;
  },
  (run) => {
    const { termination } = run;
    if (termination.kind === 'signaled') {
      const meaning = SIGNAL_MEANINGS[termination.signal];
      return failed('RE', `${terminationText(termination)}${meaning ? ` (${meaning})` : ''}${writeHint(run)}`);
    }
    return termination.exitCode !== 0 ? failed('RE', `${terminationText(termination)}${writeHint(run)}`) : null;
  },
  // Output cut at the limit while the program went on (outputOverflow 'truncate', as on
  // DOMjudge): last, so a time limit or a crash decides first, in DOMjudge's order.
  (run, limits) =>
    (run.stdoutBytes ?? 0) > limits.outputBytes
      ? failed('OLE', `printed ${formatBytes(run.stdoutBytes!)}, more than ${formatBytes(limits.outputBytes)} (cut there)`)
      : null,
];

/** What runtimes print when a file cannot be written (Python, Java, C's perror, Node, Go, SQLite ...). */
const WRITE_REFUSED = /Permission denied|Read-only file system|EACCES|EROFS|AccessDeniedException|unable to open database file/;

/**
 * A program that died after being refused a file most likely wrote beside itself: programs
 * run in their read-only folder (BoxPaths.solutionCwd), with /tmp for scratch files.
 */
function writeHint(run: RunResult): string {
  return WRITE_REFUSED.test(run.stderr.toString('utf8')) ? '; files can be written only in /tmp (the working directory is read-only)' : '';
}

function failed(verdict: Extract<Verdict, 'TLE' | 'MLE' | 'OLE' | 'RE'>, detail: string): Classification {
  return { kind: 'failed', verdict, detail };
}

export function classify(run: RunResult, limits: RunLimits, outOfMemoryMarkers: readonly string[] = []): Classification {
  for (const rule of RULES) {
    const result = rule(run, limits, outOfMemoryMarkers);
    if (result) return result;
  }
  return { kind: 'completed' };
}
