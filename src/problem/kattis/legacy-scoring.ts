// Legacy Kattis scoring (and the 2023-07 drafts that kept testdata.yaml's grading keys, as
// problemtools' own oddecho example does): every folder of data/ is a group, graded by the
// default grader over its test cases and subgroups in order. Keys are inherited down the
// tree (on_reject, grading, grader_flags, accept_score, reject_score, range; defaults
// break, default, none, 1, 0, -inf +inf), and problem.yaml's `grading:` sets the score keys
// and on_reject for every group, as problemtools applies them. A test scores its group's
// accept_score when accepted (or its score.txt with `validation: custom score`), else the
// reject_score; a group that is not accepted in the end scores the submission nothing.

import { join } from 'node:path';
import { ProblemFileError } from '../../errors.js';
import type { TestCase } from '../model.js';
import { evaluate } from '../scoring/evaluate.js';
import { groupsOf, type GroupScoreRule, type GroupVerdictRule, type ScoreGroup, type ScoreTest, type ScoringSpec, type ValidatorScorePolicy } from '../scoring/model.js';
import type { KattisScoringMetadata } from './metadata.js';
import type { GroupScoringKeys, LegacyKeys } from './scoring-keys.js';

type Effective = Required<LegacyKeys> & {
  /** Where grader_flags came from, for an ignore_sample that reaches a subgroup. */
  graderFlagsFile: string | undefined;
};

const DEFAULTS: Effective = {
  onReject: 'break', grading: 'default', graderFlags: [], acceptScore: 1, rejectScore: 0,
  range: { min: -Infinity, max: Infinity }, graderFlagsFile: undefined,
};

interface Folder {
  group: ScoreGroup;
  effective: Effective;
}

/**
 * `configs`: each folder's scoring keys by its name under data/ ("" for data/ itself,
 * "secret/group1"); null for a folder without a config file.
 */
export function legacyScoring(tests: readonly TestCase[], configs: ReadonlyMap<string, GroupScoringKeys | null>, scoring: KattisScoringMetadata, where: { dataDir: string; sourceFile: string }): ScoringSpec {
  const { dataDir } = where;
  if (scoring.objective === 'min') {
    throw new ProblemFileError(where.sourceFile, 'grading.objective', 'letscode scores maximisation problems only', 'judge it with a system that ranks by the lowest score, or write objective: max');
  }
  const policy: ValidatorScorePolicy = scoring.customScore
    ? { kind: 'allowed', multiplier: false, required: true }
    : { kind: 'forbidden', reason: 'problem.yaml does not say validation: custom score' };
  const folders = new Map<string, Folder>();
  const folderFor = (name: string): Folder => {
    const known = folders.get(name);
    if (known) return known;
    const slash = name.lastIndexOf('/');
    const parent = name === '' ? undefined : folderFor(slash < 0 ? '' : name.slice(0, slash));
    const folder = openFolder(name, parent?.effective ?? DEFAULTS, configs.get(name) ?? null, scoring.keys, dataDir);
    parent?.group.children.push(folder.group);
    folders.set(name, folder);
    return folder;
  };
  for (const test of tests) {
    const slash = test.name.lastIndexOf('/');
    const { group, effective } = folderFor(test.name.slice(0, slash));
    group.children.push(leaf(test.name, effective, policy));
  }
  const root = folderFor('').group;
  const spec: ScoringSpec = { format: 'kattis-legacy', root, rejectedScoresZero: true, unscoredTests: { kind: 'ignored' } };
  // A group's most is its range's upper end, or what a submission accepted everywhere gets.
  const allAccepted = evaluate(spec, () => ({ verdict: 'AC' }));
  for (const group of groupsOf(root)) {
    const range = folders.get(group.name)!.effective.range;
    group.maxScore = Number.isFinite(range.max) ? range.max : allAccepted.groups.get(group)!.score;
  }
  return spec;
}

function openFolder(name: string, inherited: Effective, config: GroupScoringKeys | null, problemKeys: LegacyKeys, dataDir: string): Folder {
  const own = config?.legacy ?? {};
  const effective: Effective = {
    ...inherited,
    ...own,
    ...problemKeys,
    graderFlagsFile: own.graderFlags !== undefined ? config?.file : inherited.graderFlagsFile,
  };
  if (own.grading === 'custom') {
    throw new ProblemFileError(config!.file, 'grading', 'letscode does not run custom graders', 'use the default grader with grader_flags (sum, min, first_error, accept_if_any_accepted, ...)');
  }
  const isRoot = name === '';
  if (!isRoot && effective.graderFlags.includes('ignore_sample')) {
    const folder = join(dataDir, name);
    throw new ProblemFileError(effective.graderFlagsFile ?? folder, 'grader_flags', `ignore_sample applies to data/ only, and ${folder} ${own.graderFlags ? 'sets' : 'inherits'} it`, `give ${name}/ its own grader_flags without ignore_sample`);
  }
  const group: ScoreGroup = {
    kind: 'group', name, reported: !isRoot, children: [],
    ...graderRules(effective.graderFlags, isRoot),
    onReject: effective.onReject,
    maxScore: 0,
    requirePass: [],
  };
  return { group, effective };
}

/** The default grader's flags: the last verdict mode and the last score mode win. */
function graderRules(flags: readonly string[], isRoot: boolean): { score: GroupScoreRule; verdict: GroupVerdictRule } {
  let mode: GroupVerdictRule['mode'] = 'worst_error';
  let score: GroupScoreRule = { kind: 'sum' };
  for (const flag of flags) {
    if (flag === 'worst_error' || flag === 'no_errors') mode = 'worst_error';
    else if (flag === 'first_error' || flag === 'always_accept') mode = flag;
    else if (flag === 'sum' || flag === 'avg' || flag === 'min' || flag === 'max') score = { kind: flag };
  }
  return { score, verdict: { mode, acceptIfAnyAccepted: flags.includes('accept_if_any_accepted'), ignoreSample: isRoot && flags.includes('ignore_sample') } };
}

function leaf(name: string, effective: Effective, validatorScore: ValidatorScorePolicy): ScoreTest {
  const maxScore = Number.isFinite(effective.range.max) ? effective.range.max : effective.acceptScore;
  return { kind: 'test', name, acceptScore: effective.acceptScore, rejectScore: effective.rejectScore, maxScore, validatorScore };
}
