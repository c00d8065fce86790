// What the page shows of one problem: its name, limits, samples (cut at a size a page can
// show) and where its statement is. Statement text goes to the page as text; HTML and PDF
// statements are fetched from their own URL (page-routes.ts).

import { open, readFile } from 'node:fs/promises';
import type { Problem, TestData } from '../problem/model.js';
import { findStatement, type StatementFile } from '../problem/statement.js';

const SAMPLE_BYTES = 64 * 1024;
const MAX_SAMPLES = 10;
const STATEMENT_BYTES = 1024 * 1024;

export interface Sample {
  name: string;
  input: string;
  output: string;
  truncated: boolean;
}

export type StatementView =
  | { kind: 'markdown' | 'text'; text: string; file: string }
  | { kind: 'html' | 'pdf'; url: string; file: string }
  | { kind: 'none' };

export interface ProblemDetail {
  name: string;
  format: Problem['format'];
  limits: { timeMs: number | null; memoryBytes: number };
  tests: number;
  interactive: boolean;
  samples: Sample[];
  statement: StatementView;
}

export async function problemDetail(problem: Problem, statementUrl: (file: string) => string): Promise<ProblemDetail> {
  const samples = await Promise.all(problem.tests.filter((test) => test.sample).slice(0, MAX_SAMPLES).map(async (test) => {
    const [input, output] = await Promise.all([readCapped(test.input), readCapped(test.answer)]);
    return { name: test.name, input: input.text, output: output.text, truncated: input.truncated || output.truncated };
  }));
  const statement = await findStatement(problem);
  return {
    name: problem.name,
    format: problem.format,
    limits: { timeMs: problem.timeLimitSource.kind === 'derive' ? null : problem.limits.timeMs, memoryBytes: problem.limits.memoryBytes },
    tests: problem.tests.length,
    interactive: problem.interactor !== null,
    samples,
    statement: statement ? await statementView(statement, statementUrl) : { kind: 'none' },
  };
}

async function statementView(statement: StatementFile, statementUrl: (file: string) => string): Promise<StatementView> {
  if (statement.kind === 'html' || statement.kind === 'pdf') return { kind: statement.kind, url: statementUrl(statement.name), file: statement.name };
  const text = (await readFile(statement.path)).subarray(0, STATEMENT_BYTES).toString('utf8');
  return { kind: statement.kind, text, file: statement.name };
}

async function readCapped(data: TestData): Promise<{ text: string; truncated: boolean }> {
  if (data.kind === 'inline') return cap(Buffer.from(data.content));
  const file = await open(data.path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES + 1);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return cap(buffer.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}

function cap(bytes: Buffer): { text: string; truncated: boolean } {
  return bytes.length > SAMPLE_BYTES ? { text: bytes.subarray(0, SAMPLE_BYTES).toString('utf8'), truncated: true } : { text: bytes.toString('utf8'), truncated: false };
}
