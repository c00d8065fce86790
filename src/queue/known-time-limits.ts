// The time limit of each problem a queue judges, known once per problem: a Kattis package
// without one has it derived from its accepted submissions by the first submission that
// needs it, and every later one reuses it. A derivation that fails is forgotten, so the
// next submission tries again (Docker may be back).

import { withKnownTimeLimit } from '../judge/derive-time-limit.js';
import type { JudgeServices } from '../judge/events.js';
import type { Problem, TimedProblem } from '../problem/model.js';

export function knownTimeLimits(services: JudgeServices, jobs: number): (problem: Problem) => Promise<TimedProblem> {
  const known = new WeakMap<Problem, Promise<TimedProblem>>();
  return (problem) => {
    let timed = known.get(problem);
    if (!timed) {
      timed = withKnownTimeLimit(problem, services, jobs).then((result) => result.problem);
      known.set(problem, timed);
      timed.catch(() => known.delete(problem));
    }
    return timed;
  };
}
