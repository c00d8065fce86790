// One test case entry of generators.yaml: a command string (`gen.py {seed} 100`), a
// path ending in .in (copied), or a mapping with generate:, copy:, in:, ans:, yaml:,
// count:, solution:, random_salt:, retries:. With count:, one rule per value.

import { stringify } from 'yaml';
import { countSuffixes, parseCount } from './count.js';
import type { CaseRule, InputRule, SolutionRule } from './plan.js';
import { seedFor, seedUses, splitCommand, withCount } from './seed.js';
import { child, describe, isMap, safeRelativePath, YamlChecker, type YamlMap } from './yaml-fields.js';

/** What a folder passes down to its cases (and a case may override). */
export interface Inherited {
  solution: SolutionRule;
  salt: string;
  retries: number;
}

/** Keys that make a mapping a test case rather than a group (BAPCtools' UNIQUE_TESTCASE_KEYS). */
export const CASE_KEYS = ['generate', 'copy', 'count', 'match', 'in', 'ans', 'out', 'yaml', 'in.statement', 'ans.statement', 'in.download', 'ans.download', 'interaction'];
const SUPPORTED_KEYS = ['generate', 'copy', 'count', 'in', 'ans', 'yaml', 'solution', 'random_salt', 'retries', 'match'];

export function isCase(value: unknown): boolean {
  return value === null || typeof value === 'string' || (isMap(value) && CASE_KEYS.some((key) => key in value));
}

export interface CaseSpot {
  /** The case's folder under data/ ("secret"). */
  folder: string;
  /** The name of the case made for the index-th count value, before its count suffix (a numbered list takes a number for each). */
  nameFor: (index: number) => string;
  field: string;
  needsAnswer: boolean;
  inherited: Inherited;
}

export function parseCase(raw: unknown, spot: CaseSpot, check: YamlChecker, notes: string[]): CaseRule[] {
  const { field } = spot;
  if (raw === null) return check.fail(field, 'is empty', 'give the case a command (gen.py {seed}), or generate:, copy: or in:');
  const entry: YamlMap = typeof raw === 'string' ? (raw.trim().endsWith('.in') ? { copy: raw.trim().slice(0, -'.in'.length) } : { generate: raw }) : (raw as YamlMap);
  for (const key of Object.keys(entry)) {
    if (SUPPORTED_KEYS.includes(key)) continue;
    if (CASE_KEYS.includes(key)) check.fail(child(field, key), 'is not supported by letscode generate', 'write the case with generate:, copy: or in: (and ans:, yaml:)');
    check.unknownKey(field, key, SUPPORTED_KEYS, () => check.fail(child(field, key), 'unknown key of a test case', `use ${SUPPORTED_KEYS.join(', ')}`));
  }
  if ('match' in entry) notes.push(`${field}.match: not checked by letscode generate`);
  const sources = ['generate', 'copy', 'in'].filter((key) => entry[key] !== undefined && entry[key] !== null);
  if (sources.length !== 1) {
    const problem = sources.length === 0 ? 'has no input' : `gives its input twice (${sources.join(' and ')})`;
    check.fail(field, problem, 'give exactly one of generate:, copy: or in:');
  }
  const inherited = overrides(entry, spot.inherited, field, check);
  const counted = 'count' in entry;
  const parsed = counted ? parseCount(entry.count) : { kind: 'ok' as const, values: [1] };
  if (parsed.kind === 'invalid') return check.fail(child(field, 'count'), parsed.problem, parsed.fix);
  const suffixes = countSuffixes(parsed.values);
  const ans = entry.ans === undefined || entry.ans === null ? null : withNewline(check.text(entry.ans, child(field, 'ans'), 'ans: "3"'));
  const yaml = entry.yaml === undefined || entry.yaml === null ? null : isMap(entry.yaml) ? stringify(entry.yaml) : withNewline(check.text(entry.yaml, child(field, 'yaml'), 'yaml: { description: small }'));
  return parsed.values.map((value, index) => ({
    path: `${spot.folder}/${spot.nameFor(index)}${counted ? `-${suffixes[index]}` : ''}`,
    field,
    input: inputRule(entry, sources[0]!, value, counted, inherited.salt, field, check),
    ans,
    yaml,
    solution: inherited.solution,
    retries: inherited.retries,
    needsAnswer: spot.needsAnswer,
  }));
}

/** solution:, random_salt: and retries: of a folder or case, over what it inherits. */
export function overrides(entry: YamlMap, inherited: Inherited, field: string, check: YamlChecker): Inherited {
  const result = { ...inherited };
  if ('solution' in entry) {
    const value = entry.solution;
    if (value === null || value === '') result.solution = { kind: 'none' };
    else {
      const path = check.text(value, child(field, 'solution'), 'solution: /submissions/accepted/sol.py');
      if (!path.startsWith('/') || !safeRelativePath(path.slice(1))) check.fail(child(field, 'solution'), `"${path}" is not a path from the problem folder`, 'write it from the problem folder, starting with /: solution: /submissions/accepted/sol.py');
      if (/\s/.test(path.trim())) check.fail(child(field, 'solution'), 'a solution takes no arguments', 'give only the path: it reads the input on stdin');
      result.solution = { kind: 'program', path: path.trim() };
    }
  }
  if ('random_salt' in entry) result.salt = check.text(entry.random_salt ?? '', child(field, 'random_salt'), 'random_salt: abc');
  if ('retries' in entry) {
    const retries = entry.retries;
    if (typeof retries !== 'number' || !Number.isInteger(retries) || retries < 1) check.fail(child(field, 'retries'), `must be a whole number of at least 1, found ${describe(retries)}`, 'write retries: 10');
    result.retries = retries;
  }
  return result;
}

function inputRule(entry: YamlMap, source: string, count: number, counted: boolean, salt: string, field: string, check: YamlChecker): InputRule {
  const at = child(field, source);
  if (source === 'in') return { kind: 'inline', content: withNewline(check.text(entry.in, at, 'in: "1 2"')) };
  if (source === 'copy') {
    const path = check.text(entry.copy, at, 'copy: manual/3').trim().replace(/\.in$/, '');
    if (!safeRelativePath(path)) check.fail(at, `"${path}" is not a path inside generators/`, 'give the path relative to generators/, without the extension: copy: manual/3');
    return { kind: 'copy', base: path };
  }
  const written = check.text(entry.generate, at, 'generate: gen.py {seed} 100');
  if (written.trim() === '') check.fail(at, 'is empty', 'give the generator and its arguments: gen.py {seed} 100');
  if (written.includes('{count}') && !counted) check.fail(at, 'uses {count} but the case has no count:', 'add count: 3 (or a list or range), or remove {count}');
  const command = counted ? withCount(written, count) : written;
  if (seedUses(command) > 1) check.fail(at, '{seed} appears more than once', 'use one {seed} (or {seed:N}) per command');
  const seed = seedFor(command, salt, count);
  const { program, args } = splitCommand(command, seed);
  return { kind: 'generate', program, args, command: command.trim(), seed };
}

/** BAPCtools ends written files with a newline. */
function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}
