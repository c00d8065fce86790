// Seeing which cores a command's boxes run on, for the pinning tests (pinning.test.ts and
// the warm helper's case in warm.test.ts): decoy containers that make every core but 0 look
// busy, and the cpusets of the boxes that run the program at the same moment.

import { execa } from 'execa';
import { availableParallelism } from 'node:os';

/** Two cores' worth of boxes, one each, on a machine that has them. */
export const expectedCores = availableParallelism() >= 2 ? ['0', '1'] : ['0', '0'];

/**
 * Three containers labelled as another letscode process's boxes pinned to core 1, so a
 * command's boxes all open on core 0. Returns their removal.
 */
export async function decoysOnCore1(): Promise<() => Promise<void>> {
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const started = await execa('docker', ['run', '-d', '--rm', '--network', 'none', '--label', 'letscode.core=1', '--label', 'letscode.pid=1', 'debian:bookworm-slim', 'sleep', '300']);
    ids.push(started.stdout.trim());
  }
  return async () => {
    await execa('docker', ['rm', '-f', ...ids], { reject: false });
  };
}

/** The cpusets of `pid`'s run boxes seen running a Python program together while `judging` runs. */
export async function coresWhileJudging(judging: Promise<unknown>, pid: number): Promise<string[]> {
  let done = false;
  void judging.finally(() => (done = true));
  let seen: string[] = [];
  while (!done) {
    const listed = await execa('docker', ['ps', '-q', '--filter', `label=letscode.pid=${pid}`, '--filter', 'label=letscode.purpose=run']);
    // Only the boxes the program runs in (a helper also holds spare and idle ones).
    const listedIds = listed.stdout.split('\n').filter(Boolean);
    const tops = await Promise.all(listedIds.map((id) => execa('docker', ['top', id], { reject: false })));
    const ids = listedIds.filter((_, index) => /python/.test(tops[index]!.stdout));
    if (ids.length >= 2) {
      const inspected = await execa('docker', ['inspect', '-f', '{{.HostConfig.CpusetCpus}}', ...ids], { reject: false });
      const cores = inspected.stdout.split('\n').filter(Boolean);
      if (cores.length > seen.length) seen = cores;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return seen.sort();
}
