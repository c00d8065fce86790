// generators/generators.yaml, the subset of BAPCtools' format most packages use, read into
// a GeneratorsPlan: the root (`solution`, `generators`, `random_salt`, `retries`,
// `version`, `data`), folders (`data` as a mapping, or a list that numbers its entries,
// `test_group.yaml`, and the same settings, inherited), and test cases (parse-case.ts).
// Order and names follow BAPCtools: the root's folders in the spec's order, other
// mappings alphabetically, numbered lists in order; numbered cases share one counter
// over the whole file, numbered groups count per folder.

import { stringify } from 'yaml';
import { isCase, overrides, parseCase, type Inherited } from './parse-case.js';
import { parseCount } from './count.js';
import type { CaseRule, GeneratorsPlan, GroupRule } from './plan.js';
import { child, describe, FILE_NAME, isMap, safeRelativePath, YamlChecker, type YamlMap } from './yaml-fields.js';

/** The data/ folders letscode generates, in BAPCtools' order; sample and secret cases get answers. */
const ROOT_FOLDERS = ['sample', 'secret', 'invalid_input'];
const UNSUPPORTED_ROOT_FOLDERS = ['invalid_answer', 'invalid_output', 'valid_output', 'testing_tool_test', 'fuzz'];
const FOLDER_KEYS = ['data', 'solution', 'random_salt', 'retries', 'test_group.yaml', 'testdata.yaml', 'include'];
const ROOT_KEYS = [...FOLDER_KEYS, 'generators', 'version'];

interface Walk {
  check: YamlChecker;
  cases: CaseRule[];
  groups: GroupRule[];
  notes: string[];
  /** The next number of a numbered case, and how wide numbers are (the count of all numbered cases). */
  nextCase: number;
  caseWidth: number;
}

export function parseGeneratorsYaml(data: unknown, file: string, packageDir: string): GeneratorsPlan {
  const check = new YamlChecker(file);
  const root: YamlMap = data === null ? {} : isMap(data) ? data : check.fail('', `must be a mapping, found ${describe(data)}`, 'start with solution: and data:');
  if (Array.isArray(root.data)) check.fail('data', 'the root must not be numbered', 'write data: as a mapping with sample: and secret:');
  const walk: Walk = { check, cases: [], groups: [], notes: [], nextCase: 1, caseWidth: String(countNumbered(root)).length };
  const inherited = overrides(root, { solution: { kind: 'default' }, salt: '', retries: 1 }, '', check);
  parseFolder(root, { path: '', field: '', inherited, root: true }, walk);
  const paths = new Map<string, string>();
  for (const rule of [...walk.cases, ...walk.groups.map((group) => ({ path: group.path, field: group.path }))]) {
    const earlier = paths.get(rule.path);
    if (earlier !== undefined) check.fail(rule.field, `makes data/${rule.path}, as ${earlier} does`, 'give one of them another name');
    paths.set(rule.path, rule.field);
  }
  return { file, packageDir, cases: walk.cases, groups: walk.groups, namedGenerators: namedGenerators(root.generators, check), notes: walk.notes };
}

interface FolderSpot {
  /** Under data/; '' for the root. */
  path: string;
  field: string;
  inherited: Inherited;
  root: boolean;
}

function parseFolder(folder: YamlMap, spot: FolderSpot, walk: Walk): void {
  const { check } = walk;
  const known = spot.root ? ROOT_KEYS : FOLDER_KEYS;
  for (const key of Object.keys(folder)) {
    if (known.includes(key)) continue;
    // BAPCtools lets tools keep their own keys in folders; a near-miss of a known key is a typo.
    check.unknownKey(spot.field, key, known, () => walk.notes.push(`${child(spot.field, key)}: not a key letscode generate knows, ignored`));
  }
  if (folder.include !== undefined) check.fail(child(spot.field, 'include'), 'is not supported by letscode generate', 'list the cases in this folder too (or copy: them)');
  const groupYaml = folder['test_group.yaml'] ?? folder['testdata.yaml'];
  if (spot.path !== '' || groupYaml !== undefined) {
    if (groupYaml !== undefined && groupYaml !== null && !isMap(groupYaml)) check.fail(child(spot.field, 'test_group.yaml'), `must be a mapping, found ${describe(groupYaml)}`, 'write it like test_group.yaml: { output_validator_args: [] }');
    walk.groups.push({ path: spot.path, testGroupYaml: isMap(groupYaml) ? stringify(groupYaml) : null });
  }
  const inherited = spot.root ? spot.inherited : overrides(folder, spot.inherited, spot.field, check);
  const data = folder.data;
  if (data === undefined || data === null) return;
  const dataField = child(spot.field, 'data');
  if (isMap(data)) {
    const keys = spot.root ? rootKeys(data, dataField, check) : Object.keys(data).sort();
    for (const key of keys) parseChild(() => key, data[key], { ...spot, inherited }, child(dataField, key), walk);
    return;
  }
  const list: unknown[] = Array.isArray(data) ? data : check.fail(dataField, `must be a mapping or a list, found ${describe(data)}`, 'list the cases and groups under data:');
  const groupCount = list.filter((entry) => isMap(entry) && Object.values(entry).some((value) => !isCase(value))).length;
  let nextGroup = 1;
  list.forEach((entry, index) => {
    const at = child(dataField, index);
    const single = isMap(entry) && Object.keys(entry).length === 1 ? entry : check.fail(at, 'a numbered entry must be a mapping with exactly one key', 'write - name: gen.py {seed} (indent generate:, count: ... one level more)');
    const [key, value] = Object.entries(single)[0]!;
    const numbered = (number: string) => (key === '' ? number : `${number}-${key}`);
    // Each case (each count value) takes the next number of the file; a group the next of this folder.
    const nameFor = isCase(value) ? () => numbered(String(walk.nextCase++).padStart(walk.caseWidth, '0')) : () => numbered(String(nextGroup++).padStart(String(groupCount).length, '0'));
    parseChild(nameFor, value, { ...spot, inherited }, child(at, key || '""'), walk);
  });
}

function parseChild(nameFor: () => string, value: unknown, parent: FolderSpot, field: string, walk: Walk): void {
  const { check } = walk;
  const named = (name: string) => {
    if (!FILE_NAME.test(name)) check.fail(field, `"${name}" is not a valid test case or group name`, 'use letters, digits, _, . and -, starting with a letter, digit or _');
    if (name === 'test_group' || name.endsWith('.in')) check.fail(field, `"${name}" cannot be a test case name`, 'rename it');
    return name;
  };
  if (isCase(value)) {
    if (parent.root) check.fail(field, 'a test case cannot sit directly in data/', 'put it under sample: or secret:');
    const needsAnswer = !(parent.path === 'invalid_input' || parent.path.startsWith('invalid_input/'));
    walk.cases.push(...parseCase(value, { folder: parent.path, nameFor: () => named(nameFor()), field, needsAnswer, inherited: parent.inherited }, check, walk.notes));
    return;
  }
  const name = named(nameFor());
  const path = parent.path === '' ? name : `${parent.path}/${name}`;
  const folder = isMap(value) ? value : check.fail(field, `must be a test case or a group, found ${describe(value)}`, 'write a command (gen.py {seed}), a case mapping, or a group with data:');
  parseFolder(folder, { path, field, inherited: parent.inherited, root: false }, walk);
}

/** The root's folders in the spec's order; the ones letscode cannot write are errors. */
function rootKeys(data: YamlMap, field: string, check: YamlChecker): string[] {
  for (const key of Object.keys(data)) {
    if (ROOT_FOLDERS.includes(key)) continue;
    if (UNSUPPORTED_ROOT_FOLDERS.includes(key)) check.fail(child(field, key), 'is not supported by letscode generate', `generate ${ROOT_FOLDERS.join(', ')}; write ${key}/ by hand`);
    check.unknownKey(field, key, ROOT_FOLDERS, () => check.fail(child(field, key), 'is not a folder of data/', `use ${ROOT_FOLDERS.join(', ')}`));
  }
  return ROOT_FOLDERS.filter((key) => key in data);
}

/** How many numbered cases the file holds (BAPCtools' forgiving pre-count): sets the width of their numbers. */
function countNumbered(folder: YamlMap): number {
  const data = folder.data;
  const entries = Array.isArray(data) ? data : isMap(data) ? [data] : [];
  let total = 0;
  for (const entry of entries) {
    if (!isMap(entry)) continue;
    for (const value of Object.values(entry)) {
      if (isCase(value)) total += Array.isArray(data) ? (isMap(value) && 'count' in value ? countValues(value.count) : 1) : 0;
      else if (isMap(value)) total += countNumbered(value);
    }
  }
  return total;
}

function countValues(raw: unknown): number {
  const parsed = parseCount(raw);
  return parsed.kind === 'ok' ? parsed.values.length : 1;
}

function namedGenerators(raw: unknown, check: YamlChecker): Map<string, string[]> {
  const named = new Map<string, string[]>();
  if (raw === undefined || raw === null) return named;
  if (!isMap(raw)) return check.fail('generators', `must be a mapping, found ${describe(raw)}`, 'write generators: { tree: [tree.py, lib.py] }');
  for (const [name, files] of Object.entries(raw)) {
    const field = child('generators', name);
    if (!FILE_NAME.test(name) || name.includes('.')) check.fail(field, `"${name}" is not a valid generator name`, 'use letters, digits, _ and -, without a dot');
    if (!Array.isArray(files) || files.length === 0 || files.some((file) => typeof file !== 'string' || !safeRelativePath(file))) {
      check.fail(field, 'must list its files, relative to generators/', `write ${name}: [${name}.py, lib.py] (the first is the entry point)`);
    }
    named.set(name, files as string[]);
  }
  return named;
}
