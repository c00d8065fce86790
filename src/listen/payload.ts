// The problem the Competitive Companion browser extension POSTs (one per request; a contest
// page sends one request per problem, tied together by `batch`). Read leniently: fields a
// newer extension adds are ignored, optional ones get defaults.
// https://github.com/jmerle/competitive-companion#the-format

import { z } from 'zod';

const ioConfiguration = z.object({
  /** stdin | stdout, file (with fileName), regex (input only, with pattern). */
  type: z.string(),
  fileName: z.string().optional(),
  pattern: z.string().optional(),
});

export const companionTaskSchema = z.object({
  name: z.string().trim().min(1),
  /** The contest or judge, e.g. "Codeforces - Educational Round 40". */
  group: z.string().default(''),
  url: z.string().default(''),
  interactive: z.boolean().default(false),
  /** MB (= MiB, as in statements). */
  memoryLimit: z.number().min(0).optional(),
  /** Milliseconds. */
  timeLimit: z.number().min(0).optional(),
  tests: z.array(z.object({ input: z.string(), output: z.string() })).default([]),
  /** single | multiNumber | multiEOF: how a tool should template the solution; unused here. */
  testType: z.string().optional(),
  input: ioConfiguration.default({ type: 'stdin' }),
  output: ioConfiguration.default({ type: 'stdout' }),
  /** Language-specific settings (java: mainClass, taskClass); unused here. */
  languages: z.record(z.string(), z.unknown()).optional(),
  /** The problems sent together from one contest page: a shared id and how many there are. */
  batch: z.object({ id: z.string(), size: z.number().int().min(1) }).optional(),
});

export type CompanionTask = z.output<typeof companionTaskSchema>;
