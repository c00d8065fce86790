// Before any end-to-end test: the CLI is built and every language image exists, so tests
// measure judging, not image builds. Docker must answer: with CI=true a missing engine is
// a failure, never a reason to skip (a judge whose container tests were skipped has
// proven nothing).

import { execa } from 'execa';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const repoRoot = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    cacheDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'letscode-e2e-cache-'));
  project.provide('cacheDir', cacheDir);
  // The CLI and the page of serve (Vite).
  await execa('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  const docker = await execa('docker', ['info'], { reject: false });
  if (docker.exitCode !== 0) {
    throw new Error('end-to-end tests need a running Docker engine: run `bash scripts/setup.sh` first');
  }
  const started = Date.now();
  // Three at a time: downloads overlap with unpacking and compiling, most of a cold CI run's set-up.
  await execa('node', ['bin/letscode.js', 'images', 'build', '--jobs', '3'], { cwd: repoRoot, stdio: 'inherit', env: { NO_COLOR: '1' } });
  console.log(`e2e setup: images ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return () => rmSync(cacheDir, { recursive: true, force: true });
}
