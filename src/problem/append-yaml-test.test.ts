import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendTestToYaml } from './append-yaml-test.js';

const test = { name: 'stress-7', inputFile: 'tests/stress-7.in', outputFile: 'tests/stress-7.out' };

describe('appendTestToYaml', () => {
  it('inserts the entry after the last test, keeping comments and what follows', () => {
    const text = 'name: Sum  # the title\ntests:\n  - input: "1 2\\n"   # small\n    output: "3\\n"\nchecker: tokens\n';
    const edited = appendTestToYaml(text, test)!;
    expect(edited).toBe('name: Sum  # the title\ntests:\n  - input: "1 2\\n"   # small\n    output: "3\\n"\n  - name: "stress-7"\n    input_file: "tests/stress-7.in"\n    output_file: "tests/stress-7.out"\nchecker: tokens\n');
  });

  it('works at column 0 and at the end of the file without a final newline', () => {
    const edited = appendTestToYaml('tests:\n- input: a\n  output: b', test)!;
    expect(parse(edited)).toEqual({ tests: [{ input: 'a', output: 'b' }, { name: 'stress-7', input_file: 'tests/stress-7.in', output_file: 'tests/stress-7.out' }] });
    expect(edited.startsWith('tests:\n- input: a\n  output: b\n- name:')).toBe(true);
  });

  it('falls back to the document for a flow list', () => {
    const edited = appendTestToYaml('tests: [{input: a, output: b}]\n', test)!;
    expect(parse(edited).tests).toHaveLength(2);
  });

  it('says null when tests: is a folder or missing', () => {
    expect(appendTestToYaml('tests: tests/\n', test)).toBeNull();
    expect(appendTestToYaml('name: x\n', test)).toBeNull();
  });
});
