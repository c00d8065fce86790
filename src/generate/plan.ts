// What generators/generators.yaml asks for, read into plain rules: every test case with
// where its input comes from and how its answer is made, and every folder with its
// test_group.yaml. The parser (parse-yaml.ts) makes these; nothing here runs anything.

export type InputRule =
  /** `gen.py {seed} 100`: a program of generators/ (or a name of `generators:`) with its arguments, seed filled in. */
  | { kind: 'generate'; program: string; args: string[]; command: string; seed: number }
  /** `copy: manual/3` (or `manual/3.in`): NAME.in (and .ans, .yaml when there) from generators/; `base` has no extension. */
  | { kind: 'copy'; base: string }
  /** `in: "1 2"`: the text itself. */
  | { kind: 'inline'; content: string };

/** Where a case's .ans comes from when nothing else gives it. */
export type SolutionRule =
  /** `solution: /submissions/accepted/sol.py`, absolute path on disk. */
  | { kind: 'program'; path: string }
  /** No `solution:` anywhere: the first accepted submission. */
  | { kind: 'default' }
  /** `solution:` left empty: no .ans unless the case gives one. */
  | { kind: 'none' };

export interface CaseRule {
  /** Under data/, without extension: "secret/02-random". */
  path: string;
  /** Where in generators.yaml, as a dot path, for messages: "data.secret.data.02-random". */
  field: string;
  input: InputRule;
  /** `ans:` and `yaml:` written in generators.yaml. */
  ans: string | null;
  yaml: string | null;
  solution: SolutionRule;
  /** Runs of the generator tried (seed, seed + 1, ...) before it counts as failed. */
  retries: number;
  /** sample/ and secret/ cases need an answer; invalid_input/ ones do not. */
  needsAnswer: boolean;
}

export interface GroupRule {
  /** Under data/: "secret/group1". */
  path: string;
  /** The `test_group.yaml:` it writes, as YAML text; null when none. */
  testGroupYaml: string | null;
}

export interface GeneratorsPlan {
  file: string;
  packageDir: string;
  cases: CaseRule[];
  groups: GroupRule[];
  /** `generators:` names -> files under generators/; the first is the entry point. */
  namedGenerators: ReadonlyMap<string, readonly string[]>;
  /** Keys passed over, one line each. */
  notes: string[];
}
