// Byte for byte: the output must equal the expected output exactly, including every space,
// "\r" and the final newline. For problems where formatting is the point.

import { ACCEPTED, wrong, type Checker } from './checker.js';
import { quote } from './messages.js';
import { firstDifference, startOfCharacter } from './text-spans.js';
import { firstDifferingByte, lineAndColumn } from './text-position.js';

export const checkExact: Checker = ({ expected, actual }) => {
  if (expected === actual) return ACCEPTED;
  if (actual.length === 0) return wrong(`output is empty, expected ${quote(expected)}`);

  const index = startOfCharacter(expected, firstDifference(expected, actual));
  const { line, column } = lineAndColumn(expected, index);
  const where = `byte offset ${firstDifferingByte(expected, actual, index)} (line ${line}, column ${column})`;
  // Values are shown from the difference on: the position already says what came before.
  if (index === actual.length) return wrong(`output ends at ${where}, expected ${quote(expected, index)}`);
  if (index === expected.length) return wrong(`extra output at ${where}: ${quote(actual, index)}`);
  return wrong(`first difference at ${where}: expected ${quote(expected, index)}, got ${quote(actual, index)}`);
};
