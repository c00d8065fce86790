// Running the real CLI (bin/letscode.js, the built dist/) the way a user does, timed from
// process start to exit, optionally with the trace hook preloaded. The way a user does: the
// bin file executed (as `npx letscode` and an installed `letscode` do), its shebang choosing
// Node's start-up environment, not `node bin/letscode.js`.

import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecked, runCommand, type CommandRun } from './timing.js';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const cliPath = join(repoRoot, 'bin', 'letscode.js');
export const cliArgv = [cliPath];
const traceHook = new URL('./trace-hook.mjs', import.meta.url).href;

export interface JudgeOptions {
  problem: string;
  solution: string;
  /** undefined: the CLI's default. */
  jobs?: number;
  noCache?: boolean;
  /** Preload the trace hook and write its trace here. */
  traceFile?: string;
  /** Through the warm helper (true), or in the command's own process (default). */
  warm?: boolean;
  /** --json: the report on stdout, to read measurements from. */
  json?: boolean;
  /** Run as `node bin/letscode.js` (the shebang skipped: Node reads NODE_EXTRA_CA_CERTS at start). */
  viaNode?: boolean;
}

export class LetscodeCli {
  constructor(
    /** Whether `judge --help` lists --no-cache (the compile cache exists). */
    readonly supportsNoCache: boolean,
    /** A private compile cache, so the benchmark neither uses nor fills the user's. */
    readonly cacheDir: string,
  ) {}

  static async detect(cacheDir: string): Promise<LetscodeCli> {
    const help = await runChecked([...cliArgv, 'judge', '--help']);
    return new LetscodeCli(/--no-cache\b/.test(help.stdout), cacheDir);
  }

  /** One judge run; throws unless every test was accepted (exit code 0). */
  async judge(options: JudgeOptions): Promise<CommandRun> {
    const argv = [...(options.viaNode ? [process.execPath] : []), cliPath, 'judge', '-p', options.problem];
    if (options.json) argv.push('--json');
    if (options.jobs !== undefined) argv.push('--jobs', String(options.jobs));
    if (options.noCache && this.supportsNoCache) argv.push('--no-cache');
    argv.push(options.solution);
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LETSCODE_CACHE_DIR: this.cacheDir, LETSCODE_WARM: options.warm ? '1' : '0' };
    if (options.traceFile) {
      env.LETSCODE_BENCH_TRACE = options.traceFile;
      env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import ${traceHook}`.trim();
    }
    const run = await runCommand(argv, { env });
    if (run.exitCode !== 0) {
      const said = (run.stdout + run.stderr).trim().split('\n').slice(-6).join('\n');
      throw new Error(`letscode judge ${options.solution} exited ${run.exitCode ?? run.signal}, expected 0 (all accepted):\n${said}`);
    }
    return run;
  }

  /** `letscode warm stop` with this cache folder: the next warm judge finds no helper. */
  async stopHelper(): Promise<void> {
    await runCommand([...cliArgv, 'warm', 'stop'], { env: { ...process.env, LETSCODE_CACHE_DIR: this.cacheDir } });
  }

  /** Waits until a helper answers (the judge that found none started one in the background). */
  async untilHelperRuns(): Promise<void> {
    for (let i = 0; i < 300; i++) {
      const status = await runCommand([...cliArgv, 'warm', 'status'], { env: { ...process.env, LETSCODE_CACHE_DIR: this.cacheDir } });
      if (status.stdout.startsWith('warm helper')) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the warm helper did not start');
  }

  /** `letscode stress` from seed 1 for `count` seeds; throws unless every iteration agreed (exit 0). */
  async stress(options: { dir: string; solution: string; generator: string; brute: string; count: number }): Promise<CommandRun> {
    const argv = [cliPath, 'stress', options.solution, '--gen', options.generator, '--brute', options.brute, '--seed', '1', '--count', String(options.count)];
    const run = await runCommand(argv, { cwd: options.dir, env: { ...process.env, NO_COLOR: '1', LETSCODE_CACHE_DIR: this.cacheDir } });
    if (run.exitCode !== 0) {
      const said = (run.stdout + run.stderr).trim().split('\n').slice(-6).join('\n');
      throw new Error(`letscode stress exited ${run.exitCode ?? run.signal}, expected 0 (no difference):\n${said}`);
    }
    return run;
  }

  /** A traced run: the process timing plus what the hook saw inside. */
  async judgeTraced(options: JudgeOptions, traceFile: string): Promise<{ run: CommandRun; trace: unknown }> {
    const run = await this.judge({ ...options, traceFile });
    const trace: unknown = JSON.parse(readFileSync(traceFile, 'utf8'));
    rmSync(traceFile, { force: true });
    return { run, trace };
  }
}
