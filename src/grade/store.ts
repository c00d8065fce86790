// The results store: one JSON line per judged submission in OUT/results.jsonl, appended and
// fsync'd before the run reports the submission, so a kill (SIGKILL, Ctrl-C, a reboot)
// loses at most the submissions in flight. The file is never rewritten: a later line for
// the same key wins, a torn or damaged line is skipped on load, and a torn last line is
// closed with a newline before anything is appended after it.

import { constants } from 'node:fs';
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StoredResult } from './model.js';
import { formatStoredLine, parseStoredLine } from './store-record.js';

export const STORE_FILE_NAME = 'results.jsonl';

export class ResultsStore {
  readonly file: string;
  /** Lines skipped on load: torn by a kill, or edited into something else. */
  readonly damagedLines: number;
  readonly #latest: Map<string, StoredResult>;
  #handle: FileHandle | undefined;
  #needsNewline: boolean;
  #writing: Promise<void> = Promise.resolve();

  private constructor(file: string, latest: Map<string, StoredResult>, damagedLines: number, needsNewline: boolean) {
    this.file = file;
    this.#latest = latest;
    this.damagedLines = damagedLines;
    this.#needsNewline = needsNewline;
  }

  /** Reads OUT/results.jsonl when it exists; nothing is created until the first append. */
  static async load(outDir: string): Promise<ResultsStore> {
    const file = join(outDir, STORE_FILE_NAME);
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return '';
      throw error;
    });
    const latest = new Map<string, StoredResult>();
    let damaged = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const result = parseStoredLine(line);
      if (result) latest.set(result.key, result);
      else damaged++;
    }
    return new ResultsStore(file, latest, damaged, text !== '' && !text.endsWith('\n'));
  }

  /** The latest result stored under `key`. */
  get(key: string): StoredResult | undefined {
    return this.#latest.get(key);
  }

  get size(): number {
    return this.#latest.size;
  }

  /** Appends one result and waits until it is on disk. Appends are serialised. */
  append(result: StoredResult): Promise<void> {
    const write = this.#writing.then(() => this.#write(result));
    this.#writing = write.catch(() => undefined);
    return write;
  }

  async close(): Promise<void> {
    await this.#writing;
    await this.#handle?.close();
    this.#handle = undefined;
  }

  async #write(result: StoredResult): Promise<void> {
    const handle = this.#handle ?? (await this.#open());
    const line = formatStoredLine(result);
    // A torn line left by a kill must not swallow the first line appended after it.
    await handle.write(this.#needsNewline ? `\n${line}` : line);
    await handle.datasync();
    this.#needsNewline = false;
    this.#latest.set(result.key, result);
  }

  async #open(): Promise<FileHandle> {
    const dir = dirname(this.file);
    await mkdir(dir, { recursive: true });
    const created = await open(this.file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL).catch(() => null);
    const handle = created ?? (await open(this.file, 'a'));
    // A new file's name is durable only once its folder is synced too (it matters after a reboot).
    if (created) await syncFolder(dir);
    this.#handle = handle;
    return handle;
  }
}

async function syncFolder(dir: string): Promise<void> {
  const folder = await open(dir, constants.O_RDONLY);
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
