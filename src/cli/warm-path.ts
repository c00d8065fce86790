// Whether a command may judge through the warm helper (src/warm/): on by default on a
// person's machine; off with --no-warm or LETSCODE_WARM=0, and off on CI (every CI run
// starts from nothing, and a helper would outlive the job) unless LETSCODE_WARM=1.

import { isCI, type Env } from '../common/environment.js';

export function warmPathEnabled(flag: boolean, env: Env = process.env): boolean {
  if (!flag || env.LETSCODE_WARM === '0') return false;
  return env.LETSCODE_WARM === '1' || !isCI(env);
}

/** How long the helper waits for the next command before it exits with its boxes. */
export function helperIdleMs(env: Env = process.env): number {
  const configured = Number(env.LETSCODE_WARM_IDLE_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : 10 * 60 * 1000;
}
