// validateProblem without Docker: average has no input validator and the built-in default
// output validator, so nothing here needs a sandbox (the services throw if touched).
// Packages with validator programs are covered end to end (test/e2e/validate.test.ts).

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExecutionServices } from '../execution/services.js';
import { loadKattisProblem } from '../problem/kattis/load-kattis.js';
import type { ToolkitEvent } from './events.js';
import { hasValidationWork, validateProblem } from './validate-problem.js';

const AVERAGE = fileURLToPath(new URL('../../test/fixtures/kattis/average', import.meta.url));

const noServices = new Proxy({} as ExecutionServices, {
  get: (_target, key) => {
    throw new Error(`services.${String(key)} used without a sandbox`);
  },
});

async function run(problem: Parameters<typeof validateProblem>[0]) {
  const events: ToolkitEvent[] = [];
  const report = await validateProblem(problem, noServices, { jobs: 2, emit: (event) => events.push(event) });
  return { report, events: events.map((event) => event.type) };
}

describe('validateProblem', () => {
  it('checks the output cases with the default validator and each case\'s flags, without input validators', async () => {
    const problem = await loadKattisProblem(AVERAGE);
    expect(hasValidationWork(problem)).toBe(true);
    const { report, events } = await run(problem);
    expect(report).toMatchObject({ validators: [], inputs: [], invalidInputs: [], notes: [] });
    expect(report.outputCases.map((item) => [item.test, item.verdict, item.ok])).toEqual([
      ['invalid_output/01-off-by-1e-5', 'rejected', true],
      ['invalid_output/02-two-decimals', 'rejected', true],
      ['invalid_output/03-empty', 'rejected', true],
      ['invalid_output/04-words', 'rejected', true],
      // problem.yaml's 1e-6 would accept it; tight/testdata.yaml's 1e-9 does not.
      ['invalid_output/tight/01-seven-decimals', 'rejected', true],
      ['valid_output/01-seven-decimals', 'accepted', true],
      ['valid_output/02-scientific', 'accepted', true],
      ['valid_output/03-spaces', 'accepted', true],
      // Within 1e-2 only, which 04-loose.yaml sets for this case alone.
      ['valid_output/04-loose', 'accepted', true],
    ]);
    expect(report.outputCases[0]).toMatchObject({ output: 'data/invalid_output/01-off-by-1e-5.out', message: expect.stringMatching(/^rejected by the default output validator: token 1: expected 3\.2857142857142856/) });
    expect(events).toEqual(['output-check-start', ...Array<string>(9).fill('output-case-checked'), 'validate-done']);
  });

  it('passes over the output cases of an interactive problem, with a note', async () => {
    const average = await loadKattisProblem(AVERAGE);
    const { report, events } = await run({ ...average, interactor: { program: { path: '/nowhere/interactor.py' }, protocol: 'kattis' } });
    expect(report.outputCases).toEqual([]);
    expect(report.notes).toEqual(['9 cases of data/invalid_output/ and data/valid_output/ not checked: they are for non-interactive problems, and this one is interactive']);
    expect(events).toEqual(['validate-done']);
  });

  it('notes the invalid inputs no validator can check', async () => {
    const average = await loadKattisProblem(AVERAGE);
    const { report } = await run({ ...average, invalidInputs: [{ name: 'invalid_input/x', input: { kind: 'inline', content: '' }, inputValidatorFlags: [] }] });
    expect(report.notes).toEqual(['1 invalid input in data/invalid_input/ not checked: no input validator']);
  });

  it('has nothing to do without input validators and output cases', async () => {
    const average = await loadKattisProblem(AVERAGE);
    expect(hasValidationWork({ ...average, outputCases: [] })).toBe(false);
  });
});
