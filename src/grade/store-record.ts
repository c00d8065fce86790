// The shape of one line of the results store, checked on load: a line that does not parse
// or does not fit (a torn write, a hand edit) is skipped and counted, never trusted.

import { z } from 'zod';
import { VERDICTS } from '../common/verdicts.js';
import type { StoredResult } from './model.js';

const jsonTest = z.object({
  name: z.string(),
  verdict: z.enum(VERDICTS),
  timeMs: z.number(),
  wallMs: z.number(),
  memoryBytes: z.number(),
  exitCode: z.number().nullable(),
  signal: z.string().nullable(),
  detail: z.string(),
  sample: z.boolean(),
  score: z.number().optional(),
});

const jsonGroup = z.object({ name: z.string(), score: z.number().nullable(), maxScore: z.number(), verdict: z.enum(VERDICTS) });

// Scoring problems add score, maxScore and groups (judge-json.ts); pass-fail reports have none.
const jsonReport = z.object({
  verdict: z.enum(VERDICTS),
  score: z.number().nullable().optional(),
  maxScore: z.number().optional(),
  problem: z.string(),
  language: z.string(),
  solution: z.string(),
  compile: z.object({ ok: z.boolean(), message: z.string(), timeMs: z.number(), cached: z.boolean() }),
  groups: z.array(jsonGroup).optional(),
  tests: z.array(jsonTest),
  totalMs: z.number(),
});

const outcome = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('judged'),
    report: jsonReport,
    limits: z.object({ timeMs: z.number(), memoryBytes: z.number() }),
    testCount: z.number().int().nonnegative(),
  }),
  z.object({ kind: z.literal('refused'), message: z.string() }),
  z.object({ kind: z.literal('judge-failed'), message: z.string() }),
]);

/** Written as the first field of every line, so a future format can tell old lines apart. */
export const STORE_FORMAT = 'letscode-grade-result/1';

const storedLine = z.object({
  format: z.literal(STORE_FORMAT),
  key: z.string().regex(/^[0-9a-f]{64}$/),
  student: z.string(),
  problem: z.string(),
  path: z.string(),
  language: z.string(),
  letscodeVersion: z.string(),
  gradedAt: z.string(),
  outcome,
});

/** The record on a line, or null when the line cannot be trusted. */
export function parseStoredLine(line: string): StoredResult | null {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = storedLine.safeParse(data);
  if (!parsed.success) return null;
  const { format: _format, ...result } = parsed.data;
  return result;
}

export function formatStoredLine(result: StoredResult): string {
  return `${JSON.stringify({ format: STORE_FORMAT, ...result })}\n`;
}
