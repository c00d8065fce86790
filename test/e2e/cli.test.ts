// The CLI's contract beyond verdicts: exit codes, one-line errors, the human report on a
// non-TTY, JUnit files, finding the problem from the current folder, Ctrl-C cleanup.

import { execa } from 'execa';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, judgeJson, leftoverContainers, letscode, repoRoot } from './cli.js';
import { scratchDirs } from './scratch.js';

const scratchDir = scratchDirs('cli');

const problemDir = join(fixturesDir, 'echo-sum');
const solution = (path: string) => join(problemDir, 'solutions', path);
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

describe('exit codes and one-line errors', () => {
  it('--help exits 0 and lists the commands', async () => {
    const result = await letscode(['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/judge/);
    expect(result.stdout).toMatch(/images/);
  });

  it('an unknown option is a usage error (2)', async () => {
    const result = await letscode(['judge', '--frobnicate', 'x.cpp']);
    expect(result.exitCode).toBe(2);
  });

  it('an unknown extension is a usage error naming the file', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'solution.xyz'), 'hello');
    const result = await letscode(['judge', '-p', problemDir, join(dir, 'solution.xyz')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('solution.xyz');
  });

  it('a broken problem.yaml is exit 2 with file, field and fix, no stack trace', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'problem.yaml'), 'name: x\ntime_limt: 1s\ntests:\n  - input: "1"\n    output: "1"\n');
    const result = await letscode(['judge', '-p', dir, solution('accepted/accepted.cpp')]);
    expect(result.exitCode).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('problem.yaml');
    expect(lines[0]).toContain('time_limt');
    expect(lines[0]).toContain('time_limit');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  // Docker is pointed nowhere: a check that waited for the judge would end in exit 3 instead.
  it.each([
    { what: 'an existing folder', junit: (dir: string) => dir, says: 'is a folder (give a file path like reports/junit.xml)' },
    { what: 'a path below a file', junit: (dir: string) => join(dir, 'afile/junit.xml'), says: 'afile is a file, not a folder' },
  ])('--junit naming $what is exit 2 with one line, before anything is judged', async ({ junit, says }) => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'afile'), '');
    const result = await letscode(['judge', '--junit', junit(dir), '-p', problemDir, solution('accepted/accepted.cpp')], {
      env: { DOCKER_HOST: 'unix:///tmp/letscode-no-docker-here.sock' },
    });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`--junit ${junit(dir)}: `);
    expect(lines[0]).toContain(says);
    expect(result.stderr).not.toContain('internal error');
  });

  it('Docker not running is exit 3 with one line saying how to start it', async () => {
    const result = await letscode(['judge', '-p', problemDir, solution('accepted/accepted.cpp')], {
      env: { DOCKER_HOST: 'unix:///tmp/letscode-no-docker-here.sock' },
    });
    expect(result.exitCode).toBe(3);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/Docker is not running.*Start it/);
  });
});

describe('reports', () => {
  it('prints a plain table, a diff and a summary when stdout is not a TTY', async () => {
    const result = await letscode(['judge', '-p', problemDir, solution('wrong_answer/minus.cpp')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout).toMatch(/│ *1 *│ *sample.*│ *WA *│/);
    expect(result.stdout).toMatch(/^\s*- 1 \| 3$/m);
    expect(result.stdout).toMatch(/^\s*\+ 1 \| -1$/m);
    expect(result.stdout).toMatch(/^WA\s+on test 1/m);
  });

  it('shows the compiler message for a compile error', async () => {
    const result = await letscode(['judge', '-p', problemDir, solution('compile_error/syntax_error.cpp')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/error: expected/);
    expect(result.stdout).toMatch(/^CE/m);
  });

  it('writes a JUnit report with one testcase per test and the failures', async () => {
    const file = join(scratchDir(), 'reports/junit.xml');
    const result = await letscode(['judge', '--json', '--junit', file, '-p', problemDir, solution('wrong_answer/minus.cpp')]);
    expect(result.exitCode).toBe(1);
    JSON.parse(result.stdout);
    const xml = readFileSync(file, 'utf8');
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml.match(/<failure /g)).toHaveLength(3);
    expect(xml).toMatch(/type="WA"/);
  });

  it('finds problem.yaml from the current folder without -p', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'problem.yaml'), readFileSync(join(problemDir, 'problem.yaml')));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/sol.py'), 'a, b = map(int, input().split())\nprint(a + b)\n');
    const result = await letscode(['judge', 'src/sol.py'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^AC\s+3\/3 tests passed/m);
  });
});

describe('compile cache', () => {
  it('skips compiling an unchanged solution, unless --no-cache', async () => {
    const dir = scratchDir();
    // A fresh source text, so no earlier test has cached it.
    const source = join(dir, 'fresh.cpp');
    writeFileSync(source, `#include <cstdio>\n// ${Date.now()}\nint main(){long long a,b;scanf("%lld %lld",&a,&b);printf("%lld\\n",a+b);}\n`);
    const first = await judgeJson(problemDir, source);
    const second = await judgeJson(problemDir, source);
    const uncached = await judgeJson(problemDir, source, ['--no-cache']);
    expect([first.report.verdict, second.report.verdict, uncached.report.verdict]).toEqual(['AC', 'AC', 'AC']);
    expect([first.report.compile.cached, second.report.compile.cached, uncached.report.compile.cached]).toEqual([false, true, false]);
  });
});

describe('judge errors', () => {
  it('a container that dies mid-run is JE with exit 3, never blamed on the solution', async () => {
    const child = execa('node', [join(repoRoot, 'bin/letscode.js'), 'judge', '--json', '-j', '1', '-p', problemDir, solution('time_limit_exceeded/sleep.py')], {
      reject: false,
      env: { NO_COLOR: '1' },
    });
    const pid = child.pid!;
    let running: string[] = [];
    for (let i = 0; i < 100 && running.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const { stdout } = await execa('docker', ['ps', '-q', '--filter', `label=letscode.pid=${pid}`, '--filter', 'label=letscode.purpose=run']);
      running = stdout.split('\n').filter(Boolean);
    }
    expect(running.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 500)); // let the first test start
    await execa('docker', ['kill', ...running], { reject: false });
    const result = await child;
    const report = JSON.parse(result.stdout) as { verdict: string; tests: { verdict: string; detail: string }[] };
    expect(report.verdict).toBe('JE');
    expect(report.tests.every((t) => t.verdict === 'JE')).toBe(true);
    expect(result.exitCode).toBe(3);
    expect(await leftoverContainers(pid)).toEqual([]);
  });
});

describe('cleanup', () => {
  it('Ctrl-C ends the run with 130 and removes every container', async () => {
    const child = execa('node', [join(repoRoot, 'bin/letscode.js'), 'judge', '-p', problemDir, solution('time_limit_exceeded/sleep.py')], {
      reject: false,
      env: { NO_COLOR: '1' },
    });
    // Wait until the run boxes exist, then interrupt.
    const pid = child.pid!;
    for (let i = 0; i < 100 && (await leftoverContainers(pid)).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await leftoverContainers(pid)).length).toBeGreaterThan(0);
    child.kill('SIGINT');
    const result = await child;
    expect(result.exitCode).toBe(130);
    expect(await leftoverContainers(pid)).toEqual([]);
  });
});
