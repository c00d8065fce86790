import { describe, expect, it } from 'vitest';
import type { Box } from '../sandbox/sandbox.js';
import { BoxPool } from './box-pool.js';

const fakeBox = (id: string) => ({ id }) as unknown as Box;

describe('BoxPool', () => {
  it('never lends one box to two callers at once', async () => {
    const pool = new BoxPool([fakeBox('a'), fakeBox('b')]);
    const busy = new Set<string>();
    let maxBusy = 0;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        pool.use(async (box) => {
          expect(busy.has(box.id)).toBe(false);
          busy.add(box.id);
          maxBusy = Math.max(maxBusy, busy.size);
          await new Promise((r) => setTimeout(r, i % 3));
          busy.delete(box.id);
        }),
      ),
    );
    expect(maxBusy).toBe(2);
  });

  it('gives the box back when the work fails', async () => {
    const pool = new BoxPool([fakeBox('a')]);
    await expect(pool.use(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await pool.use(async (box) => box.id)).toBe('a');
  });
});
