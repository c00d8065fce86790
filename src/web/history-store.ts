// The page's submission history: one JSON-lines file (history.jsonl) in letscode's data
// folder, appended to and fsynced record by record. Chosen over SQLite (better-sqlite3):
// no native module to build (its prebuilt binaries come from outside the npm registry, and
// compiling needs Node's headers and a toolchain), and the data is an append-only log that
// is read whole at startup. Crash-safe: a record is either on disk whole or, if the machine
// stopped mid-write, a torn last line that reading skips and the next append starts after.

import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { JsonReport } from '../judge/judge-json.js';

const submittedRecord = z.object({
  kind: z.literal('submitted'),
  id: z.string(),
  at: z.string(),
  problem: z.string().nullable(),
  problemName: z.string(),
  language: z.string(),
  code: z.string(),
});

const finishedRecord = z.object({
  kind: z.literal('finished'),
  id: z.string(),
  at: z.string(),
  outcome: z.union([
    z.object({ status: z.literal('done'), result: z.custom<JsonReport>((value) => typeof value === 'object' && value !== null && 'verdict' in value) }),
    z.object({ status: z.literal('failed'), error: z.string() }),
  ]),
});

const historyRecord = z.discriminatedUnion('kind', [submittedRecord, finishedRecord]);
type SubmittedRecord = z.infer<typeof submittedRecord>;
export type FinishedOutcome = z.infer<typeof finishedRecord>['outcome'];

export type HistoryOutcome = FinishedOutcome | { status: 'pending' } | { status: 'lost' };

export interface HistoryEntry extends Omit<SubmittedRecord, 'kind'> {
  outcome: HistoryOutcome;
}

export class HistoryStore {
  readonly #entries = new Map<string, HistoryEntry>();
  #file: FileHandle;
  #needsNewline: boolean;
  #writes: Promise<void> = Promise.resolve();
  /** Lines that did not read as a record (a torn last line): skipped. */
  readonly skippedLines: number;

  private constructor(file: FileHandle, text: string) {
    this.#file = file;
    this.#needsNewline = text.length > 0 && !text.endsWith('\n');
    let skipped = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const record = parseRecord(line);
      if (!record) skipped++;
      else if (record.kind === 'submitted') this.#entries.set(record.id, { ...withoutKind(record), outcome: { status: 'lost' } });
      else {
        const entry = this.#entries.get(record.id);
        if (entry) entry.outcome = record.outcome;
      }
    }
    this.skippedLines = skipped;
  }

  static async open(path: string): Promise<HistoryStore> {
    await mkdir(dirname(path), { recursive: true });
    const file = await open(path, 'a+');
    const text = await readFile(path, 'utf8');
    return new HistoryStore(file, text);
  }

  async submitted(entry: Omit<SubmittedRecord, 'kind' | 'at'>): Promise<HistoryEntry> {
    const record: SubmittedRecord = { kind: 'submitted', ...entry, at: new Date().toISOString() };
    await this.#append(record);
    const stored: HistoryEntry = { ...withoutKind(record), outcome: { status: 'pending' } };
    this.#entries.set(record.id, stored);
    return stored;
  }

  async finished(id: string, outcome: FinishedOutcome): Promise<void> {
    const entry = this.#entries.get(id);
    if (!entry || entry.outcome.status === 'done' || entry.outcome.status === 'failed') return;
    await this.#append({ kind: 'finished', id, at: new Date().toISOString(), outcome });
    entry.outcome = outcome;
  }

  /** Newest first; only `problem`'s when given (null: those judged on inline tests). */
  list(filter: { problem?: string | null; limit: number }): HistoryEntry[] {
    const all = [...this.#entries.values()].filter((entry) => filter.problem === undefined || entry.problem === filter.problem);
    return all.reverse().slice(0, filter.limit);
  }

  /** Entries without a verdict yet: judging now, or of an earlier server run (the queue may still know them). */
  unfinished(): HistoryEntry[] {
    return [...this.#entries.values()].filter((entry) => entry.outcome.status === 'lost' || entry.outcome.status === 'pending');
  }

  async close(): Promise<void> {
    await this.#writes;
    await this.#file.close();
  }

  #append(record: z.infer<typeof historyRecord>): Promise<void> {
    const write = async () => {
      const line = `${this.#needsNewline ? '\n' : ''}${JSON.stringify(record)}\n`;
      await this.#file.write(line);
      // On disk before the page is told it is kept.
      await this.#file.datasync();
      this.#needsNewline = false;
    };
    const done = this.#writes.then(write);
    this.#writes = done.catch(() => undefined);
    return done;
  }
}

function parseRecord(line: string): z.infer<typeof historyRecord> | null {
  try {
    const parsed = historyRecord.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function withoutKind(record: SubmittedRecord): Omit<SubmittedRecord, 'kind'> {
  const { kind: _kind, ...rest } = record;
  return rest;
}
