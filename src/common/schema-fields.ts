// Building blocks for the problem.yaml schema. Each reports its own mistakes as a custom
// zod issue whose message says what is wrong and whose `params.fix` says what to write
// instead; issue-to-error.ts turns that into the one-line ProblemFileError.

import { z } from 'zod';
import { formatDurationMs, formatSizeBytes, parseDurationMs, parseSizeBytes, type SizeUnit, type UnitParseResult } from './units.js';

/** How a schema attaches the fix to an issue; read back by issue-to-error.ts. */
export interface IssueFix {
  fix: string;
}

type Ctx = z.core.$RefinementCtx;

export function addIssue(ctx: Ctx, message: string, fix: string, path: PropertyKey[] = []): void {
  ctx.addIssue({ code: 'custom', message, params: { fix } satisfies IssueFix, path });
}

/** How a YAML value reads back to the person who wrote it. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return `the text "${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

type ValueKind = 'text' | 'number' | 'list' | 'mapping';

function kindOf(value: unknown): ValueKind | undefined {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'number';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object' && value !== null) return 'mapping';
  return undefined;
}

/**
 * A field that has several forms told apart by the kind of YAML value (`tests: tests/`
 * or a list; `checker: float` or a mapping). Unlike z.union, a mistake deep inside the
 * chosen form is reported where it is ("tests.3.sample"), not as "matches no form".
 */
export function oneOfForms<Forms extends Partial<Record<ValueKind, z.ZodType>>>(
  forms: Forms,
  expected: { what: string; fix: string },
): z.ZodType<z.output<NonNullable<Forms[keyof Forms]>>, unknown> {
  return z.unknown().transform((value, ctx) => {
    if (value === undefined) {
      addIssue(ctx, 'is missing', expected.fix);
      return z.NEVER;
    }
    const kind = kindOf(value);
    const form = kind === undefined ? undefined : forms[kind];
    if (form === undefined) {
      addIssue(ctx, `expected ${expected.what}, got ${describeValue(value)}`, expected.fix);
      return z.NEVER;
    }
    const result = form.safeParse(value, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [...issue.path] } as z.core.$ZodRawIssue);
      return z.NEVER;
    }
    return result.data as z.output<NonNullable<Forms[keyof Forms]>>;
  });
}

interface AmountField {
  parse: (value: unknown) => UnitParseResult;
  min: number;
  max: number;
  format: (amount: number) => string;
  /** A correct line to show in the fix, e.g. "time_limit: 2s". */
  example: string;
}

function amountField({ parse, min, max, format, example }: AmountField): z.ZodType<number, unknown> {
  return z.unknown().transform((value, ctx) => {
    const parsed = parse(value);
    if (parsed.kind === 'invalid') {
      addIssue(ctx, parsed.reason, `write it like ${example}`);
      return z.NEVER;
    }
    if (parsed.value < min || parsed.value > max) {
      addIssue(ctx, `${format(parsed.value)} is out of range`, `use a value from ${format(min)} to ${format(max)}`);
      return z.NEVER;
    }
    return parsed.value;
  });
}

export function durationMsField(range: { minMs: number; maxMs: number }, example: string) {
  return amountField({ parse: parseDurationMs, min: range.minMs, max: range.maxMs, format: formatDurationMs, example });
}

export function sizeBytesField(range: { minBytes: number; maxBytes: number }, bareUnit: SizeUnit, example: string) {
  return amountField({
    parse: (value) => parseSizeBytes(value, bareUnit),
    min: range.minBytes,
    max: range.maxBytes,
    format: formatSizeBytes,
    example,
  });
}

export function integerField(range: { min: number; max: number }, example: string): z.ZodType<number, unknown> {
  return z.unknown().transform((value, ctx) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      addIssue(ctx, `expected a whole number, got ${describeValue(value)}`, `write it like ${example}`);
      return z.NEVER;
    }
    if (value < range.min || value > range.max) {
      addIssue(ctx, `${value} is out of range`, `use a whole number from ${range.min} to ${range.max}`);
      return z.NEVER;
    }
    return value;
  });
}

/** A float checker tolerance: a plain number (1e-6), never negative. */
export function toleranceField(range: { max: number }, example: string): z.ZodType<number, unknown> {
  return z.unknown().transform((value, ctx) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      addIssue(ctx, `expected a number, got ${describeValue(value)}`, `write it like ${example}`);
      return z.NEVER;
    }
    if (value < 0 || value > range.max) {
      addIssue(ctx, `${value} is out of range`, `use a number from 0 to ${range.max}`);
      return z.NEVER;
    }
    return value;
  });
}

/**
 * A name: text, or a number YAML read as one (`name: 2023`). Surrounding spaces are
 * trimmed; an empty name is a mistake rather than a reason to fall back to the default.
 */
export function nameField(example: string): z.ZodType<string, unknown> {
  return z.unknown().transform((value, ctx) => {
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
    if (text === undefined || text === '') {
      addIssue(ctx, `expected a name, got ${describeValue(value)}`, `write it like ${example}, or remove the line to use the default`);
      return z.NEVER;
    }
    return text;
  });
}
