import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { diffView, visible } from './diff-view.js';

const numbered = (n: number, change?: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => change?.(i) ?? String(i + 1)).join('\n') + '\n';

describe('diffView', () => {
  it('shows context, then the expected and actual line with line numbers', () => {
    expect(diffView('1\n2\n3\n4\n5\n6\n', '1\n2\n3\n4\n9\n6\n')).toEqual([
      '  ... 1 matching line above',
      '  2 | 2',
      '  3 | 3',
      '  4 | 4',
      '- 5 | 5',
      '+ 5 | 9',
      '  6 | 6',
    ]);
  });

  it('pairs expected and actual lines instead of listing blocks', () => {
    expect(diffView('a\nb\n', 'x\ny\n')).toEqual(['- 1 | a', '+ 1 | x', '- 2 | b', '+ 2 | y']);
  });

  it('shows missing and extra lines', () => {
    expect(diffView('1\n2\n3\n', '1\n3\n')).toEqual(['  1 | 1', '- 2 | 2', '  3 | 3']);
    expect(diffView('1\n', '1\n2\n')).toEqual(['  1 | 1', '+ 2 | 2']);
  });

  it('keeps big outputs to a window with "more lines" markers', () => {
    const lines = diffView(numbered(500), numbered(500, (i) => (i >= 200 ? 'x' : String(i + 1))));
    expect(lines[0]).toBe('  ... 197 matching lines above');
    expect(lines.filter((l) => l.startsWith('-') || l.startsWith('+'))).toHaveLength(10);
    expect(lines.at(-1)).toBe('  ... 295 more lines');
    expect(lines).toContain('- 201 | 201');
    expect(lines).toContain('+ 201 | x');
  });

  it('makes trailing spaces and CRLF visible', () => {
    expect(diffView('a\nb\n', 'a \nb\r\n')).toEqual(['- 1 | a', '+ 1 | a·', '- 2 | b', '+ 2 | b\\r']);
  });

  it('says when only the final newline differs', () => {
    expect(diffView('a\nb\n', 'a\nb')).toEqual(['  1 | a', '  2 | b', '  \\ no newline at end of actual output']);
    expect(diffView('a', 'a\n')).toEqual(['  1 | a', '  \\ no newline at end of expected output']);
  });

  it('says when one side is empty', () => {
    expect(diffView('1\n', '')).toEqual(['- 1 | 1', '  (actual output is empty)']);
    expect(diffView('', '')).toEqual(['(expected and actual output are identical)']);
  });

  it('escapes control characters so program output cannot drive the terminal', () => {
    expect(diffView('a\tb\n', 'a\u001b[2Jb\n')).toEqual(['- 1 | a\\tb', '+ 1 | a\\x1b[2Jb']);
  });

  it('cuts long lines around the first differing character', () => {
    const [minus, plus] = diffView(`${'x'.repeat(300)}A${'y'.repeat(300)}\n`, `${'x'.repeat(300)}B${'y'.repeat(300)}\n`);
    expect(minus).toMatch(/^- 1 \| …x{30}Ay{69}… \(\+231 chars\)$/);
    expect(plus).toMatch(/^\+ 1 \| …x{30}By{69}… \(\+231 chars\)$/);
  });

  it('cuts long lines from the start when the difference is early', () => {
    const [minus] = diffView(`A${'y'.repeat(300)}\n`, `B${'y'.repeat(300)}\n`, { maxWidth: 50 });
    expect(minus).toBe(`- 1 | A${'y'.repeat(49)}… (+251 chars)`);
  });

  it('colours -/+ lines and highlights the differing characters when colour is on', () => {
    const chalk = new Chalk({ level: 1 });
    const [minus, plus] = diffView('12\n', '13\n', { chalk });
    expect(minus).toContain(chalk.red('-'));
    expect(minus).toContain(chalk.inverse('2'));
    expect(plus).toContain(chalk.green('+'));
    expect(plus).toContain(chalk.inverse('3'));
  });
});

describe('visible', () => {
  it('shows an all-space line as dots', () => {
    expect(visible('   ', undefined, 100)).toBe('···');
    expect(visible('a b  \r', undefined, 100)).toBe('a b··\\r');
  });
});
