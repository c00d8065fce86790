// The page of `letscode serve PROBLEMS_DIR`, driven in Debian's headless Chromium against a
// real server and real containers: pick a problem, type a solution, Submit, and see the
// verdicts arrive test by test; a wrong answer's diff, a compile error, Run with a custom
// input, a program printing HTML shown as text, the history after a reload, bad input and
// a server that went away. Each state is saved as a screenshot under test-output/.

import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { kattisDir, scratchDirs } from './scratch.js';
import { leftoverContainers, repoRoot } from './cli.js';
import { startServer, type StartedServer } from './server.js';

const scratchDir = scratchDirs('page');
const shots = join(repoRoot, 'test-output');

// Sleeps a little per test, so each verdict reaches the page on its own (the point is to
// see them arrive one by one); still far inside the 1 s time limit.
const ACCEPTED = `#include <cstdio>
#include <unistd.h>
int main() {
  usleep(250000);
  int n; long long sum = 0, x;
  if (scanf("%d", &n) != 1) return 0;
  while (n--) { scanf("%lld", &x); sum += x; }
  printf("%lld\\n", sum);
}
`;
const OVERFLOW = '#include <cstdio>\nint main(){int n,s=0,x;scanf("%d",&n);while(n--){scanf("%d",&x);s+=x;}printf("%d\\n",s);}\n';
const BROKEN = '#include <cstdio>\nint main() {\n  printf("%d\\n", missing);\n}\n';
const ADD = '#include <cstdio>\nint main(){long long a,b;scanf("%lld %lld",&a,&b);printf("%lld\\n",a+b);}\n';
const HOSTILE = 'print("<script>alert(1)</script><img src=x onerror=alert(2)>")\n';

let server: StartedServer;
let browser: BrowserContext;
let page: Page;
let problemsDir: string;
const pageErrors: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  problemsDir = join(scratchDir('problems'), 'contest');
  mkdirSync(problemsDir);
  cpSync(join(repoRoot, 'problems/sum-list'), join(problemsDir, 'a-sum-list'), { recursive: true });
  cpSync(join(kattisDir, 'goldbach'), join(problemsDir, 'b-goldbach'), { recursive: true, verbatimSymlinks: true });
  server = await startServer(['serve', problemsDir, '-j', '2', '--max-body', '64KiB'], { env: { LETSCODE_DATA_DIR: scratchDir('data') } });
  browser = await launchChromium(scratchDir('chromium-profile'));
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exited.exitCode === null) await server.stop();
  expect(await leftoverContainers(server.pid)).toEqual([]);
});

const shot = (name: string) => page.screenshot({ path: join(shots, `page-${name}.png`), fullPage: true });
const code = () => page.getByRole('textbox', { name: 'Code' });
const verdictStatus = () => page.locator('#verdict .verdict-status');

async function submitCode(text: string): Promise<void> {
  await code().fill(text);
  await page.getByRole('button', { name: 'Submit' }).click();
}

describe('the page of letscode serve', () => {
  it('lists the problems of the folder in every format, with the statement and samples', async () => {
    await page.goto(server.url);
    const problem = page.getByRole('combobox', { name: 'Problem' });
    await expect.poll(() => problem.locator('option').allTextContents()).toEqual(['(no problem: inline tests)', 'Sum of a list', 'Goldbach Pair']);
    await problem.selectOption({ label: 'Goldbach Pair' });
    await expect.poll(() => page.locator('#statement .statement.markdown').textContent()).toMatch(/sum of two primes/);
    await problem.selectOption({ label: 'Sum of a list' });
    await expect.poll(() => page.locator('#statement h2').first().textContent()).toBe('Sum of a list');
    expect(await page.locator('.samples pre').first().textContent()).toBe('3\n1 2 3\n');
    expect(await page.getByRole('combobox', { name: 'Language' }).locator('option:checked').textContent()).toMatch(/C\+\+/);
  });

  it('Submit: an accepted solution fills the verdict table test by test, then says AC', async () => {
    // How many rows are filled each time the table changes (run in the page: a string, as this file is typed for Node).
    await page.evaluate(`(() => {
      const seen = [];
      window.filledCounts = seen;
      new MutationObserver(() => {
        const filled = document.querySelectorAll('#verdict tr.done').length;
        if (seen[seen.length - 1] !== filled) seen.push(filled);
      }).observe(document.getElementById('verdict'), { subtree: true, childList: true, attributes: true });
    })()`);
    await submitCode(ACCEPTED);
    await expect.poll(() => page.locator('#verdict tr.done').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    await shot('judging');
    await expect.poll(() => verdictStatus().getAttribute('data-verdict'), { timeout: 60_000 }).toBe('AC');
    expect(await verdictStatus().textContent()).toMatch(/9\/9 passed/);
    expect(await page.locator('#verdict tbody tr').count()).toBe(9);
    const counts = (await page.evaluate('window.filledCounts')) as number[];
    // Rows filled one after another, not all at once when the judging ended.
    expect(counts.filter((count) => count > 0 && count < 9).length).toBeGreaterThanOrEqual(3);
    await shot('accepted');
  });

  it('a wrong answer shows the diff as the CLI prints it', async () => {
    await submitCode(OVERFLOW);
    await expect.poll(() => verdictStatus().getAttribute('data-verdict'), { timeout: 60_000 }).toBe('WA');
    const diff = page.locator('#verdict pre.diff').first();
    const text = await diff.textContent();
    expect(text).toMatch(/^- expected {3}\+ actual\n/);
    expect(text).toMatch(/^- 1 \| -?\d+$/m);
    expect(text).toMatch(/^\+ 1 \| -?\d+$/m);
    await shot('wrong-answer');
  });

  it('a compile error shows the compiler message and marks the line in the editor', async () => {
    await submitCode(BROKEN);
    await expect.poll(() => verdictStatus().getAttribute('data-verdict'), { timeout: 60_000 }).toBe('CE');
    expect(await page.getByLabel('Compiler message').textContent()).toMatch(/:3:\d+: error: .*missing/);
    expect(await page.locator('.cm-compile-error-line').count()).toBe(1);
    await shot('compile-error');
  });

  it('Run with a custom input shows the output and the status line', async () => {
    await code().fill(ADD);
    await page.getByLabel('Custom input').fill('40 2\n');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => page.getByLabel('Output', { exact: true }).textContent(), { timeout: 60_000 }).toBe('42\n');
    expect(await page.locator('.run-status').textContent()).toMatch(/^OK exit code 0 · CPU \d+ ms/);
    await shot('run');
  });

  it('a program printing HTML shows it as text: nothing runs', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('python');
    await code().fill(HOSTILE);
    await page.getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => page.getByLabel('Output', { exact: true }).textContent(), { timeout: 60_000 }).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>\n');
    expect(await page.locator('#run-result script, #run-result img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await shot('html-as-text');
  });

  it('after a reload the history lists the submissions, and one reopens into the editor', async () => {
    await page.reload();
    const rows = page.locator('table.history tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.locator('.verdict').allTextContents()).toEqual(['CE', 'WA', 'AC']);
    // The draft survived the reload too: the Python program was the last thing typed.
    await expect.poll(() => code().textContent()).toContain('alert(1)');
    await rows.nth(1).getByRole('button', { name: /^Open/ }).click();
    await expect.poll(() => code().textContent()).toContain('int n,s=0,x;');
    expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('cpp');
    expect(await verdictStatus().getAttribute('data-verdict')).toBe('WA');
    await shot('history');
  });

  it('bad input gets a message, never a blank page: empty code, a problem deleted meanwhile, the server gone', async () => {
    const message = page.getByRole('alert');
    await code().fill('   \n');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => message.textContent()).toMatch(/editor is empty/);
    await code().fill(`// ${'x'.repeat(70_000)}\n${ADD}`);
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => message.textContent()).toMatch(/^The code is 70\d+ bytes: this server accepts requests of at most 65536 bytes/);

    await code().fill(ADD);
    rmSync(join(problemsDir, 'a-sum-list'), { recursive: true, force: true });
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => message.textContent(), { timeout: 30_000 }).toMatch(/^problem: .*(no such file|no problem)/);
    // The list was read again: the deleted problem stays open, marked, with the code as it was.
    await expect.poll(() => page.getByRole('combobox', { name: 'Problem' }).locator('option').allTextContents()).toEqual(['(no problem: inline tests)', 'Goldbach Pair', 'Sum of a list (no longer in the folder)']);
    expect(await code().textContent()).toContain('a+b');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => message.textContent()).toMatch(/^Sum of a list: no longer in the folder\. Pick another problem/);
    await shot('problem-deleted');

    expect((await server.stop()).exitCode).toBe(0);
    await code().fill(ADD);
    await page.getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => message.textContent()).toMatch(/does not answer/);
    expect(await code().textContent()).toContain('a+b');
    await shot('server-gone');
    expect(pageErrors).toEqual([]);
  });
});
