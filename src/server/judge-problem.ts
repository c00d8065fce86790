// The problem a POST /api/judge judges against: a problem folder on this machine (any
// format `letscode judge -p` reads), or tests given inline, with the request's limits.

import type { CheckerSpec } from '../checkers/checker.js';
import { UserFacingError } from '../errors.js';
import { loadProblem } from '../problem/load.js';
import { locateProblem } from '../problem/locate.js';
import { DEFAULT_LIMITS, testsOnlyProblem, type Problem } from '../problem/model.js';
import { HttpError } from './http-types.js';
import type { JudgeBody } from './schemas.js';

const MiB = 1024 * 1024;
const DEFAULT_FLOAT_TOLERANCE = 1e-6;

export async function problemForRequest(body: JudgeBody, cwd: string): Promise<Problem> {
  const problem = body.problem === undefined ? inlineProblem(body, cwd) : await problemAt(body.problem, body.timeLimitMs, cwd);
  if (body.memoryLimitMb === undefined) return problem;
  return { ...problem, limits: { ...problem.limits, memoryBytes: body.memoryLimitMb * MiB } };
}

async function problemAt(path: string, timeLimitMs: number | undefined, cwd: string): Promise<Problem> {
  try {
    const located = await locateProblem({ problemOption: path, solutionPath: '', cwd });
    return await loadProblem(located, { timeLimitMs });
  } catch (error) {
    if (error instanceof UserFacingError) throw new HttpError(422, `problem: ${error.message.replace(/^-p [^:]*: /, '')}`);
    throw error;
  }
}

/** Tests given inline: limits and checker as a problem.yaml without those fields would have them. */
function inlineProblem(body: JudgeBody, cwd: string): Problem {
  return testsOnlyProblem({
    name: 'inline tests',
    dir: cwd,
    sourceFile: 'request body',
    format: 'native',
    timeMs: body.timeLimitMs ?? DEFAULT_LIMITS.timeMs,
    checker: checkerSpec(body.checker),
    tests: (body.tests ?? []).map((test, index) => ({
      name: test.name ?? String(index + 1),
      sample: false,
      input: { kind: 'inline', content: test.input },
      answer: { kind: 'inline', content: test.output },
      checkerFlags: [],
      inputValidatorFlags: [],
    })),
  });
}

function checkerSpec(checker: JudgeBody['checker']): CheckerSpec {
  if (checker === undefined) return { name: 'tokens' };
  if (checker === 'float' || typeof checker === 'object') {
    const given: { absoluteTolerance?: number; relativeTolerance?: number } = typeof checker === 'object' ? checker : {};
    return {
      name: 'float',
      absTolerance: given.absoluteTolerance ?? DEFAULT_FLOAT_TOLERANCE,
      relTolerance: given.relativeTolerance ?? DEFAULT_FLOAT_TOLERANCE,
    };
  }
  return { name: checker };
}
