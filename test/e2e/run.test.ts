// `letscode run`: one program, once, on stdin or a file, with live output, a status line,
// the limit statuses, --json, and the exit codes. Real containers throughout.

import { execa, type Options } from 'execa';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, fixturesDir, leftoverContainers, repoRoot } from './cli.js';
import { scratchDirs } from './scratch.js';

const scratchDir = scratchDirs('run');

const bin = join(repoRoot, 'bin/letscode.js');
const solutions = join(fixturesDir, 'echo-sum', 'solutions');
const solution = (path: string) => join(solutions, path);
const env = { NO_COLOR: '1', LETSCODE_CACHE_DIR: cacheDir };

function source(name: string, text: string): string {
  const dir = scratchDir();
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** Adds each line it reads, flushing at once: shows whether input arrives while it runs. */
const adder = source('adder.c', '#include <stdio.h>\nint main(void){long long a,b;while(scanf("%lld %lld",&a,&b)==2){printf("%lld\\n",a+b);fflush(stdout);}fprintf(stderr,"done\\n");return 0;}\n');
/** Writes to both streams, so their separation shows. */
const twoStreams = source('streams.py', 'import sys\nprint("to stdout")\nprint("to stderr", file=sys.stderr)\nprint(input())\n');

async function run(args: string[], options: Options = {}) {
  const child = execa('node', [bin, 'run', ...args], { cwd: repoRoot, env, reject: false, input: '1 2\n', ...options });
  const result = await child;
  const stderrLines = String(result.stderr ?? '').trimEnd().split('\n');
  return { exitCode: result.exitCode, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? ''), status: stderrLines[stderrLines.length - 1] ?? '', pid: child.pid };
}

const STATUS_FIELDS = ['status', 'stdout', 'stderr', 'exitCode', 'signal', 'timeMs', 'wallMs', 'memoryBytes', 'detail', 'compile'];

describe('input and output', () => {
  it('reads piped stdin, prints the program\'s stdout on stdout and a status line on stderr (exit 0)', async () => {
    const result = await run([solution('accepted/accepted.cpp')]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('3');
    expect(result.status).toMatch(/^OK · exit code 0 · CPU \d+ ms · wall \d+ ms · memory [\d.]+ (KiB|MiB)$/);
  });

  it('keeps stdout and stderr apart, and reads --input FILE', async () => {
    const input = source('in.txt', 'from the file\n');
    const result = await run(['--input', input, twoStreams], { input: 'not this\n' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('to stdout\nfrom the file');
    expect(result.stderr.split('\n')[0]).toBe('to stderr');
  });

  it('streams stdin into the program as it arrives, and its output back at once', async () => {
    const child = execa('node', [bin, 'run', adder], { cwd: repoRoot, env, reject: false, stdin: 'pipe', buffer: true });
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => (seen += chunk.toString()));
    child.stdin!.write('1 2\n');
    // The answer to the first line comes back while stdin is still open.
    for (let i = 0; i < 300 && !seen.includes('3\n'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toBe('3\n');
    child.stdin!.write('3 4\n');
    child.stdin!.end();
    const result = await child;
    expect(result.stdout).toBe('3\n7');
    expect(result.stderr).toMatch(/^done\nOK · exit code 0/);
    expect(result.exitCode).toBe(0);
  });

  it('takes typed input from a terminal (a pty), Ctrl-D ends it', async () => {
    // `script` gives the CLI a terminal as stdin: what a person typing sees.
    const child = execa('script', ['-qfec', `node ${bin} run ${adder}`, '/dev/null'], { cwd: repoRoot, env, reject: false, stdin: 'pipe' });
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => (seen += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.stdin!.write('20 22\n');
    for (let i = 0; i < 300 && !/\r\n42\r\n/.test(seen); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toMatch(/20 22\r\n42\r\n/);
    child.stdin!.write('\u0004');
    const result = await child;
    expect(result.exitCode).toBe(0);
    expect(seen).toMatch(/OK · exit code 0/);
  });
});

describe('statuses and exit codes', () => {
  it('TLE for a busy loop (CPU limit)', async () => {
    const result = await run(['-t', '500ms', solution('time_limit_exceeded/busy_loop.cpp')]);
    expect(result.exitCode).toBe(1);
    expect(result.status).toMatch(/^TLE · CPU time over the 500 ms limit · killed by SIGKILL · CPU/);
  });

  it('TLE for a sleeping program (wall-clock limit)', async () => {
    const result = await run(['-t', '500ms', solution('time_limit_exceeded/sleep.py')]);
    expect(result.exitCode).toBe(1);
    expect(result.status).toMatch(/^TLE · still running after 1.50 s of wall time/);
  });

  it('MLE at --memory-limit', async () => {
    const result = await run(['--memory-limit', '64MB', solution('memory_limit_exceeded/memset_512mib.cpp')]);
    expect(result.exitCode).toBe(1);
    expect(result.status).toMatch(/^MLE · (killed at the memory limit of 64 MiB|used .* of 64 MiB)/);
  });

  it('OLE past the output limit', async () => {
    const result = await run([solution('output_limit_exceeded/spam.cpp')], { stdout: 'ignore' });
    expect(result.exitCode).toBe(1);
    expect(result.status).toMatch(/^OLE · printed more than 64 MiB/);
  });

  it('RE with the signal, and RE with the exit code', async () => {
    const signaled = await run([solution('run_time_error/null_write.c')]);
    expect(signaled.exitCode).toBe(1);
    expect(signaled.status).toMatch(/^RE · killed by SIGSEGV \(segmentation fault/);
    const exited = await run([solution('run_time_error/exit_code_3.cpp')]);
    expect(exited.exitCode).toBe(1);
    expect(exited.stdout).toBe('3');
    expect(exited.status).toMatch(/^RE · exit code 3 · CPU/);
  });

  it('CE prints the compiler\'s message and exits 1; nothing runs', async () => {
    const result = await run([solution('compile_error/syntax_error.cpp')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/error: expected/);
    expect(result.status).toBe('CE · compilation failed');
  });

  it('a missing --input file is a usage error (2) in one line', async () => {
    const result = await run(['--input', '/no/such/input.txt', solution('accepted/accepted.cpp')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--input \/no\/such\/input\.txt: does not exist/);
  });
});

describe('--json', () => {
  it('prints exactly one object with the documented fields, and nothing else on stdout', async () => {
    const result = await run(['--json', twoStreams], { input: 'echoed\n' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(STATUS_FIELDS);
    expect(json).toMatchObject({ status: 'OK', stdout: 'to stdout\nechoed\n', stderr: 'to stderr\n', exitCode: 0, signal: null, detail: '' });
    expect(json.timeMs).toEqual(expect.any(Number));
    expect(json.memoryBytes).toBeGreaterThan(0);
  });

  it('says RE with the signal, TLE and CE in the same shape', async () => {
    const json = async (args: string[]) => JSON.parse((await run(['--json', ...args])).stdout) as Record<string, unknown>;
    expect(await json([solution('run_time_error/null_write.c')])).toMatchObject({ status: 'RE', exitCode: null, signal: 'SIGSEGV' });
    expect(await json(['-t', '300ms', solution('time_limit_exceeded/busy_loop.cpp')])).toMatchObject({ status: 'TLE', signal: 'SIGKILL' });
    const compileError = await json([solution('compile_error/syntax_error.cpp')]);
    expect(compileError).toMatchObject({ status: 'CE', exitCode: null, compile: { ok: false } });
    expect(compileError.detail).toMatch(/error: expected/);
    expect(Object.keys(compileError)).toEqual(STATUS_FIELDS);
  });

  it('Ctrl-C ends the run with 130, removes its container and blames nothing on the program', async () => {
    const child = execa('node', [bin, 'run', '-t', '20s', solution('time_limit_exceeded/sleep.py')], { cwd: repoRoot, env, reject: false, stdin: 'ignore' });
    const pid = child.pid!;
    for (let i = 0; i < 200 && (await leftoverContainers(pid)).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await leftoverContainers(pid)).length).toBeGreaterThan(0);
    child.kill('SIGINT');
    const result = await child;
    expect(result.exitCode).toBe(130);
    expect(String(result.stderr)).not.toMatch(/JE|TLE/);
    expect(await leftoverContainers(pid)).toEqual([]);
  });

  it('leaves no container behind', async () => {
    const result = await run([solution('accepted/accepted.py')]);
    expect(result.exitCode).toBe(0);
    expect(await leftoverContainers(result.pid)).toEqual([]);
  });
});
