import { describe, expect, it } from 'vitest';
import { CoreAllocator, PINNED_CORE_LABEL, pinnedElsewhere, pinningEnabled } from './core-allocator.js';

describe('CoreAllocator', () => {
  it('gives each pinned box the least busy core, and takes cores back', () => {
    const cores = new CoreAllocator(2);
    expect([cores.take(), cores.take(), cores.take()]).toEqual([0, 1, 0]);
    cores.release(1);
    expect(cores.take()).toBe(1);
  });

  it("counts the boxes other processes pinned, so a second command starts on the other core", () => {
    const cores = new CoreAllocator(2);
    expect(cores.take(new Map([[0, 1]]))).toBe(1);
    expect(cores.take(new Map([[0, 1]]))).toBe(0);
  });

  it('keeps a box off the cores of the boxes it will run beside, while another core is left', () => {
    const cores = new CoreAllocator(3);
    // Core 1 is the least busy, but the box runs beside one there: core 2 then.
    expect(cores.take(new Map([[0, 5], [2, 1]]), new Set([1]))).toBe(2);
    expect(cores.take(new Map(), new Set([0, 1]))).toBe(2);
    // Every core taken by its neighbours: the least busy of all.
    expect(cores.take(new Map([[0, 3]]), new Set([0, 1, 2]))).toBe(1);
    expect(cores.cores).toBe(3);
  });

  it('is on unless LETSCODE_PIN_CPU=0', () => {
    expect([pinningEnabled({}), pinningEnabled({ LETSCODE_PIN_CPU: '0' }), pinningEnabled({ LETSCODE_PIN_CPU: '1' })]).toEqual([true, false, true]);
  });
});

describe('pinnedElsewhere', () => {
  it("counts other processes' pinned boxes per core, not ours or unpinned ones", () => {
    const box = (pid: number, core?: number) => ({ Labels: { 'letscode.pid': String(pid), ...(core === undefined ? {} : { [PINNED_CORE_LABEL]: String(core) }) } });
    const counts = pinnedElsewhere([box(1, 0), box(2, 0), box(2, 1), box(7, 1), box(3), {}], 7);
    expect([...counts]).toEqual([[0, 2], [1, 1]]);
  });
});
