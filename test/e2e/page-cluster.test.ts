// serve's page on a cluster: serve --redis with a token, one worker process, a Redis of
// the test's own. The page asks for the token, shows the worker in its queue line, and a
// wrong answer judged by the worker arrives with its diff through Redis.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { repoRoot } from './cli.js';
import { startRedis, startWorker, type TestRedis, type TestWorker } from './redis.js';
import { scratchDirs } from './scratch.js';
import { startServer, type StartedServer } from './server.js';

const scratchDir = scratchDirs('page-cluster');
const TOKEN = 'page-token';
const WRONG_PY = 'input()\nprint(sum(map(int, input().split())) + 1)\n';

let redis: TestRedis;
let worker: TestWorker;
let server: StartedServer;

beforeAll(async () => {
  redis = await startRedis(scratchDir('redis'));
  worker = await startWorker(redis.url, 'page-worker');
  server = await startServer(['serve', join(repoRoot, 'problems'), '--redis', redis.url, '--token', TOKEN, '-j', '1'], { env: { LETSCODE_DATA_DIR: scratchDir('data') } });
});

afterAll(async () => {
  expect((await server.stop()).exitCode).toBe(0);
  await worker.kill('SIGTERM');
  await redis.stop();
});

describe('the page with --redis and --token', () => {
  it('asks for the token, shows the workers, and judges on them with the diff', async () => {
    const browser = await launchChromium(scratchDir('chromium-profile'));
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      // The page itself needs no token; its data does.
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/needs its token/);
      await page.getByLabel('Server token').fill(TOKEN);
      await page.getByRole('button', { name: 'Use token' }).click();
      await expect.poll(() => page.getByRole('combobox', { name: 'Problem' }).locator('option').allTextContents()).toContain('Sum of a list');
      await expect.poll(() => page.locator('#queue').textContent(), { timeout: 15_000 }).toMatch(/1 worker: page-worker 0\/1/);

      await page.getByRole('combobox', { name: 'Problem' }).selectOption({ label: 'Sum of a list' });
      await page.getByRole('combobox', { name: 'Language' }).selectOption('python');
      await page.getByRole('textbox', { name: 'Code' }).fill(WRONG_PY);
      await page.getByRole('button', { name: 'Submit' }).click();
      const status = page.locator('#verdict .verdict-status');
      await expect.poll(() => status.getAttribute('data-verdict'), { timeout: 120_000 }).toBe('WA');
      expect(await page.locator('#verdict pre.diff').first().textContent()).toMatch(/^- 1 \| 6\n\+ 1 \| 7$/m);
      mkdirSync(join(repoRoot, 'test-output'), { recursive: true });
      await page.screenshot({ path: join(repoRoot, 'test-output/page-redis.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
