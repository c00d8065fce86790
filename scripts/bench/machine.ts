// What the benchmark needs before it starts (Docker, g++, the built CLI, the gcc image),
// and a description of the machine the figures belong to.

import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, totalmem } from 'node:os';
import { runCommand } from './timing.js';

/** A missing prerequisite: the benchmark stops with this message and exit code 2. */
export class PrerequisiteError extends Error {}

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  kernel: string;
  docker: string;
  node: string;
  gpp: string;
}

export async function checkPrerequisites(cliPath: string): Promise<{ docker: string; gpp: string }> {
  const docker = await runCommand(['docker', 'version', '--format', '{{.Server.Version}}']).catch(() => null);
  if (!docker || docker.exitCode !== 0) {
    const why = docker ? docker.stderr.trim().split('\n')[0] : 'the docker command is not installed';
    throw new PrerequisiteError(`Docker is not available (${why}). Start a Docker engine (scripts/setup.sh does) and retry.`);
  }
  const gpp = await runCommand(['g++', '--version']).catch(() => null);
  if (!gpp || gpp.exitCode !== 0) {
    throw new PrerequisiteError('g++ is not installed on the host; the native baseline needs it (apt-get install g++).');
  }
  if (!existsSync(cliPath)) throw new PrerequisiteError(`${cliPath} not found: run \`npm run build\` first (npm run bench does).`);
  return { docker: docker.stdout.trim(), gpp: gpp.stdout.split('\n')[0]!.trim() };
}

/** Makes sure the image letscode judges C++ in exists (builds it through the CLI if not). */
export async function ensureGccImage(ref: string, cliArgv: readonly string[]): Promise<void> {
  const inspect = await runCommand(['docker', 'image', 'inspect', '--format', '{{.Id}}', ref]);
  if (inspect.exitCode === 0) return;
  process.stderr.write(`bench: ${ref} is missing; building it first (not timed)...\n`);
  const build = await runCommand([...cliArgv, 'images', 'build', 'gcc']);
  if (build.exitCode !== 0) throw new PrerequisiteError(`could not build ${ref}:\n${build.stderr.trim() || build.stdout.trim()}`);
}

export function describeMachine(versions: { docker: string; gpp: string }): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown CPU';
  return {
    cpu: model,
    cores: availableParallelism(),
    ramGiB: totalmem() / 1024 ** 3,
    kernel: release(),
    docker: versions.docker,
    node: process.version,
    gpp: versions.gpp,
  };
}

/** A warning when the machine is busy enough to skew the figures (other engineers' tests). */
export function busyWarning(cores: number): string | null {
  const pressure = /^some avg10=([\d.]+)/m.exec(readIfExists('/proc/pressure/cpu'));
  const stalledPercent = pressure ? Number(pressure[1]) : 0;
  const [oneMinute = 0] = loadavg();
  if (oneMinute <= cores && stalledPercent <= 20) return null;
  return `the machine is busy (load ${oneMinute.toFixed(2)} on ${cores} cores, CPU pressure ${stalledPercent}%): figures will be noisy`;
}

/**
 * uptime's three load averages, the share of time runnable tasks waited for a CPU (PSI),
 * and how many containers run that are not ours (other engineers' tests).
 */
export async function loadNow(): Promise<string> {
  const [one, five, fifteen] = loadavg().map((value) => value.toFixed(2));
  const ps = await runCommand(['docker', 'ps', '-q']).catch(() => null);
  const containers = ps && ps.exitCode === 0 ? ps.stdout.split('\n').filter(Boolean).length : NaN;
  const pressure = /^some avg10=([\d.]+) avg60=([\d.]+)/m.exec(readIfExists('/proc/pressure/cpu'));
  const stalled = pressure ? `; CPU pressure ${pressure[1]}%/${pressure[2]}% (10 s/60 s)` : '';
  return `load average ${one}, ${five}, ${fifteen}${stalled}; ${containers} other container(s) running`;
}

function readIfExists(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
