// Helpers for the containment suite (containment*.test.ts): the hostile fixtures sorted by
// expected verdict, a judge call that explains a surprise, the host-side checks that
// nothing escaped the boxes, and a log of what each hostile case measured.

import { execa } from 'execa';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { expect } from 'vitest';
import { fixturesDir, leftoverContainers, letscode, processAlive, solutionsIn, type JsonReport } from './cli.js';

export const hostileDir = join(fixturesDir, 'hostile');
/** The same limits with three tests, judged with -j 1: all three run in one box, in order. */
export const threeTestsDir = join(hostileDir, 'three-tests');
/**
 * TMPDIR of every letscode run of the suite: whatever the CLI puts in the temp directory
 * lands here, where other programs on the machine cannot add to it, and must be gone
 * when the suite ends.
 */
const cliTmp = mkdtempSync(join(tmpdir(), 'letscode-containment-'));
const run = (args: string[]) => letscode(args, { env: { TMPDIR: cliTmp } });
/** The honest control solution, judged after the fork bombs. */
export const baseline = join(hostileDir, 'solutions/accepted/baseline.c');

/** Folder -> the verdicts a solution in it may get (tle_or_re: a fork bomb may end either way). */
export const HOSTILE_FOLDERS: Record<string, readonly string[]> = {
  accepted: ['AC'],
  time_limit_exceeded: ['TLE'],
  tle_or_re: ['TLE', 'RE'],
  run_time_error: ['RE'],
  memory_limit_exceeded: ['MLE'],
  compile_error: ['CE'],
};

export interface HostileSolution {
  file: string;
  /** folder/file, as the tests are named. */
  name: string;
  folder: string;
  verdicts: readonly string[];
}

export function hostileSolutions(): HostileSolution[] {
  return solutionsIn(join(hostileDir, 'solutions'), HOSTILE_FOLDERS).map(({ expected, ...solution }) => ({ ...solution, verdicts: expected }));
}

export interface Judged {
  report: JsonReport & { totalMs: number };
  exitCode: number;
  /** Wall time of the whole CLI process, start to exit. */
  elapsedMs: number;
}

/**
 * Judges with --json. When the verdict is not one of `verdicts`, judges again with the
 * human report (which shows the program's output, e.g. its "ESCAPED: ..." lines, and its
 * stderr) and fails with both.
 */
export async function judgeExpecting(file: string, verdicts: readonly string[], options: { problem?: string; jobs?: number; timeLimit?: string } = {}): Promise<Judged> {
  const args = ['-p', options.problem ?? hostileDir, ...(options.jobs ? ['-j', String(options.jobs)] : []), ...(options.timeLimit ? ['-t', options.timeLimit] : []), file];
  const started = Date.now();
  const result = await run(['judge', '--json', ...args]);
  const elapsedMs = Date.now() - started;
  let report: Judged['report'];
  try {
    report = JSON.parse(result.stdout) as Judged['report'];
  } catch {
    throw new Error(`stdout is not one JSON object (exit ${result.exitCode}):\n${result.stdout}\n--- stderr ---\n${result.stderr}`);
  }
  record(file, options.problem, report, elapsedMs);
  if (!verdicts.includes(report.verdict)) {
    const human = await run(['judge', '-v', ...args]);
    throw new Error(
      `${relative(hostileDir, file)}: expected ${verdicts.join(' or ')}, got ${report.verdict} (exit ${result.exitCode})\n` +
        `${JSON.stringify(report.tests, null, 1)}\n${report.compile.message}\n--- judged again, human report ---\n${human.stdout}\n${human.stderr}`,
    );
  }
  return { report, exitCode: result.exitCode, elapsedMs };
}

/**
 * Processes of the sandbox user on the host (the uid is the same number outside the box)
 * that no running judge accounts for: outside any container, or in a letscode box whose
 * letscode process has exited. Boxes of judges still running (in other terminals, or a
 * benchmark) are not counted, as in leftoverContainers().
 */
export async function straySandboxProcesses(): Promise<string[]> {
  const { stdout } = await execa('ps', ['-o', 'pid=,etime=,args=', '-u', '10001'], { reject: false });
  const listed = stdout.split('\n').map((line) => line.trim()).filter(Boolean);
  if (listed.length === 0) return [];
  const boxes = await execa('docker', ['ps', '--no-trunc', '--filter', 'label=letscode=box', '--format', '{{.ID}} {{.Label "letscode.pid"}}']);
  const liveBoxes = new Set(
    boxes.stdout.split('\n').filter(Boolean).map((line) => line.split(' ')).filter(([, pid]) => processAlive(Number(pid))).map(([id]) => id),
  );
  return listed.filter((line) => {
    const pid = line.split(/\s+/)[0]!;
    let cgroup: string;
    try {
      cgroup = readFileSync(`/proc/${pid}/cgroup`, 'utf8');
    } catch {
      return false; // gone since ps listed it
    }
    const box = /docker[-/]([0-9a-f]{64})/.exec(cgroup)?.[1];
    return !(box && liveBoxes.has(box));
  });
}

/** What the hostile fixtures write in their /tmp: none of it may show up in the host's. */
const HOSTILE_FILE = /^(fill-\d+|letscode-(probe|scratch|link).*|locked|\.hidden|fifo|link-to-box|mnt|sda|mem)$/;

/**
 * Call before a suite; the returned check fails if the suite left anything behind on the
 * host: boxes, processes of the sandbox user, files in the CLI's temp directory, or in
 * the host's /tmp anything owned by the sandbox user or named like a hostile program's
 * files. Other new entries of the shared /tmp are only listed: judges and benchmarks
 * running at the same time create their own there.
 */
export function watchHost(): () => Promise<void> {
  const tmpBefore = new Set(readdirSync('/tmp'));
  return async () => {
    const containers = await leftoverContainers();
    const processes = await straySandboxProcesses();
    const cliTmpFiles = readdirSync(cliTmp);
    const newTmp = readdirSync('/tmp').filter((name) => !tmpBefore.has(name) && join('/tmp', name) !== cliTmp);
    const fromBoxes = newTmp.filter((name) => {
      const { uid, gid } = lstatSync(join('/tmp', name), { throwIfNoEntry: false }) ?? { uid: 0, gid: 0 };
      return uid === 10001 || gid === 10001 || HOSTILE_FILE.test(name);
    });
    if (newTmp.length) console.log(`new entries in the host's /tmp while the suite ran: ${newTmp.join(', ')}`);
    expect({ containers, processes, cliTmpFiles, fromBoxes }).toEqual({ containers: [], processes: [], cliTmpFiles: [], fromBoxes: [] });
    rmSync(cliTmp, { recursive: true, force: true });
  };
}

// What each hostile case measured, printed as one table when a test file ends.
const measured: string[] = [];

function record(file: string, problem: string | undefined, report: Judged['report'], elapsedMs: number): void {
  const where = problem && problem !== hostileDir ? ` (${basename(problem)})` : '';
  const tests = report.tests.length
    ? report.tests.map((t) => `${t.verdict} cpu ${t.timeMs} ms wall ${t.wallMs} ms mem ${(t.memoryBytes / 2 ** 20).toFixed(1)} MiB${t.signal ? ` ${t.signal}` : ''}`).join(' | ')
    : `compile ${report.compile.timeMs} ms: ${report.compile.message.split('\n')[0]}`;
  measured.push(`${`${relative(join(hostileDir, 'solutions'), file)}${where}`.padEnd(48)} ${report.verdict.padEnd(4)} judge ${String(elapsedMs).padStart(5)} ms  ${tests}`);
}

export function printMeasurements(title: string): void {
  if (measured.length) console.log(`${title}\n${measured.join('\n')}`);
  measured.length = 0;
}
