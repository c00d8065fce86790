// The language submissions.yaml gives a submission (`language: python3` for a file whose
// extension says otherwise), for code that reads submissions without verify's listing:
// the time-limit derivation judges submissions/accepted/ before verify lists anything, and
// must read each file as verify will, or the derived limit (and its cache) would depend on
// which command ran first.

import { join, relative } from 'node:path';
import { pathKind } from '../problem/fs-checks.js';
import type { Problem } from '../problem/model.js';
import { readYamlFile } from '../problem/yaml-file.js';
import { submissionExpectation, SUBMISSIONS_YAML } from './rules.js';
import { parseSubmissionsYaml } from './submissions-yaml.js';

export type LanguageFor = (submissionPath: string) => string | undefined;

export async function submissionLanguages(problem: Pick<Problem, 'submissionsDir'>): Promise<LanguageFor> {
  const root = problem.submissionsDir;
  if (root === null) return () => undefined;
  const file = join(root, SUBMISSIONS_YAML);
  if ((await pathKind(file)) !== 'file') return () => undefined;
  const yaml = parseSubmissionsYaml(await readYamlFile(file), file);
  return (path) => submissionExpectation(relative(root, path).split('\\').join('/'), yaml)?.language ?? undefined;
}
