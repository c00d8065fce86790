// `letscode listen` with recorded Competitive Companion payloads: the folder it writes is
// judgeable as is, an existing folder is never replaced without --force, and --once exits
// after one problem or after a whole contest batch.

import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letscode, repoRoot } from './cli.js';
import { scratchDirs } from './scratch.js';
import { postJson, startServer } from './server.js';

const scratchDir = scratchDirs('listen');

const companion = join(repoRoot, 'test/fixtures/companion');
const payload = (name: string) => readFileSync(join(companion, name), 'utf8');

const WATERMELON_PY = 'w = int(input())\nprint("YES" if w % 2 == 0 and w > 2 else "NO")\n';
const WATERMELON_WRONG_PY = 'w = int(input())\nprint("YES" if w % 2 == 0 else "NO")\nprint("extra")\n';
const PRODUCT_PY = 'a, b = map(int, input().split())\nprint("Even" if a * b % 2 == 0 else "Odd")\n';
const ONE_21_PY = 'import math\nn = int("".join(input().split()))\nprint("Yes" if math.isqrt(n) ** 2 == n else "No")\n';

/** Every file under `dir` with its content and modification time. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const path = join(sub, name);
      const stat = statSync(join(dir, path));
      if (stat.isDirectory()) walk(path);
      else files[path] = `${stat.mtimeMs} ${readFileSync(join(dir, path), 'utf8')}`;
    }
  };
  walk('');
  return files;
}

function solutionIn(dir: string, name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

describe('letscode listen', () => {
  it('writes a problem folder that `letscode judge` accepts as is, then exits with --once', async () => {
    const dir = scratchDir();
    const server = await startServer(['listen', '--dir', dir, '--once']);
    const { status, body } = await postJson(server.url, payload('codeforces-4a-watermelon.json'));
    expect([status, body.dir]).toEqual([201, join(dir, 'a-watermelon')]);
    const exited = await server.exited;
    expect(exited.exitCode).toBe(0);
    expect(server.log()).toMatch(/^\+ \S*a-watermelon {2}A\. Watermelon · 1 sample · 1\.00 s · 64 MiB$/m);

    const problemDir = join(dir, 'a-watermelon');
    expect(readFileSync(join(problemDir, 'problem.yaml'), 'utf8')).toMatch(/^# https:\/\/codeforces\.com\/problemset\/problem\/4\/A$/m);
    const accepted = await letscode(['judge', '-p', problemDir, solutionIn(problemDir, 'sol.py', WATERMELON_PY)]);
    expect(accepted.exitCode).toBe(0);
    expect(accepted.stdout).toMatch(/Judging sol\.py on A\. Watermelon \(Python 3, 1 test, limits 1\.00 s \/ 64 MiB\)/);
    expect(accepted.stdout).toMatch(/^AC\s+1\/1 tests passed/m);
    const wrong = await letscode(['judge', '-p', problemDir, solutionIn(problemDir, 'wrong.py', WATERMELON_WRONG_PY)]);
    expect(wrong.exitCode).toBe(1);
  });

  it('refuses to replace an existing folder (409, folder untouched); --force replaces problem.yaml only', async () => {
    const dir = scratchDir();
    const server = await startServer(['listen', '--dir', dir]);
    try {
      expect((await postJson(server.url, payload('codeforces-4a-watermelon.json'))).status).toBe(201);
      const problemDir = join(dir, 'a-watermelon');
      writeFileSync(join(problemDir, 'problem.yaml'), readFileSync(join(problemDir, 'problem.yaml'), 'utf8').replace('time_limit: 1s', 'time_limit: 3s'));
      solutionIn(problemDir, 'sol.py', WATERMELON_PY);
      const before = snapshot(dir);
      const again = await postJson(server.url, payload('codeforces-4a-watermelon.json'));
      expect(again.status).toBe(409);
      expect(again.body.error).toMatch(/a-watermelon exists: not replaced \(start letscode listen with --force/);
      expect(snapshot(dir)).toEqual(before);
      expect(await server.waitForLog(/^! /m)).toMatch(/^! \S*a-watermelon exists: not replaced/m);
    } finally {
      expect((await server.stop()).exitCode).toBe(0);
    }

    const forced = await startServer(['listen', '--dir', dir, '--force', '--once']);
    expect((await postJson(forced.url, payload('codeforces-4a-watermelon.json'))).status).toBe(201);
    expect((await forced.exited).exitCode).toBe(0);
    const problemDir = join(dir, 'a-watermelon');
    expect(readFileSync(join(problemDir, 'problem.yaml'), 'utf8')).toMatch(/^time_limit: 1s$/m);
    expect(readFileSync(join(problemDir, 'sol.py'), 'utf8')).toBe(WATERMELON_PY);
    expect(forced.log()).toMatch(/a-watermelon {2}A\. Watermelon · .* · replaced$/m);
  });

  it('takes a contest\'s batch, and with --once exits after its last problem', async () => {
    const dir = scratchDir();
    const server = await startServer(['listen', '--dir', dir, '--once']);
    expect((await postJson(server.url, payload('atcoder-abc086-a-product.json'))).status).toBe(201);
    expect(server.exited.exitCode).toBeNull();
    expect((await postJson(server.url, payload('atcoder-abc086-b-1-21.json'))).status).toBe(201);
    expect((await server.exited).exitCode).toBe(0);
    expect(server.log()).toMatch(/^\[1\/2\] \+ \S*a-product {2}A - Product · 2 samples · 2\.00 s · 256 MiB$/m);
    expect(server.log()).toMatch(/^\[2\/2\] \+ \S*b-1-21 {2}B - 1 21 · 3 samples/m);
    for (const [folder, code] of [['a-product', PRODUCT_PY], ['b-1-21', ONE_21_PY]] as const) {
      const result = await letscode(['judge', '-p', join(dir, folder), solutionIn(dir, `${folder}.py`, code)]);
      expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    }
  });

  it('--dir naming a file is exit 2 with one line, before listening', async () => {
    const file = join(scratchDir(), 'afile');
    writeFileSync(file, '');
    const result = await letscode(['listen', '--dir', file, '--port', '0']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([`error: --dir ${file}: is a file, not a folder (give a folder, like contest/)`]);
  });

  it('400 for a payload that is not a problem, 415 for a body that is not JSON', async () => {
    const dir = scratchDir();
    const server = await startServer(['listen', '--dir', dir]);
    try {
      const noName = await postJson(server.url, { tests: [] });
      expect([noName.status, noName.body.error]).toEqual([400, expect.stringMatching(/^name: /)]);
      expect((await fetch(server.url, { method: 'POST', body: payload('codeforces-4a-watermelon.json') })).status).toBe(415);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      expect((await server.stop()).exitCode).toBe(0);
    }
  });
});
