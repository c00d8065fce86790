// Runs the built CLI the way a user does (bin/letscode.js executed, as `npx letscode` and an
// installed `letscode` run it: its shebang included) and collects what it printed. Used by
// every end-to-end test.

import { execa } from 'execa';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const fixturesDir = join(repoRoot, 'test/fixtures/e2e');
/** Executed itself, not given to `node`: the shebang decides how Node starts. */
export const bin = join(repoRoot, 'bin/letscode.js');
/** A compile cache of this test run only (made and removed by global-setup.ts), so results never depend on earlier runs. */
export const cacheDir = inject('cacheDir');

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function letscode(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const result = await execa(bin, args, {
    cwd: options.cwd ?? repoRoot,
    env: { NO_COLOR: '1', LETSCODE_CACHE_DIR: cacheDir, ...options.env },
    reject: false,
    stdin: 'ignore',
  });
  return { exitCode: result.exitCode ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonReport {
  verdict: string;
  problem: string;
  language: string;
  compile: { ok: boolean; message: string; cached: boolean; timeMs: number };
  tests: { name: string; verdict: string; timeMs: number; wallMs: number; memoryBytes: number; exitCode: number | null; signal: string | null; detail: string }[];
}

/** Judges with --json and parses the one object stdout must hold. */
export async function judgeJson(problemDir: string, solution: string, extra: string[] = []): Promise<{ result: CliResult; report: JsonReport }> {
  const result = await letscode(['judge', '--json', '-p', problemDir, solution, ...extra]);
  let report: JsonReport;
  try {
    report = JSON.parse(result.stdout) as JsonReport;
  } catch {
    throw new Error(`stdout is not one JSON object (exit ${result.exitCode}):\n${result.stdout}\n--- stderr ---\n${result.stderr}`);
  }
  return { result, report };
}

/** Folder name -> verdict, as in Kattis submissions/ folders. */
export const VERDICT_FOLDERS: Record<string, string> = {
  accepted: 'AC',
  wrong_answer: 'WA',
  time_limit_exceeded: 'TLE',
  run_time_error: 'RE',
  memory_limit_exceeded: 'MLE',
  compile_error: 'CE',
  output_limit_exceeded: 'OLE',
  presentation_error: 'PE',
};

/**
 * Every solution under root/<folder>/, with what its folder says it must get; a folder
 * that `folders` does not know is an error, never silently skipped.
 */
export function solutionsIn<T>(root: string, folders: Readonly<Record<string, T>>): { file: string; name: string; folder: string; expected: T }[] {
  return readdirSync(root).flatMap((folder) => {
    const expected = folders[folder];
    if (expected === undefined) throw new Error(`unknown verdict folder ${join(root, folder)}`);
    return readdirSync(join(root, folder))
      .sort()
      .map((file) => ({ file: join(root, folder, file), name: `${folder}/${file}`, folder, expected }));
  });
}

/** Every solution under <problem>/solutions/<verdict folder>/, with the verdict it must get. */
export function solutionsByVerdict(problemDir: string): { file: string; folder: string; verdict: string }[] {
  return solutionsIn(join(problemDir, 'solutions'), VERDICT_FOLDERS).map(({ file, folder, expected }) => ({ file, folder, verdict: expected }));
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Containers letscode started that still exist. With `ownedBy`, only those of that
 * process; otherwise only those whose letscode process has exited (leaks), so judges
 * running at the same time in other terminals do not count.
 */
export async function leftoverContainers(ownedBy?: number): Promise<string[]> {
  const { stdout } = await execa('docker', ['ps', '-a', '--filter', 'label=letscode=box', '--format', '{{.ID}} {{.Label "letscode.pid"}}']);
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '))
    .filter(([, pid]) => (ownedBy === undefined ? !processAlive(Number(pid)) : Number(pid) === ownedBy))
    .map(([id]) => id!);
}
