// Reads a YAML file into plain data. A file that cannot be read or is not valid YAML is
// reported with its line and column, and the parser's code frame is left out: the
// message is one line.

import { readFile } from 'node:fs/promises';
import { parseDocument, type YAMLError } from 'yaml';
import { ProblemFileError } from '../errors.js';
import { describeFsError } from './fs-checks.js';

/**
 * The file's data; `null` for a file that is empty or holds only comments. `unreadableFix`
 * is what to tell the user when the file cannot be read (default: about problem files).
 */
export async function readYamlFile(file: string, unreadableFix = 'check the path, or pass the problem folder with -p'): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ProblemFileError(file, undefined, describeFsError(error), unreadableFix);
  }
  const document = parseDocument(text);
  const syntaxError = document.errors[0];
  if (syntaxError) throw yamlSyntaxError(file, syntaxError);
  return document.toJS({ maxAliasCount: 100 }) as unknown;
}

function yamlSyntaxError(file: string, error: YAMLError): ProblemFileError {
  const position = error.linePos?.[0];
  const where = position ? `line ${position.line}:${position.col}` : undefined;
  // The parser's message is "<what> at line L, column C:\n\n<code frame>"; keep <what>.
  const firstLine = error.message.split('\n')[0] ?? error.message;
  const what = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  const fix = error.code === 'DUPLICATE_KEY'
    ? 'each field may appear once; remove or rename the repeated one'
    : 'fix the YAML syntax there: check indentation, and quote text that contains ": " or starts with a special character';
  return new ProblemFileError(file, where, `invalid YAML: ${what}`, fix);
}
