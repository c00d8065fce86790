// A Kattis package's scoring, for `type: scoring` problems (pass-fail ones keep ignoring
// every scoring key). Two generations exist and packages in the wild mix version numbers
// with either: the keys a package writes decide (2025-09 max_score / score_aggregation /
// require_pass, or legacy accept_score / grader_flags / on_reject / range / grading), and a
// package that writes none is read by its problem_format_version. Writing both is an error:
// no reading of such a package is the author's.

import { join } from 'node:path';
import { ProblemFileError } from '../../errors.js';
import { pathKind } from '../../common/fs-checks.js';
import type { TestCase } from '../model.js';
import type { ScoringSpec } from '../scoring/model.js';
import { GROUP_CONFIG_FILES } from './group-config.js';
import { legacyScoring } from './legacy-scoring.js';
import type { KattisMetadata } from './metadata.js';
import { modernScoring } from './modern-scoring.js';
import { readGroupScoringKeys, type GroupScoringKeys } from './scoring-keys.js';

export interface KattisScoringInput {
  dataDir: string;
  sourceFile: string;
  tests: readonly TestCase[];
  metadata: KattisMetadata;
}

/** The scoring tree of a scoring problem; undefined for a pass-fail one. */
export async function readKattisScoring(input: KattisScoringInput): Promise<ScoringSpec | undefined> {
  const { metadata, dataDir, sourceFile, tests } = input;
  const scoring = metadata.scoring;
  if (scoring === undefined) return undefined;
  const configs = await folderConfigs(dataDir, tests);
  const written = [...configs.values()].filter((config): config is GroupScoringKeys => config !== null);
  const modern = written.find((config) => config.firstModernKey !== undefined);
  const legacyKey = Object.keys(scoring.keys).length > 0 ? { file: sourceFile, key: 'grading' } : undefined;
  const legacyConfig = written.find((config) => config.firstLegacyKey !== undefined);
  const legacy = legacyKey ?? (legacyConfig && { file: legacyConfig.file, key: legacyConfig.firstLegacyKey! });
  if (modern && legacy) {
    throw new ProblemFileError(modern.file, modern.firstModernKey, `is a 2025-09 scoring key, but ${legacy.file} uses the legacy ${legacy.key}`, 'score with one generation: max_score and score_aggregation (2025-09), or accept_score and grader_flags (legacy)');
  }
  const readAsLegacy = legacy !== undefined || (modern === undefined && (metadata.version === 'legacy' || scoring.customScore));
  return readAsLegacy ? legacyScoring(tests, configs, scoring, { dataDir, sourceFile }) : modernScoring(tests, configs, dataDir);
}

/**
 * The scoring keys of every folder above a test ("" for data/ itself, then "secret",
 * "secret/group1", ...), from test_group.yaml or testdata.yaml; null where there is none.
 */
async function folderConfigs(dataDir: string, tests: readonly TestCase[]): Promise<Map<string, GroupScoringKeys | null>> {
  const folders = new Set<string>(['']);
  for (const test of tests) {
    const parts = test.name.split('/');
    for (let depth = 1; depth < parts.length; depth++) folders.add(parts.slice(0, depth).join('/'));
  }
  const configs = new Map<string, GroupScoringKeys | null>();
  for (const folder of folders) {
    const files = GROUP_CONFIG_FILES.map((name) => join(dataDir, folder, name));
    const kinds = await Promise.all(files.map(pathKind));
    const file = files.find((_, index) => kinds[index] === 'file');
    configs.set(folder, file === undefined ? null : await readGroupScoringKeys(file));
  }
  return configs;
}
