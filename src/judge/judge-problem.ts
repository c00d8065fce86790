// The one entry point that judges a solution on a problem as loaded: the time limit is
// derived first when the package asks for it, then the solution is judged. Commands that
// judge many solutions of one problem (verify, grade) call withKnownTimeLimit() once and
// judgeSolution() for each, which the types allow and nothing else does.

import type { Problem } from '../problem/model.js';
import { withKnownTimeLimit } from './derive-time-limit.js';
import type { JudgeServices } from './events.js';
import type { JudgeReport } from './judge-report.js';
import { judgeSolution, type JudgeRequest } from './judge-solution.js';

export type ProblemJudgeRequest = Omit<JudgeRequest, 'problem'> & { problem: Problem };

export async function judgeProblem(request: ProblemJudgeRequest, services: JudgeServices): Promise<JudgeReport> {
  const { problem } = await withKnownTimeLimit(request.problem, services, request.jobs);
  return judgeSolution({ ...request, problem }, services);
}
