import { describe, expect, it } from 'vitest';
import { Budget } from './budget.js';
import { ProgramFault } from './faults.js';

describe('Budget', () => {
  it('allows exactly its number of steps', () => {
    const budget = new Budget(3);
    budget.step();
    budget.step();
    budget.step();
    expect(() => budget.step()).toThrow('the program ran more than 3 steps; does a loop never end?');
  });

  it('ends a run that takes longer than its time', () => {
    const budget = new Budget(Infinity, 0);
    let fault: unknown;
    try {
      for (let step = 0; step < 100_000; step++) budget.step();
    } catch (error) {
      fault = error;
    }
    expect(fault).toBeInstanceOf(ProgramFault);
    expect(fault).toMatchObject({ budget: 'time', message: 'the program ran longer than 0 ms; does a loop never end?' });
  });
});
