// Programs a problem brings (output validators, testlib checkers, interactors, input
// validators) are untrusted code too: they are compiled and run in boxes exactly like
// solutions, with the compile cache, but with generous limits of their own.

import { relative } from 'node:path';
import { ProblemFileError } from '../errors.js';
import { prepareProgram, type PreparedProgram } from '../languages/prepare.js';
import { readProgram } from '../languages/read-program.js';
import type { ProgramRef } from '../problem/model.js';
import type { Box } from '../sandbox/sandbox.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import { compileCacheKey } from './compile-cache.js';
import { compileProgram, installProgram } from './compile.js';
import { PROBLEM_PROGRAM_LIMITS } from './limits.js';
import type { JudgeServices } from './judge.js';

const MiB = 1024 * 1024;


/** Where a problem program finds the files of the test it judges. */
export const PROGRAM_DATA_DIR = `${BoxPaths.program}/data`;

export interface InstalledProgram {
  program: PreparedProgram;
  boxes: Box[];
}

/** What the problem program is, for messages: its path relative to the problem when possible. */
export type ProgramRole = 'output validator' | 'checker' | 'interactor' | 'input validator';

export async function installProblemProgram(
  ref: ProgramRef,
  role: ProgramRole,
  boxCount: number,
  services: JudgeServices,
): Promise<InstalledProgram> {
  const { language, source } = await readProgram(ref.path, relative(process.cwd(), ref.path) || ref.path, undefined, { role, siblingIncludes: true });
  const program = prepareProgram(language, source, PROBLEM_PROGRAM_LIMITS.memoryBytes);
  const image = await services.ensureImage(language.image, language.name);
  const seccompProfile = await services.seccompProfile(language.seccompProfile);
  const boxSpec = {
    image,
    seccompProfile,
    memoryBytes: PROBLEM_PROGRAM_LIMITS.memoryBytes + 128 * MiB,
    pidsLimit: 64,
    tmpBytes: 64 * MiB,
    purpose: 'run' as const,
  };
  const opening = Promise.allSettled(Array.from({ length: boxCount }, () => services.sandbox.openBox(boxSpec)));
  const cache = services.compileCache && { store: services.compileCache, key: compileCacheKey(program, language.id, image) };
  const compiled = await compileProgram(program, { sandbox: services.sandbox, image, seccompProfile, cache }).catch(async (error: unknown) => {
    const settled = await opening;
    await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.dispose() : undefined)));
    throw error;
  });
  const settled = await opening;
  const boxes = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure || !compiled.result.ok) {
    await Promise.all(boxes.map((box) => box.dispose()));
    if (failure) throw failure.reason;
    const firstLines = compiled.result.message.split('\n').slice(0, 3).join(' | ');
    throw new ProblemFileError(ref.path, undefined, `the ${role} does not compile: ${firstLines}`, 'fix it, then judge again');
  }
  await Promise.all(boxes.map((box) => installProgram(box, program, compiled.artifacts)));
  return { program, boxes };
}
