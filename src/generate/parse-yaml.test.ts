import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ProblemFileError } from '../errors.js';
import { parseGeneratorsYaml } from './parse-yaml.js';
import { seedFor } from './seed.js';

const FILE = '/pkg/generators/generators.yaml';
const plan = (text: string) => parseGeneratorsYaml(parse(text), FILE, '/pkg');
const error = (text: string): string => {
  try {
    plan(text);
  } catch (caught) {
    expect(caught).toBeInstanceOf(ProblemFileError);
    return (caught as Error).message.replace(`${FILE}: `, '');
  }
  throw new Error('expected an error');
};

describe('parseGeneratorsYaml', () => {
  it('reads inline, copied and generated cases with their answers', () => {
    const { cases, groups } = plan(`
solution: /submissions/accepted/sol.py
data:
  sample:
    data:
      "1": { in: "1 2", ans: "3" }
      "2": manual/two.in
  secret:
    data:
      big: gen.py {seed} 100000
      copied: { copy: manual/three }
`);
    expect(groups.map((group) => group.path)).toEqual(['sample', 'secret']);
    expect(cases.map((rule) => [rule.path, rule.input.kind, rule.ans])).toEqual([
      ['sample/1', 'inline', '3\n'],
      ['sample/2', 'copy', null],
      ['secret/big', 'generate', null],
      ['secret/copied', 'copy', null],
    ]);
    const big = cases[2]!;
    const seed = seedFor('gen.py {seed} 100000', '', 1);
    expect(big.input).toEqual({ kind: 'generate', program: 'gen.py', args: [String(seed), '100000'], command: 'gen.py {seed} 100000', seed });
    expect(big.solution).toEqual({ kind: 'program', path: '/submissions/accepted/sol.py' });
    expect(cases[0]!.input).toEqual({ kind: 'inline', content: '1 2\n' });
    expect(cases[1]!.input).toEqual({ kind: 'copy', base: 'manual/two' });
  });

  it('numbers list entries as BAPCtools does: one counter over the file, a number per count value', () => {
    const { cases } = plan(`
data:
  sample:
    data:
      - '': { in: "1" }
  secret:
    data:
      - lo: { generate: "gen.py {count}", count: 2 }
      - neg: { generate: "gen.py n {count}", count: [-1, 0, 1] }
      - sparse: { generate: "gen.py s {count}", count: [0, 2] }
      - group:
          data:
            - x: gen.py x
`);
    expect(cases.map((rule) => rule.path)).toEqual([
      'sample/1',
      'secret/2-lo-1', 'secret/3-lo-2',
      'secret/4-neg--1', 'secret/5-neg-00', 'secret/6-neg-01',
      'secret/7-sparse-0', 'secret/8-sparse-2',
      'secret/1-group/9-x',
    ]);
    expect(cases[2]!.input).toMatchObject({ command: 'gen.py 2', args: ['2'] });
  });

  it('sorts a mapping’s cases, inherits salt and solution, and seeds each count value apart', () => {
    const { cases } = plan(`
random_salt: abcd
data:
  secret:
    solution: /submissions/accepted/other.py
    data:
      b: graph {seed}
      a: { generate: "gen.py {seed}", count: 2 }
`);
    expect(cases.map((rule) => rule.path)).toEqual(['secret/a-1', 'secret/a-2', 'secret/b']);
    expect(cases.map((rule) => (rule.input.kind === 'generate' ? rule.input.seed : null))).toEqual([seedFor('gen.py {seed}', 'abcd', 1), seedFor('gen.py {seed}', 'abcd', 2), 611036640]);
    expect(cases[2]!.solution).toEqual({ kind: 'program', path: '/submissions/accepted/other.py' });
  });

  it('writes test_group.yaml from a folder’s mapping, and an empty solution means none', () => {
    const parsed = plan(`
data:
  secret:
    solution:
    test_group.yaml: { input_validator_args: [--max, "10"] }
    data:
      a: { in: "1", ans: "1" }
`);
    expect(parsed.groups).toEqual([{ path: 'secret', testGroupYaml: 'input_validator_args:\n  - --max\n  - "10"\n' }]);
    expect(parsed.cases[0]!.solution).toEqual({ kind: 'none' });
  });

  it('names the file, the dot path and the fix for every mistake', () => {
    expect(error('dta: {}\n')).toBe('dta: unknown key (did you mean data?)');
    expect(error('data:\n  secret:\n    data:\n      a: { generate: "g.py {seed} {seed:1}" }\n')).toBe('data.secret.data.a.generate: {seed} appears more than once (use one {seed} (or {seed:N}) per command)');
    expect(error('data:\n  secret:\n    data:\n      a: { generate: "g.py", count: 0 }\n')).toMatch(/^data\.secret\.data\.a\.count: 0 is not a whole number from 1 to 100/);
    expect(error('data:\n  secret:\n    data:\n      a: { generate: "g.py", in: "1" }\n')).toBe('data.secret.data.a: gives its input twice (generate and in) (give exactly one of generate:, copy: or in:)');
    expect(error('data:\n  secret:\n    data:\n      a: { genrate: g.py, count: 2 }\n')).toBe('data.secret.data.a.genrate: unknown key (did you mean generate?)');
    expect(error('data:\n  secret:\n    data:\n      a:\n')).toMatch(/^data\.secret\.data\.a: is empty/);
    expect(error('data:\n  secret:\n    include: [sample]\n')).toMatch(/^data\.secret\.include: is not supported by letscode generate/);
    expect(error('data:\n  secrett: {}\n')).toBe('data.secrett: unknown key (did you mean secret?)');
    expect(error('data:\n  invalid_output: {}\n')).toMatch(/^data\.invalid_output: is not supported/);
    expect(error('solution: submissions/a.py\n')).toMatch(/^solution: "submissions\/a\.py" is not a path from the problem folder/);
    expect(error('data:\n  secret:\n    data:\n      a: { generate: "g.py {count}" }\n')).toMatch(/uses \{count\} but the case has no count:/);
    expect(error('data:\n  secret:\n    data:\n      a-1: g.py\n      a: { copy: x, count: 1 }\n')).toBe('data.secret.data.a-1: makes data/secret/a-1, as data.secret.data.a does (give one of them another name)');
    expect(error('- a\n')).toMatch(/^generators\.yaml|must be a mapping/);
    expect(error('generators:\n  tree: []\n')).toMatch(/^generators\.tree: must list its files/);
  });

  it('notes keys it passes over: a tool’s own folder keys, match:', () => {
    const { notes } = plan('my_tool_setting: 3\ndata:\n  secret:\n    data:\n      a: { generate: "g.py", match: "^1" }\n');
    expect(notes).toEqual(['my_tool_setting: not a key letscode generate knows, ignored', 'data.secret.data.a.match: not checked by letscode generate']);
  });

  it('reads named multi-file generators', () => {
    expect(plan('generators:\n  tree: [tree.py, lib.py]\n').namedGenerators).toEqual(new Map([['tree', ['tree.py', 'lib.py']]]));
  });
});
