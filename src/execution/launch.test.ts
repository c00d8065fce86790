// The one launch path: boxes open while the program compiles, every box gets the program,
// and no box survives a failure at any step.

import { describe, expect, it } from 'vitest';
import { SandboxError } from '../errors.js';
import { languages, resolveLanguage } from '../languages/registry.js';
import type { Box, BoxSpec } from '../sandbox/sandbox.js';
import { FakeSandbox, fakeServices } from './__fixtures__/fake-sandbox.js';
import type { BoxSource } from './box-source.js';
import type { CompileResult } from './compile-result.js';
import { launchProgram, type LaunchRequest } from './launch.js';
import { runBoxFor } from './limits.js';

const cpp = resolveLanguage(languages, 'cpp');
const limits = { timeMs: 1000, wallTimeMs: 2000, memoryBytes: 64 << 20, outputBytes: 1 << 20, pidsLimit: 16 };

function request(overrides: Partial<LaunchRequest> = {}): LaunchRequest {
  return { language: cpp, source: Buffer.from('int main(){}'), memoryBytes: limits.memoryBytes, box: runBoxFor(limits, 0), boxCount: 3, ...overrides };
}

describe('launchProgram', () => {
  it('compiles once and installs the program in every box', async () => {
    const sandbox = new FakeSandbox(() => ({}), (_, box) => {
      box.files.set('/tmp/out/solution', Buffer.from('ELF'));
      return {};
    });
    const launch = await launchProgram(request(), fakeServices(sandbox));
    expect(launch.kind).toBe('launched');
    if (launch.kind !== 'launched') return;
    expect(launch.boxes).toHaveLength(3);
    expect(launch.boxes.every((box) => sandbox.runBoxes.includes(box as never))).toBe(true);
    expect(sandbox.runBoxes.map((box) => box.files.get('/box/solution.cpp')?.toString())).toEqual(['int main(){}', 'int main(){}', 'int main(){}']);
    expect(sandbox.boxes.filter((box) => box.spec.purpose === 'compile')).toHaveLength(1);
    await launch.dispose();
    expect(sandbox.boxes.every((box) => box.disposed)).toBe(true);
  });

  it('a compile error removes the boxes opened meanwhile', async () => {
    const sandbox = new FakeSandbox(() => ({}), () => ({ termination: { kind: 'exited', exitCode: 1 }, stderr: Buffer.from('error') }));
    const launch = await launchProgram(request({ announce: true }), fakeServices(sandbox));
    expect(launch).toMatchObject({ kind: 'compile-error', compile: { ok: false, message: 'error' } });
    expect(sandbox.runBoxes).toHaveLength(3);
    expect(sandbox.boxes.every((box) => box.disposed)).toBe(true);
  });

  it('a box that dies while the program is installed: the error goes up, no box stays', async () => {
    const sandbox = new FakeSandbox();
    const openBox = sandbox.openBox.bind(sandbox);
    let runBoxes = 0;
    sandbox.openBox = async (spec) => {
      const box = await openBox(spec);
      if (spec.purpose === 'run' && ++runBoxes === 2) box.writeFile = async () => Promise.reject(new SandboxError('the sandbox container stopped unexpectedly'));
      return box;
    };
    await expect(launchProgram(request(), fakeServices(sandbox))).rejects.toThrow(SandboxError);
    expect(sandbox.boxes.every((box) => box.disposed)).toBe(true);
  });

  it('takes boxes that already hold the program from a box source that keeps them, and gives them back', async () => {
    const sandbox = new FakeSandbox();
    const kept: { box: Box; compile: CompileResult }[] = [];
    const source: BoxSource = {
      openBox: (spec: BoxSpec) => sandbox.openBox(spec),
      takeInstalled: async () => kept.pop(),
      keep: (box, _spec, _key, compile) => void kept.push({ box, compile }),
    };
    const services = { ...fakeServices(sandbox), boxes: source };
    const first = await launchProgram(request({ boxCount: 1 }), services);
    if (first.kind !== 'launched') throw new Error('did not launch');
    await first.dispose({ keep: true });
    // The run box, holding the program; and the compile box, to be emptied for the next one.
    expect(kept).toHaveLength(2);
    const second = await launchProgram(request({ boxCount: 1 }), services);
    expect(second).toMatchObject({ kind: 'launched', compile: { ok: true, cached: true, wallMs: 0 } });
    // No second compile box, no second run box.
    expect(sandbox.boxes).toHaveLength(2);
    expect(sandbox.boxes.every((box) => box.resets === 0)).toBe(true);
  });

  it('asks the sandbox to pin the boxes of a launch apart, fresh or kept, before any runs', async () => {
    const sandbox = new FakeSandbox();
    const apart: string[][] = [];
    sandbox.pinApart = async (boxes) => void apart.push(boxes.map((box) => box.id));
    const services = keepingRunBoxes(sandbox);
    const first = await launchProgram(request({ boxCount: 2 }), services);
    if (first.kind !== 'launched') throw new Error('did not launch');
    expect(apart).toEqual([first.boxes.map((box) => box.id)]);
    await first.dispose({ keep: true });
    const again = await launchProgram(request({ boxCount: 2 }), services);
    if (again.kind !== 'launched') throw new Error('did not launch');
    expect(apart[1]?.sort()).toEqual(first.boxes.map((box) => box.id).sort());
    // One box, or boxes not pinned: nothing to spread.
    await launchProgram(request({ boxCount: 1 }), fakeServices(sandbox));
    await launchProgram(request({ box: { ...runBoxFor(limits, 0), pinCpu: false } }), fakeServices(sandbox));
    expect(apart).toHaveLength(2);
  });

  it('removes the boxes of a launch when pinning them apart fails, kept boxes too', async () => {
    const sandbox = new FakeSandbox();
    const services = keepingRunBoxes(sandbox);
    const first = await launchProgram(request({ boxCount: 2 }), services);
    if (first.kind !== 'launched') throw new Error('did not launch');
    await first.dispose({ keep: true });
    sandbox.pinApart = async () => {
      throw new Error('docker update failed');
    };
    await expect(launchProgram(request({ boxCount: 2 }), services)).rejects.toThrow('docker update failed');
    expect(first.boxes.map((box) => sandbox.boxes.find((fake) => fake.id === box.id)?.disposed)).toEqual([true, true]);
  });
});

/** Services whose box source keeps run boxes as the warm helper does, and hands them out again. */
function keepingRunBoxes(sandbox: FakeSandbox) {
  const kept: { box: Box; compile: CompileResult }[] = [];
  const source: BoxSource = {
    openBox: (spec: BoxSpec) => sandbox.openBox(spec),
    takeInstalled: async () => kept.pop(),
    keep: (box, spec, _key, compile) => void (spec.purpose === 'run' && kept.push({ box, compile })),
  };
  return { ...fakeServices(sandbox), boxes: source };
}
