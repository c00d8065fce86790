// The native problem.yaml format, validated with zod and normalized on the way: units
// become milliseconds and bytes, limits and the checker get their defaults, and each
// listed test says where its input and answer come from. Test files are resolved and
// checked on disk later, by native-tests.ts.

import { z } from 'zod';
import type { CheckerName, CheckerSpec } from '../checkers/checker.js';
import { DEFAULT_LIMITS } from './model.js';
import { addIssue, durationMsField, integerField, nameField, oneOfForms, sizeBytesField, toleranceField } from '../common/schema-fields.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const CHECKER_NAMES = ['exact', 'lines', 'tokens', 'float'] as const satisfies readonly CheckerName[];
const DEFAULT_FLOAT_TOLERANCE = 1e-6;

/** Where a listed test's input or answer comes from, before paths are resolved. */
export type ListedTestData =
  | { kind: 'inline'; content: string }
  /** `field` is the key it was given under, so errors can point at the line the user wrote. */
  | { kind: 'file'; relativePath: string; field: 'input_file' | 'output_file' | 'answer_file' };

export interface ListedTest {
  /** Undefined when the YAML gives none; the loader then picks a default. */
  name: string | undefined;
  input: ListedTestData;
  answer: ListedTestData;
  sample: boolean;
}

export type TestsSpec =
  | { kind: 'list'; tests: ListedTest[] }
  /** A folder of NAME.in + NAME.out/NAME.ans, relative to the problem folder. */
  | { kind: 'folder'; relativePath: string };

const relativePath = z.string().trim().min(1);

const testShape = {
  name: nameField('name: big').optional(),
  input: z.string().optional(),
  input_file: relativePath.optional(),
  output: z.string().optional(),
  output_file: relativePath.optional(),
  answer_file: relativePath.optional(),
  sample: z.boolean().default(false),
};

const listedTest = z.strictObject(testShape).transform((test, ctx): ListedTest => {
  const input = exactlyOneSource(ctx, 'input', { input: test.input }, { input_file: test.input_file });
  const answer = exactlyOneSource(ctx, 'output', { output: test.output }, { output_file: test.output_file, answer_file: test.answer_file });
  if (input === undefined || answer === undefined) return z.NEVER;
  return { name: test.name, input, answer, sample: test.sample };
});

/** The one place a test's input (or answer) comes from; reports none or several. */
function exactlyOneSource(
  ctx: z.core.$RefinementCtx,
  what: string,
  inline: Record<string, string | undefined>,
  files: Partial<Record<'input_file' | 'output_file' | 'answer_file', string>>,
): ListedTestData | undefined {
  const inlineKey = Object.keys(inline)[0] ?? what;
  const given = [...Object.entries(inline), ...Object.entries(files)].filter(([, value]) => value !== undefined);
  const [first, second] = given;
  if (first === undefined) {
    const fileKeys = Object.keys(files).join(' or ');
    addIssue(ctx, `has no ${what}`, `add ${inlineKey}: with the text, or ${fileKeys}: with a path relative to the problem folder`);
    return undefined;
  }
  if (second !== undefined) {
    addIssue(ctx, `${first[0]} and ${second[0]} are both given`, `keep only one of them`, [second[0]]);
    return undefined;
  }
  const [key, value = ''] = first;
  return key === inlineKey
    ? { kind: 'inline', content: value }
    : { kind: 'file', relativePath: value, field: key as 'input_file' | 'output_file' | 'answer_file' };
}

const tests = oneOfForms(
  {
    text: relativePath.transform((folder): TestsSpec => ({ kind: 'folder', relativePath: folder })),
    list: z.array(listedTest).transform((list, ctx): TestsSpec => {
      if (list.length === 0) addIssue(ctx, 'the list is empty', 'add at least one test, or name a folder such as tests: tests/');
      return { kind: 'list', tests: list };
    }),
  },
  { what: 'a list of tests or a folder such as tests/', fix: 'write tests: tests/ or a list of tests, each with input and output' },
);

const checkerName = z.enum(CHECKER_NAMES);
const CHECKER_PROTOCOLS = ['kattis', 'testlib'] as const;
const checkerShape = {
  type: checkerName.optional(),
  absolute_tolerance: toleranceField({ max: 1e9 }, 'absolute_tolerance: 1e-6').optional(),
  relative_tolerance: toleranceField({ max: 1 }, 'relative_tolerance: 1e-6').optional(),
  /** A checker program of the problem's (file or folder), relative to the problem folder. */
  program: relativePath.optional(),
  protocol: z.enum(CHECKER_PROTOCOLS).optional(),
};

const checker = oneOfForms(
  {
    text: checkerName.transform((name) => toCheckerSpec(name, {})),
    mapping: z.strictObject(checkerShape).transform((spec, ctx): CheckerSpec => {
      if (spec.program !== undefined) return programChecker(spec, ctx);
      if (spec.type === undefined) {
        addIssue(ctx, 'needs type: or program:', 'write type: float (a built-in checker) or program: checker.cpp with protocol: kattis or testlib', ['type']);
        return z.NEVER;
      }
      const tolerances = { absolute_tolerance: spec.absolute_tolerance, relative_tolerance: spec.relative_tolerance };
      for (const [field, value] of Object.entries(tolerances)) {
        if (value !== undefined && spec.type !== 'float') {
          addIssue(ctx, `${field} only applies to the float checker`, `remove it, or write type: float`, [field]);
        }
      }
      if (spec.protocol !== undefined) addIssue(ctx, 'protocol only applies to a checker program', 'remove it, or add program: checker.cpp', ['protocol']);
      return toCheckerSpec(spec.type, tolerances);
    }),
  },
  {
    what: `a checker name (${CHECKER_NAMES.join(', ')}) or a mapping with type: or program:`,
    fix: 'write it like checker: tokens, checker: { type: float, absolute_tolerance: 1e-6 } or checker: { program: checker.cpp, protocol: testlib }',
  },
);

/** checker: { program: ..., protocol: kattis | testlib }; the path is resolved by the loader. */
function programChecker(spec: { type?: unknown; program?: string; protocol?: (typeof CHECKER_PROTOCOLS)[number]; absolute_tolerance?: number; relative_tolerance?: number }, ctx: z.core.$RefinementCtx): CheckerSpec {
  if (spec.type !== undefined) addIssue(ctx, 'type and program are both given', 'keep only one: a built-in checker or a checker program', ['program']);
  for (const field of ['absolute_tolerance', 'relative_tolerance'] as const) {
    if (spec[field] !== undefined) addIssue(ctx, `${field} does not apply to a checker program`, 'pass options to the program in its own way, or remove it', [field]);
  }
  if (spec.protocol === undefined) {
    addIssue(ctx, 'a checker program needs protocol:', 'add protocol: kattis (exit 42/43) or protocol: testlib (exit 0/1/2)', ['protocol']);
    return z.NEVER;
  }
  return { name: 'external', program: { path: spec.program ?? '' }, protocol: spec.protocol };
}

const interactorShape = { program: relativePath, protocol: z.enum(['kattis']).default('kattis') };
const interactor = oneOfForms(
  {
    text: relativePath.transform((program) => ({ program, protocol: 'kattis' as const })),
    mapping: z.strictObject(interactorShape),
  },
  { what: 'the interactor program (a path) or { program, protocol: kattis }', fix: 'write it like interactor: interactor.cpp' },
);

function toCheckerSpec(name: CheckerName, tolerances: { absolute_tolerance?: number; relative_tolerance?: number }): CheckerSpec {
  if (name !== 'float') return { name };
  return {
    name,
    absTolerance: tolerances.absolute_tolerance ?? DEFAULT_FLOAT_TOLERANCE,
    relTolerance: tolerances.relative_tolerance ?? DEFAULT_FLOAT_TOLERANCE,
  };
}

const problemShape = {
  name: nameField('name: Sum of a list').optional(),
  time_limit: durationMsField({ minMs: 1, maxMs: 60_000 }, 'time_limit: 2s').default(DEFAULT_LIMITS.timeMs),
  // A bare number is MiB: nobody means a 256-byte memory limit.
  memory_limit: sizeBytesField({ minBytes: MiB, maxBytes: 64 * GiB }, 'MiB', 'memory_limit: 256MiB').default(DEFAULT_LIMITS.memoryBytes),
  output_limit: sizeBytesField({ minBytes: 1024, maxBytes: 4 * GiB }, 'MiB', 'output_limit: 64MiB').default(DEFAULT_LIMITS.outputBytes),
  pids_limit: integerField({ min: 1, max: 4096 }, 'pids_limit: 64').default(DEFAULT_LIMITS.pidsLimit),
  checker: checker.default({ name: 'tokens' }),
  /** Interactive problems: the program the solution talks to (Kattis protocol). */
  interactor: interactor.optional(),
  /** Programs that check every input (exit 42 when valid), for `letscode validate`. */
  input_validators: z.array(relativePath).default([]),
  /** Files added to every submission (a folder laid out like a Kattis package's include/). */
  include: relativePath.optional(),
  tests,
};

export const problemFileSchema = z.strictObject(problemShape).transform((file) => ({
  name: file.name,
  limits: {
    timeMs: file.time_limit,
    memoryBytes: file.memory_limit,
    outputBytes: file.output_limit,
    pidsLimit: file.pids_limit,
  },
  checker: file.checker,
  interactor: file.interactor ?? null,
  inputValidators: file.input_validators,
  include: file.include ?? null,
  tests: file.tests,
}));

export type ProblemFile = z.output<typeof problemFileSchema>;

/** Which fields each mapping allows, by path pattern ("*" is a list index): for "did you mean". */
export const KNOWN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  '': Object.keys(problemShape),
  'tests.*': Object.keys(testShape),
  checker: Object.keys(checkerShape),
  interactor: Object.keys(interactorShape),
};

/** How to write a field when zod's own type check rejects it, by path pattern. */
export const FIELD_FIXES: Readonly<Record<string, string>> = {
  '': 'problem.yaml is a mapping of fields, e.g. time_limit: 1s on one line and tests: tests/ on the next',
  tests: 'write tests: tests/ or a list of tests, each with input and output',
  'tests.*': 'write each test as a mapping, e.g. - { input: "1 2\\n", output: "3\\n" }',
  'tests.*.input': 'quote the text, e.g. input: "3\\n1 2 3\\n", or write it as a block under input: |',
  'tests.*.output': 'quote the text, e.g. output: "6\\n", or write it as a block under output: |',
  'tests.*.input_file': 'write a path relative to the problem folder, e.g. input_file: tests/1.in',
  'tests.*.output_file': 'write a path relative to the problem folder, e.g. output_file: tests/1.out',
  'tests.*.answer_file': 'write a path relative to the problem folder, e.g. answer_file: tests/1.ans',
  'tests.*.sample': 'write sample: true or sample: false',
  'checker.type': `write one of ${CHECKER_NAMES.join(', ')}, e.g. type: float`,
  'checker.protocol': 'write protocol: kattis (exit 42 accepted, 43 wrong) or protocol: testlib (exit 0 ok, 1 wrong, 2 presentation)',
  'interactor.protocol': 'write protocol: kattis (the only protocol for interactors)',
  input_validators: 'write a list of programs, e.g. input_validators: [validate.py]',
  include: 'write a folder relative to the problem folder, e.g. include: include/',
};
