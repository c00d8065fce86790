// Line by line: each line must match exactly, including leading and inner spaces, but
// trailing whitespace on a line, "\r\n" against "\n", and blank lines at the very end of
// the output do not matter.

import { ACCEPTED, wrong, type Checker, type CheckResult } from './checker.js';
import { countContentLines, LineCursor } from './line-cursor.js';
import { describeDifference, describeNothing, plural, quote } from './messages.js';
import { firstDifference, isBlankFrom } from './text-spans.js';

export const checkLines: Checker = ({ expected, actual }) => {
  if (expected === actual) return ACCEPTED;
  // Both outputs are identical up to their first difference: start at the line holding it.
  const difference = firstDifference(expected, actual);
  const walkStart = difference === 0 ? 0 : expected.lastIndexOf('\n', difference - 1) + 1;
  const expectedLines = new LineCursor(expected, walkStart);
  const actualLines = new LineCursor(actual, walkStart);
  for (;;) {
    const hasExpected = expectedLines.next();
    const hasActual = actualLines.next();
    if (hasExpected && hasActual && expectedLines.sameLineAs(actualLines)) continue;
    // A difference, or an output ran out; blank lines from here to the end would not count.
    const expectedRestBlank = !hasExpected || isBlankFrom(expected, expectedLines.start);
    const actualRestBlank = !hasActual || isBlankFrom(actual, actualLines.start);
    if (expectedRestBlank && actualRestBlank) return ACCEPTED;
    if (actualRestBlank) return missingLines(expectedLines, actual);
    if (expectedRestBlank) return extraLines(expected, actualLines);
    return wrong(describeDifference(`line ${expectedLines.lineNumber()}`, expectedLines.line(), actualLines.line(), 'column'));
  }
};

function missingLines(expectedLines: LineCursor, actual: string): CheckResult {
  const actualLineCount = countContentLines(actual);
  if (actualLineCount > 0) {
    return wrong(`output ends after ${plural(actualLineCount, 'line')}, expected ${countContentLines(expectedLines.text)}`);
  }
  expectedLines.skipBlankLines();
  return wrong(`${describeNothing(actual)}, expected ${quote(expectedLines.line())}`);
}

function extraLines(expected: string, actualLines: LineCursor): CheckResult {
  const expectedLineCount = countContentLines(expected);
  actualLines.skipBlankLines();
  const extra = quote(actualLines.line());
  if (expectedLineCount === 0) return wrong(`expected no output, got ${extra}`);
  // Blank lines before the extra text are not shown, so say where the text is.
  const lineNumber = actualLines.lineNumber();
  const at = lineNumber === expectedLineCount + 1 ? '' : ` (line ${lineNumber})`;
  return wrong(`extra output after line ${expectedLineCount}: ${extra}${at}`);
}
