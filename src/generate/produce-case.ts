// Making one case's files in the sandbox, as BAPCtools does: the generator runs in an
// empty working folder with {name} = "testcase"; what it writes to testcase.in (or else
// its stdout) is the input, a testcase.ans it writes is the answer. A failing run is tried
// again with seed + 1 up to `retries` times (a timeout ends the retries). The answer is
// then, in order: ans: in generators.yaml, the generator's or copied .ans, an empty one
// for an interactive problem, or the reference solution's output.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classify } from '../execution/classify.js';
import { errorMessage, SandboxError } from '../errors.js';
import { pathKind } from '../common/fs-checks.js';
import { BoxPaths } from '../sandbox/sandbox.js';
import type { Box } from '../sandbox/sandbox.js';
import type { PreparedProgram } from '../languages/prepare.js';
import { GENERATE_LIMITS } from './limits.js';
import type { CaseRule } from './plan.js';
import type { ProgramPool } from './pools.js';
import { CASE_STEM, splitCommand } from './seed.js';

/** The generator's working folder, emptied by the runner before every run. */
const WORK_DIR = `${BoxPaths.tmp}/gen`;
const NO_INPUT = Buffer.alloc(0);

/** The case's files by extension (".in", ".ans", ".yaml"), or why they could not be made. */
export type Produced = { kind: 'made'; files: Map<string, Buffer> } | { kind: 'failed'; message: string };

export interface CaseTools {
  generatorsDir: string;
  interactive: boolean;
  /** The pool of the case's generator (generate: rules only). */
  generator: () => Promise<ProgramPool>;
  /** The pool of the case's reference solution; null when solution: is empty. */
  solution: (() => Promise<ProgramPool>) | null;
}

export async function produceCase(rule: CaseRule, tools: CaseTools): Promise<Produced> {
  try {
    const input = await produceInput(rule, tools);
    if (input.kind === 'failed') return input;
    const files = input.files;
    if (rule.ans !== null) files.set('.ans', Buffer.from(rule.ans));
    if (rule.yaml !== null) files.set('.yaml', Buffer.from(rule.yaml));
    if (!rule.needsAnswer) {
      files.delete('.ans');
      return { kind: 'made', files };
    }
    if (!files.has('.ans')) {
      if (tools.interactive) files.set('.ans', NO_INPUT);
      else if (!tools.solution) return { kind: 'failed', message: 'has no answer: the case gives no ans: and solution: is empty here' };
      else {
        const answer = await solve((await tools.solution()), files.get('.in')!);
        if (answer.kind === 'failed') return answer;
        files.set('.ans', answer.output);
      }
    }
    return { kind: 'made', files };
  } catch (error) {
    if (error instanceof SandboxError) return { kind: 'failed', message: `the sandbox failed: ${errorMessage(error)}` };
    throw error;
  }
}

async function produceInput(rule: CaseRule, tools: CaseTools): Promise<Produced> {
  const { input } = rule;
  switch (input.kind) {
    case 'inline':
      return { kind: 'made', files: new Map([['.in', Buffer.from(input.content)]]) };
    case 'copy': {
      const base = join(tools.generatorsDir, input.base);
      const files = new Map<string, Buffer>();
      for (const extension of ['.in', '.ans', '.yaml']) {
        if ((await pathKind(base + extension)) === 'file') files.set(extension, await readFile(base + extension));
      }
      return files.has('.in') ? { kind: 'made', files } : { kind: 'failed', message: `copy: generators/${input.base}.in does not exist` };
    }
    case 'generate':
      return runGenerator(rule, input, await tools.generator());
  }
}

/** One run of the generator per retry, seed + retry; the first that succeeds wins. */
export async function runGenerator(rule: CaseRule, input: Extract<CaseRule['input'], { kind: 'generate' }>, pool: ProgramPool): Promise<Produced> {
  let last = '';
  for (let retry = 0; retry < rule.retries; retry++) {
    const { args } = splitCommand(input.command, (input.seed + retry) % 2 ** 31);
    const result = await pool.use((box, program) => generateOnce(box, program, args));
    if (result.kind === 'made') return result;
    last = result.message;
    if (result.timedOut) break;
  }
  return { kind: 'failed', message: `${rule.retries > 1 ? `the generator failed ${rule.retries} times; last: ` : 'the generator failed: '}${last}` };
}

type GeneratorRun = { kind: 'made'; files: Map<string, Buffer> } | { kind: 'failed'; message: string; timedOut: boolean };

async function generateOnce(box: Box, program: PreparedProgram, args: readonly string[]): Promise<GeneratorRun> {
  const run = await box.run({ argv: [...program.run.argv, ...args], env: program.run.env, cwd: WORK_DIR, stdin: NO_INPUT, limits: GENERATE_LIMITS });
  const classification = classify(run, GENERATE_LIMITS, program.outOfMemoryMarkers);
  if (classification.kind === 'failed') {
    const stderr = run.stderr.toString('utf8').trim().split('\n').slice(-3).join(' | ');
    return { kind: 'failed', message: `${classification.verdict} (${classification.detail})${stderr ? `: ${stderr}` : ''}`, timedOut: classification.verdict === 'TLE' };
  }
  // Read before anything else runs in this box: the next run empties /tmp.
  const written = await box.readTree(WORK_DIR).catch(() => []);
  const files = new Map<string, Buffer>();
  for (const file of written) {
    for (const extension of ['.in', '.ans', '.yaml']) if (file.path === CASE_STEM + extension) files.set(extension, file.data);
  }
  if (!files.has('.in')) {
    if (run.stdout.length === 0) return { kind: 'failed', message: `wrote no ${CASE_STEM}.in and printed nothing`, timedOut: false };
    files.set('.in', run.stdout);
  }
  return { kind: 'made', files };
}

async function solve(pool: ProgramPool, input: Buffer): Promise<{ kind: 'solved'; output: Buffer } | { kind: 'failed'; message: string }> {
  return pool.use(async (box, program) => {
    const run = await box.run({ ...program.run, cwd: BoxPaths.solutionCwd, stdin: input, limits: GENERATE_LIMITS });
    const classification = classify(run, GENERATE_LIMITS, program.outOfMemoryMarkers);
    if (classification.kind === 'failed') return { kind: 'failed', message: `the solution failed on the input: ${classification.verdict} (${classification.detail})` };
    return { kind: 'solved', output: run.stdout };
  });
}
