// Plain listings for the `images` and `languages` commands: one table each, coloured
// only when the terminal allows it.

import Table from 'cli-table3';
import type { Verdict } from '../common/verdicts.js';
import { colorVerdict } from './format.js';
import { formatBytes, formatMs } from '../common/format-units.js';
import type { Terminal } from './terminal.js';

export interface ImageRow {
  toolchain: string;
  ref: string;
  languages: string[];
  /** Null when the image has not been built yet. */
  sizeBytes: number | null;
}

export interface LanguageRow {
  id: string;
  name: string;
  extensions: string[];
  aliases: string[];
  image: string;
}

/** One language of `languages --json`. */
export interface LanguageJsonRow extends LanguageRow {
  /** The language it is a variant of (chosen by name only), or null. */
  variantOf: string | null;
  /** The image this version of letscode needs for it. */
  imageRef: string;
  /** Whether the engine has that image; null when Docker did not answer. */
  built: boolean | null;
}

export interface SelfTestRow {
  language: string;
  verdict: Verdict;
  compileMs: number;
  runMs: number;
  detail: string;
}

function table(terminal: Terminal, head: string[]): Table.Table {
  return new Table({ head: head.map((h) => terminal.chalk.bold(h)), style: { head: [], border: [] } });
}

export function printImages(terminal: Terminal, rows: readonly ImageRow[]): void {
  const t = table(terminal, ['image', 'languages', 'status']);
  for (const row of rows) {
    const status = row.sizeBytes === null ? terminal.chalk.yellow('not built') : terminal.chalk.green(`built, ${formatBytes(row.sizeBytes)}`);
    t.push([row.ref, row.languages.join(', '), status]);
  }
  terminal.stdout.write(`${t.toString()}\n`);
}

export function printLanguages(terminal: Terminal, rows: readonly LanguageRow[]): void {
  const t = table(terminal, ['id', 'language', 'extensions', 'also --lang', 'image']);
  for (const row of rows) t.push([row.id, row.name, row.extensions.join(' '), row.aliases.join(' '), row.image]);
  terminal.stdout.write(`${t.toString()}\n`);
}

/** `{"docker": bool, "languages": [...]}`: one JSON object on stdout, nothing else. */
export function printLanguagesJson(terminal: Terminal, rows: readonly LanguageJsonRow[], docker: boolean): void {
  terminal.stdout.write(`${JSON.stringify({ docker, languages: rows })}\n`);
}

export function printSelfTests(terminal: Terminal, rows: readonly SelfTestRow[]): void {
  const t = table(terminal, ['language', 'verdict', 'compile', 'run', 'detail']);
  for (const row of rows) {
    t.push([row.language, colorVerdict(terminal.chalk, row.verdict), formatMs(row.compileMs), formatMs(row.runMs), row.detail]);
  }
  terminal.stdout.write(`${t.toString()}\n`);
}

export function printPruned(terminal: Terminal, removed: readonly string[], kept: readonly string[]): void {
  const lines = removed.map((ref) => `removed ${ref}`);
  for (const ref of kept) lines.push(terminal.chalk.yellow(`kept ${ref} (a container still uses it)`));
  lines.push(removed.length === 0 && kept.length === 0 ? 'no outdated letscode images' : `${removed.length} outdated image(s) removed`);
  terminal.stdout.write(`${lines.join('\n')}\n`);
}
