// A compact diff of expected vs actual output around the first differing line: a few lines
// of context, then expected (-) and actual (+) lines paired up, with line numbers, long
// lines cut around the difference and invisible characters made visible.

import { Chalk, type ChalkInstance } from 'chalk';
import { diffArrays } from 'diff';
import { escapeControl } from './format.js';
import { plural } from '../common/format-units.js';

export interface DiffViewOptions {
  /** Colours -/+ lines and highlights the differing characters; none by default. */
  chalk?: ChalkInstance;
  /** Matching lines shown before the first difference. */
  contextLines?: number;
  /** Rows shown from the first difference on; the rest is summarised. */
  maxLines?: number;
  /** Characters shown per line. */
  maxWidth?: number;
}

export const DIFF_LEGEND = '- expected   + actual';

interface Output {
  lines: string[];
  finalNewline: boolean;
}

interface Row {
  sign: '-' | '+' | ' ';
  lineNo: number;
  text: string;
  /** The differing span in `text`, for a line paired with its counterpart. */
  focus?: { start: number; end: number };
}

const plain = new Chalk({ level: 0 });

/** The diff as display lines (no trailing newlines). */
export function diffView(expected: string, actual: string, options: DiffViewOptions = {}): string[] {
  const chalk = options.chalk ?? plain;
  const context = options.contextLines ?? 3;
  const maxLines = options.maxLines ?? 10;
  const maxWidth = options.maxWidth ?? 100;
  const exp = parse(expected);
  const act = parse(actual);

  let first = 0;
  while (first < exp.lines.length && first < act.lines.length && exp.lines[first] === act.lines[first]) first++;
  const sameLines = first === exp.lines.length && first === act.lines.length;
  if (sameLines && exp.finalNewline === act.finalNewline) return ['(expected and actual output are identical)'];
  if (sameLines) first = Math.max(0, first - 1); // only the final newline differs: show the last line

  const start = Math.max(0, first - context);
  const rows: Row[] = exp.lines.slice(start, first).map((text, i) => ({ sign: ' ', lineNo: start + i + 1, text }));
  const changed = diffRows(exp.lines.slice(first, first + maxLines), act.lines.slice(first, first + maxLines), first);
  const shown = changed.slice(0, maxLines);
  rows.push(...shown);

  const out: string[] = [];
  if (start > 0) out.push(chalk.dim(`  ... ${plural(start, 'matching line')} above`));
  const width = String(Math.max(1, ...rows.map((r) => r.lineNo))).length;
  for (const row of rows) out.push(renderRow(row, width, maxWidth, chalk));

  const usedExp = first + shown.filter((r) => r.sign !== '+').length;
  const usedAct = first + shown.filter((r) => r.sign !== '-').length;
  const more = moreMarker(exp.lines.length - usedExp, act.lines.length - usedAct);
  if (more) out.push(chalk.dim(`  ${more}`));
  if (act.lines.length === 0) out.push(chalk.dim('  (actual output is empty)'));
  else if (exp.lines.length === 0) out.push(chalk.dim('  (expected output is empty)'));
  else if (exp.finalNewline !== act.finalNewline) {
    out.push(chalk.dim(`  \\ no newline at end of ${exp.finalNewline ? 'actual' : 'expected'} output`));
  }
  return out;
}

function parse(text: string): Output {
  const lines = text.split('\n');
  const finalNewline = text.endsWith('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return { lines, finalNewline };
}

/** Diffs two windows of lines; a removed block followed by an added block is interleaved pairwise. */
function diffRows(exp: string[], act: string[], offset: number): Row[] {
  const rows: Row[] = [];
  let e = offset;
  let a = offset;
  const changes = diffArrays(exp, act);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (change.added) {
      for (const text of change.value) rows.push({ sign: '+', lineNo: ++a, text });
    } else if (change.removed) {
      const next = changes[i + 1];
      const added = next?.added ? next.value : [];
      if (next?.added) i++;
      for (let j = 0; j < Math.max(change.value.length, added.length); j++) {
        const left = change.value[j];
        const right = added[j];
        const focus = left !== undefined && right !== undefined ? differingSpans(left, right) : undefined;
        if (left !== undefined) rows.push({ sign: '-', lineNo: ++e, text: left, focus: focus?.left });
        if (right !== undefined) rows.push({ sign: '+', lineNo: ++a, text: right, focus: focus?.right });
      }
    } else {
      for (const text of change.value) {
        rows.push({ sign: ' ', lineNo: ++e, text });
        a++;
      }
    }
  }
  return rows;
}

function differingSpans(left: string, right: string) {
  let prefix = 0;
  while (prefix < left.length && prefix < right.length && left[prefix] === right[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < left.length - prefix &&
    suffix < right.length - prefix &&
    left[left.length - 1 - suffix] === right[right.length - 1 - suffix]
  ) {
    suffix++;
  }
  return {
    left: { start: prefix, end: left.length - suffix },
    right: { start: prefix, end: right.length - suffix },
  };
}

function moreMarker(moreExp: number, moreAct: number): string | undefined {
  if (moreExp <= 0 && moreAct <= 0) return undefined;
  if (moreExp === moreAct) return `... ${plural(moreExp, 'more line')}`;
  const parts: string[] = [];
  if (moreExp > 0) parts.push(`${moreExp} more expected`);
  if (moreAct > 0) parts.push(`${moreAct} more actual`);
  return `... ${parts.join(', ')} ${moreExp + moreAct === 1 ? 'line' : 'lines'}`;
}

function renderRow(row: Row, width: number, maxWidth: number, chalk: ChalkInstance): string {
  const style = row.sign === '-' ? chalk.red : row.sign === '+' ? chalk.green : (s: string) => s;
  const number = chalk.dim(String(row.lineNo).padStart(width));
  return `${style(row.sign)} ${number} ${chalk.dim('|')} ${style(visible(row.text, row.focus, maxWidth, chalk))}`;
}

/**
 * The line as shown: cut to `maxWidth` characters around the focus, trailing spaces as `·`,
 * control characters (tab, CR, ...) escaped, the differing span highlighted.
 */
export function visible(
  text: string,
  focus: { start: number; end: number } | undefined,
  maxWidth: number,
  chalk: ChalkInstance = plain,
): string {
  const trailingFrom = text.replace(/[ \r]+$/, '').length;
  let from = 0;
  if (text.length > maxWidth && focus && focus.start > maxWidth - 20) {
    from = Math.max(0, Math.min(focus.start - 30, text.length - maxWidth + 1));
  }
  const to = Math.min(text.length, from + maxWidth);
  let out = from > 0 ? chalk.dim('…') : '';
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    let shown: string;
    if (char === ' ' && i >= trailingFrom) shown = chalk.dim('·');
    else if (char < ' ' || char === '\u007f') shown = chalk.dim(escapeControl(char));
    else shown = char;
    const highlighted = focus !== undefined && i >= focus.start && i < focus.end;
    out += highlighted ? chalk.inverse(shown) : shown;
  }
  if (to < text.length) out += chalk.dim(`… (+${text.length - to} chars)`);
  return out;
}
