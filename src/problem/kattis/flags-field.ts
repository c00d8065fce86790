// Validator flags as packages write them: one text split on whitespace, the legacy way
// (`validator_flags: float_tolerance 1e-6`), or a list, the 2025-09 way
// (`output_validator_args: [float_tolerance, 1e-6]`). YAML reads 1e-6 in a list as a
// number; it is passed on as the text JavaScript writes for it.

import { z } from 'zod';
import { addIssue, describeValue } from '../../common/schema-fields.js';

type Scalar = string | number | boolean;

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

export function splitFlags(text: string): string[] {
  return text.split(/\s+/).filter((flag) => flag.length > 0);
}

export const flagsField = z.unknown().transform((value, ctx): string[] => {
  if (value === null) return [];
  if (typeof value === 'string') return splitFlags(value);
  if (isScalar(value)) return [String(value)];
  const fix = 'write them like output_validator_args: [float_tolerance, 1e-6] or validator_flags: float_tolerance 1e-6';
  if (!Array.isArray(value)) {
    addIssue(ctx, `expected flags as text or a list, got ${describeValue(value)}`, fix);
    return z.NEVER;
  }
  const index = value.findIndex((flag) => !isScalar(flag));
  if (index === -1) return (value as Scalar[]).map(String);
  addIssue(ctx, `expected a flag (text or a number), got ${describeValue(value[index])}`, fix, [index]);
  return z.NEVER;
});
