// Reads one student's entry (a file, or a folder holding a multi-file program) into a
// program with its language, found as `letscode judge` finds it, or into the reason it
// cannot be judged: empty, binary, a language letscode does not know. Those are result
// rows, not errors; only an entry that cannot be read at all stops the run (exit 2).

import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import type { Language } from '../languages/language.js';
import type { ProgramSource } from '../languages/prepare.js';
import { readProgram } from '../languages/read-program.js';
import { detectLanguage, languages } from '../languages/registry.js';
import { listFolderFiles } from '../languages/source-folder.js';
import { describeFsError, pathKind } from '../common/fs-checks.js';
import type { NotJudgeable } from './model.js';

export type ReadSubmission =
  | { kind: 'program'; language: Language; source: ProgramSource }
  | { kind: 'rejected'; verdict: NotJudgeable; detail: string };

const FIX_UNREADABLE = 'fix its permissions or move it out of the submissions';

export async function readSubmission(path: string, shownAs: string, langOption: string | undefined): Promise<ReadSubmission> {
  const kind = await pathKind(path);
  if (kind === 'missing') throw new UsageError(`${shownAs}: does not exist or cannot be read (${FIX_UNREADABLE})`);
  return kind === 'file' ? readFileSubmission(path, shownAs, langOption) : readFolderSubmission(path, shownAs, langOption);
}

async function readFileSubmission(path: string, shownAs: string, langOption: string | undefined): Promise<ReadSubmission> {
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new UsageError(`${shownAs}: ${describeFsError(error)} (${FIX_UNREADABLE})`);
  });
  const problem = contentProblem([bytes]);
  if (problem) return problem;
  try {
    return { kind: 'program', language: detectLanguage(languages, shownAs, langOption), source: bytes };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { kind: 'rejected', verdict: 'UNKNOWN_LANGUAGE', detail: error.message };
  }
}

async function readFolderSubmission(path: string, shownAs: string, langOption: string | undefined): Promise<ReadSubmission> {
  // Listing first: a folder that cannot be read is bad input (exit 2), not a student's row.
  const files = await listFolderFiles(path, shownAs).catch((error: unknown) => {
    if (error instanceof UsageError) return null;
    throw new UsageError(`${shownAs}: ${describeFsError(error)} (${FIX_UNREADABLE})`);
  });
  if (files === null) return { kind: 'rejected', verdict: 'NOT_A_PROGRAM', detail: `${shownAs} holds too many files to be one program` };
  if (files.length === 0) return { kind: 'rejected', verdict: 'EMPTY', detail: `${shownAs} is an empty folder` };
  try {
    const { language, source } = await readProgram(path, shownAs, langOption);
    const problem = contentProblem(Buffer.isBuffer(source) ? [source] : source.files.map((file) => file.data));
    return problem ?? { kind: 'program', language, source };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const unknown = /cannot tell the language|unknown extension|no file of a known language/i.test(error.message);
    return { kind: 'rejected', verdict: unknown ? 'UNKNOWN_LANGUAGE' : 'NOT_A_PROGRAM', detail: error.message };
  }
}

/** EMPTY when there is nothing but whitespace, BINARY when it is not text (a NUL byte or invalid UTF-8). */
function contentProblem(contents: readonly Buffer[]): ReadSubmission | null {
  if (contents.every((data) => data.toString('utf8').trim() === '')) {
    return { kind: 'rejected', verdict: 'EMPTY', detail: 'the submission is empty' };
  }
  const binary = contents.find((data) => data.includes(0) || !isUtf8(data));
  if (binary) return { kind: 'rejected', verdict: 'BINARY', detail: 'the submission is a binary file, not source code' };
  return null;
}
