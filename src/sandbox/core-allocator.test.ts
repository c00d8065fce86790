import { describe, expect, it } from 'vitest';
import { CoreAllocator, pinningEnabled } from './core-allocator.js';

describe('CoreAllocator', () => {
  it('gives each pinned box the least busy core, and takes cores back', () => {
    const cores = new CoreAllocator(2);
    expect([cores.take(), cores.take(), cores.take()]).toEqual([0, 1, 0]);
    cores.release(1);
    expect(cores.take()).toBe(1);
  });

  it('is on unless LETSCODE_PIN_CPU=0', () => {
    expect([pinningEnabled({}), pinningEnabled({ LETSCODE_PIN_CPU: '0' }), pinningEnabled({ LETSCODE_PIN_CPU: '1' })]).toEqual([true, false, true]);
  });
});
