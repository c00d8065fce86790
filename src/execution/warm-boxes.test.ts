import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeSandbox } from './__fixtures__/fake-sandbox.js';
import type { BoxSpec } from '../sandbox/sandbox.js';
import { WarmBoxes } from './warm-boxes.js';

const spec = (memoryBytes: number): BoxSpec => ({ image: 'img', memoryBytes, pidsLimit: 65, tmpBytes: 1, seccompProfile: '{}', purpose: 'run' });
const compile = { ok: true, message: 'a warning', wallMs: 100, cached: false };
const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe('WarmBoxes: spares', () => {
  it('starts a spare of the kind just taken, and hands it to the next request of that kind', async () => {
    const sandbox = new FakeSandbox();
    const warm = new WarmBoxes(sandbox);
    const first = await warm.openBox(spec(1));
    await settle();
    expect(sandbox.boxes).toHaveLength(2);
    expect(first).toBe(sandbox.boxes[0]);
    expect(await warm.openBox(spec(1))).toBe(sandbox.boxes[1]);
  });

  it('a different kind of box gets a fresh box, not another kind\'s spare', async () => {
    const warm = new WarmBoxes(new FakeSandbox());
    await warm.openBox(spec(1));
    expect((await warm.openBox(spec(2))) as unknown).toMatchObject({ spec: { memoryBytes: 2 } });
  });

  it('a spare whose container died is removed and replaced by a fresh box', async () => {
    const sandbox = new FakeSandbox();
    const warm = new WarmBoxes(sandbox);
    await warm.openBox(spec(1));
    await settle();
    const spare = sandbox.boxes[1]!;
    spare.alive = false;
    expect(await warm.openBox(spec(1))).not.toBe(spare);
    expect(spare.disposed).toBe(true);
  });

  it('keeps spares of the most recently used kinds only', async () => {
    const sandbox = new FakeSandbox();
    const warm = new WarmBoxes(sandbox, { kinds: 2 });
    for (const memory of [1, 2, 3]) await warm.openBox(spec(memory));
    await settle();
    const spares = sandbox.boxes.filter((_, index) => index % 2 === 1);
    expect(spares.map((box) => [box.spec.memoryBytes, box.disposed])).toEqual([[1, true], [2, false], [3, false]]);
  });
});

describe('WarmBoxes: idle boxes of one program', () => {
  it('gives a kept box back for the same program and kind only, once', async () => {
    const sandbox = new FakeSandbox();
    const warm = new WarmBoxes(sandbox);
    const box = await sandbox.openBox(spec(1));
    warm.keep(box, spec(1), 'program-a', compile);
    expect(await warm.takeInstalled(spec(1), 'program-b')).toBeUndefined();
    expect(await warm.takeInstalled(spec(2), 'program-a')).toBeUndefined();
    expect(await warm.takeInstalled(spec(1), 'program-a')).toEqual({ box, compile });
    expect(await warm.takeInstalled(spec(1), 'program-a')).toBeUndefined();
    expect(box.disposed).toBe(false);
  });

  it('removes a box that died while idle instead of handing it out', async () => {
    const sandbox = new FakeSandbox();
    const warm = new WarmBoxes(sandbox);
    const box = await sandbox.openBox(spec(1));
    warm.keep(box, spec(1), 'p', compile);
    box.alive = false;
    expect(await warm.takeInstalled(spec(1), 'p')).toBeUndefined();
    expect(box.disposed).toBe(true);
  });

  it('keeps at most maxIdle boxes, each for idleMs', async () => {
    vi.useFakeTimers();
    const sandbox = new FakeSandbox();
    const warm = new WarmBoxes(sandbox, { maxIdle: 2, idleMs: 1000 });
    const boxes = await Promise.all([1, 2, 3].map(() => sandbox.openBox(spec(1))));
    boxes.forEach((box, index) => warm.keep(box, spec(1), `p${index}`, compile));
    expect(boxes.map((box) => box.disposed)).toEqual([true, false, false]);
    vi.advanceTimersByTime(1000);
    expect(boxes.map((box) => box.disposed)).toEqual([true, true, true]);
  });

  it('close() removes spares and idle boxes, and later boxes are not kept', async () => {
    const sandbox = new FakeSandbox();
    const warm = new WarmBoxes(sandbox);
    await warm.openBox(spec(1));
    const kept = await sandbox.openBox(spec(1));
    warm.keep(kept, spec(1), 'p', compile);
    await settle();
    await warm.close();
    expect(sandbox.boxes.slice(1).every((box) => box.disposed)).toBe(true);
    const late = await sandbox.openBox(spec(1));
    warm.keep(late, spec(1), 'p', compile);
    expect(late.disposed).toBe(true);
  });
});
