// Adds one test to the `tests:` list of a native problem.yaml, touching nothing else the
// user wrote: the entry is inserted as text after the list's last item, in the list's own
// indentation, so comments, quoting and key order stay as they were. Only when that is not
// possible (a flow list, `tests: [...]`) is the file rewritten through the YAML document,
// which keeps comments but may change the layout.

import { isSeq, parseDocument } from 'yaml';

export interface ListedTestFiles {
  name: string;
  /** Relative to the problem folder, '/'-separated. */
  inputFile: string;
  outputFile: string;
}

/** The new text of problem.yaml, or null when it has no `tests:` list to add to. */
export function appendTestToYaml(text: string, test: ListedTestFiles): string | null {
  const document = parseDocument(text);
  const tests = document.get('tests', true);
  if (!isSeq(tests) || document.errors.length > 0) return null;
  const entry = { name: test.name, input_file: test.inputFile, output_file: test.outputFile };
  const last = tests.items[tests.items.length - 1] as { range?: [number, number, number] } | undefined;
  if (!tests.flow && last?.range) {
    const lineStart = text.lastIndexOf('\n', tests.range![0]) + 1;
    const indent = ' '.repeat(tests.range![0] - lineStart);
    const end = last.range[1];
    const lines = [`- name: ${JSON.stringify(test.name)}`, `  input_file: ${JSON.stringify(test.inputFile)}`, `  output_file: ${JSON.stringify(test.outputFile)}`];
    const block = lines.map((line) => indent + line).join('\n');
    // The item's range may or may not end with its line's newline.
    const inserted = text[end - 1] === '\n' ? `${text.slice(0, end)}${block}\n${text.slice(end)}` : `${text.slice(0, end)}\n${block}${text.slice(end)}`;
    if (addsExactly(text, inserted, entry)) return inserted;
  }
  tests.add(document.createNode(entry));
  return document.toString();
}

/** The edit parses and its tests: are the old ones plus `entry`, nothing else changed. */
function addsExactly(before: string, after: string, entry: Record<string, string>): boolean {
  const old = parseDocument(before).toJS() as Record<string, unknown>;
  const edited = parseDocument(after);
  if (edited.errors.length > 0) return false;
  const now = edited.toJS() as Record<string, unknown>;
  const expected = { ...old, tests: [...(old.tests as unknown[]), entry] };
  return JSON.stringify(now) === JSON.stringify(expected);
}
