// The compile step: in its own box with its own limits. What the compiler writes to
// /tmp/out becomes the program files every run box receives.

import { SandboxError, errorMessage } from '../errors.js';
import { formatBytes, formatMs } from '../common/format-units.js';
import type { Box, BoxFile } from '../sandbox/sandbox.js';
import type { BoxSource } from './box-source.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { COMPILE_BOX, COMPILE_LIMITS } from './limits.js';
import type { PreparedProgram } from '../languages/prepare.js';
import type { CompileCache } from './compile-cache.js';
import type { CompileResult } from './compile-result.js';
import { terminationText } from './run-ending.js';

/** Compiler messages shown to the user are cut to this many characters. */
const MESSAGE_CHARS = 64 * 1024;


export interface CompileOutcome {
  result: CompileResult;
  /** Files to install next to the source in every run box (empty when nothing compiled). */
  artifacts: BoxFile[];
}

export interface CompileTarget {
  /** Where the compile box comes from and goes back to (a warm source reuses it, emptied). */
  boxes: BoxSource;
  image: string;
  seccompProfile: string;
  /** Where compiled programs are kept between runs, with this program's key; null: always compile. */
  cache: { store: CompileCache; key: string } | null;
}

/** Writes every source file of a program (all of a folder's, with their paths) under /box. */
export async function writeProgramSources(box: Box, program: PreparedProgram): Promise<void> {
  for (const file of program.sources) await box.writeFile(`${BoxPaths.program}/${file.path}`, file.data);
}

/** Makes a box ready to run a compiled program: its sources and what the compiler produced. */
export async function installProgram(box: Box, program: PreparedProgram, artifacts: readonly BoxFile[]): Promise<void> {
  await writeProgramSources(box, program);
  for (const file of artifacts) await box.writeFile(`${BoxPaths.program}/${file.path}`, file.data, file.mode);
}

export async function compileProgram(program: PreparedProgram, target: CompileTarget): Promise<CompileOutcome> {
  const started = Date.now();
  if (!program.compile) return { result: { ok: true, message: '', wallMs: 0, cached: false }, artifacts: [] };
  const hit = target.cache ? await target.cache.store.get(target.cache.key) : null;
  if (hit) return { result: { ok: true, message: hit.message, wallMs: Date.now() - started, cached: true }, artifacts: hit.artifacts };
  const outcome = await compileInBox(program, target, started);
  if (outcome.result.ok && target.cache) {
    await target.cache.store.put(target.cache.key, { message: outcome.result.message, artifacts: outcome.artifacts });
  }
  return outcome;
}

async function compileInBox(program: PreparedProgram, target: CompileTarget, started: number): Promise<CompileOutcome> {
  const { boxes, image, seccompProfile } = target;
  const command = program.compile!;
  const spec = { ...COMPILE_BOX, image, seccompProfile };
  const box = await boxes.openBox(spec);
  let outcome: CompileOutcome | null = null;
  try {
    await writeProgramSources(box, program);
    const run = await box.run({
      argv: command.argv,
      env: command.env,
      cwd: BoxPaths.compileOutput,
      stdin: Buffer.alloc(0),
      limits: COMPILE_LIMITS,
    });
    const output = Buffer.concat([run.stdout, run.stderr]).toString('utf8').slice(0, MESSAGE_CHARS).trimEnd();
    const limitHit = limitMessage(run.killedBy);
    const exitedCleanly = run.termination.kind === 'exited' && run.termination.exitCode === 0;
    const wallMs = Date.now() - started;
    if (limitHit || !exitedCleanly) {
      const message = [limitHit, output].filter(Boolean).join('\n') || `the compiler failed (${terminationText(run.termination)}) without a message`;
      outcome = { result: { ok: false, message, wallMs, cached: false }, artifacts: [] };
    } else {
      outcome = { result: { ok: true, message: output, wallMs, cached: false }, artifacts: await box.readTree(BoxPaths.compileOutput) };
    }
    return outcome;
  } catch (error) {
    if (error instanceof SandboxError) throw new SandboxError(`compiling failed inside the sandbox: ${errorMessage(error)}`);
    throw error;
  } finally {
    // A healthy box goes back to a warm source (emptied before another program gets it);
    // otherwise it is removed, which takes ~50 ms: not worth waiting for before the
    // tests start (the sandbox's disposeAll() at the end of the command waits for it).
    if (outcome && boxes.keep) boxes.keep(box, spec, COMPILE_BOX_KEY, outcome.result);
    else void box.dispose();
  }
}

/** A compile box holds no program anyone asks for by key: it is always emptied before reuse. */
const COMPILE_BOX_KEY = 'compile-box';

function limitMessage(killedBy: string | null): string | null {
  switch (killedBy) {
    case 'cpu':
    case 'wall':
      return `compilation took longer than ${formatMs(COMPILE_LIMITS.cpuTimeMs)} and was stopped`;
    case 'oom':
      return `the compiler used more than ${formatBytes(COMPILE_BOX.memoryBytes)} and was stopped`;
    case 'output':
      return `the compiler printed more than ${formatBytes(COMPILE_LIMITS.outputBytes)} and was stopped`;
    default:
      return null;
  }
}
