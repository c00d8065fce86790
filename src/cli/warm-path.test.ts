import { describe, expect, it } from 'vitest';
import { helperIdleMs, warmPathEnabled } from './warm-path.js';

describe('warmPathEnabled', () => {
  it('is on by default, off with --no-warm or LETSCODE_WARM=0', () => {
    expect(warmPathEnabled(true, {})).toBe(true);
    expect(warmPathEnabled(false, {})).toBe(false);
    expect(warmPathEnabled(true, { LETSCODE_WARM: '0' })).toBe(false);
  });

  it('is off on CI unless asked for with LETSCODE_WARM=1', () => {
    expect(warmPathEnabled(true, { CI: 'true' })).toBe(false);
    expect(warmPathEnabled(true, { CI: 'true', LETSCODE_WARM: '1' })).toBe(true);
    expect(warmPathEnabled(false, { CI: 'true', LETSCODE_WARM: '1' })).toBe(false);
  });

  it('waits 10 minutes for the next command unless told otherwise', () => {
    expect([helperIdleMs({}), helperIdleMs({ LETSCODE_WARM_IDLE_MS: '1500' }), helperIdleMs({ LETSCODE_WARM_IDLE_MS: 'soon' })]).toEqual([600_000, 1500, 600_000]);
  });
});
