// A budget of steps and time, so that a program that never ends on some input (WHILE(1)
// with no read in its body) stops with an error instead of hanging the judge. A step is
// one command run or one loop iteration; the clock is read only every few thousand steps.

import { ProgramFault } from './faults.js';

export const DEFAULT_MAX_STEPS = 1_000_000_000;
export const DEFAULT_TIME_LIMIT_MS = 60_000;

const STEPS_BETWEEN_CLOCK_READS = 4096;

export class Budget {
  private steps = 0;
  private readonly deadline: number;

  constructor(
    private readonly maxSteps = DEFAULT_MAX_STEPS,
    private readonly timeLimitMs = DEFAULT_TIME_LIMIT_MS,
  ) {
    this.deadline = performance.now() + timeLimitMs;
  }

  step(): void {
    if (++this.steps > this.maxSteps) {
      throw new ProgramFault(`the program ran more than ${this.maxSteps} steps; does a loop never end?`, 'steps');
    }
    if (this.steps % STEPS_BETWEEN_CLOCK_READS === 0 && performance.now() > this.deadline) {
      throw new ProgramFault(`the program ran longer than ${this.timeLimitMs} ms; does a loop never end?`, 'time');
    }
  }
}
