// The junk each input validator gets (junk-inputs.ts), as inputs to check: made from the
// smallest test inputs (cheap runs), never equal to a real input, each run with the flags
// of the test it was made from; junk made from nothing runs once per distinct set of
// flags the tests give, as problemtools does, since a validator may read its bounds
// from them.

import { stat } from 'node:fs/promises';
import { inputValidatorFlagsFor, type InputValidatorFlags, type ProgramRef, type TestCase } from '../problem/model.js';
import { readTestData } from '../problem/test-data.js';
import type { CheckedInput } from './checked-input.js';
import { differingFrom, fixedJunk, mutatedJunk, type JunkInput } from './junk-inputs.js';

/** How many of the smallest inputs the changes are made from. */
const SOURCE_INPUTS = 8;
/** Inputs larger than this are not copied into junk. */
const MAX_SOURCE_BYTES = 1024 * 1024;

export async function junkToCheck(tests: readonly TestCase[], validators: readonly ProgramRef[]): Promise<CheckedInput[]> {
  if (tests.length === 0) return [];
  const sized = await Promise.all(tests.map(async (test) => ({ test, size: await sizeOf(test) })));
  const sources = sized.filter((entry) => entry.size <= MAX_SOURCE_BYTES).sort((a, b) => a.size - b.size).slice(0, SOURCE_INPUTS);
  const sourceData = await Promise.all(sources.map(async ({ test }) => ({ test: test.name, data: await readTestData(test.input) })));
  const byName = new Map(tests.map((test) => [test.name, test]));
  const made = [...withEachFlagSet(fixedJunk(), tests, validators), ...mutatedJunk(sourceData).map((junk) => ({ junk, flags: byName.get(junk.from!)! }))];
  const kept: CheckedInput[] = [];
  for (const { junk, flags } of made) {
    // Only a real input of the same size can equal the junk.
    const sameSize = await Promise.all(sized.filter((entry) => entry.size === junk.data.length).map((entry) => readTestData(entry.test.input)));
    if (differingFrom([junk], sameSize).length === 0) continue;
    kept.push({ inputValidatorFlags: flags.inputValidatorFlags, inputValidatorFlagsByPath: flags.inputValidatorFlagsByPath, test: junk.description, input: junk.from, read: async () => junk.data, role: 'junk' });
  }
  return kept;
}

/** Junk made from nothing, once per distinct set of flags (said in the description when there are several). */
function withEachFlagSet(junk: readonly JunkInput[], tests: readonly TestCase[], validators: readonly ProgramRef[]): { junk: JunkInput; flags: InputValidatorFlags }[] {
  const sets = new Map<string, InputValidatorFlags>();
  for (const test of tests) sets.set(JSON.stringify(validators.map((validator) => inputValidatorFlagsFor(test, validator))), test);
  const several = sets.size > 1;
  return [...sets.values()].flatMap((flags) =>
    junk.map((item) => {
      const shownFlags = [...new Set(validators.flatMap((validator) => inputValidatorFlagsFor(flags, validator)))].join(' ');
      return { junk: several ? { ...item, description: `${item.description} (flags: ${shownFlags || 'none'})` } : item, flags };
    }),
  );
}

async function sizeOf(test: TestCase): Promise<number> {
  if (test.input.kind === 'inline') return Buffer.byteLength(test.input.content);
  return (await stat(test.input.path).catch(() => null))?.size ?? Number.MAX_SAFE_INTEGER;
}
