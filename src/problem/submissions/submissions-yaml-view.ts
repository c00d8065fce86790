// What submissions.yaml says about single submissions, for code that reads submissions
// without verify's listing: the time-limit derivation judges submissions/accepted/ before
// verify lists anything, and must read each file as verify will (`language`) and leave
// out what the yaml opts out (`use_for_time_limit: false`), or the derived limit (and its
// cache) would depend on which command ran first.

import { join, relative } from 'node:path';
import { pathKind } from '../../common/fs-checks.js';
import type { Problem } from '../model.js';
import { readYamlFile } from '../../common/yaml-file.js';
import { submissionExpectation, SUBMISSIONS_YAML } from './submission-rules.js';
import { parseSubmissionsYaml, type SubmissionsYamlEntry } from './submissions-yaml.js';

export interface SubmissionsYamlView {
  /** The file when the package has one, for messages. */
  file: string | null;
  /** `language` for the submission at this path; undefined: its extension decides. */
  languageFor(submissionPath: string): string | undefined;
  /**
   * Does some rule for it bound the time limit from below? A folder default does
   * (accepted/), unless the yaml opts that rule out with use_for_time_limit: false.
   */
  boundsTimeLimitFromBelow(submissionPath: string): boolean;
}

export async function submissionsYamlView(problem: Pick<Problem, 'submissionsDir'>): Promise<SubmissionsYamlView> {
  const root = problem.submissionsDir;
  const file = root === null ? null : join(root, SUBMISSIONS_YAML);
  const yaml: SubmissionsYamlEntry[] = file !== null && (await pathKind(file)) === 'file' ? parseSubmissionsYaml(await readYamlFile(file), file) : [];
  const expectationOf = (path: string) => (root === null ? undefined : submissionExpectation(relative(root, path).split('\\').join('/'), yaml));
  return {
    file: yaml.length > 0 ? file : null,
    languageFor: (path) => expectationOf(path)?.language ?? undefined,
    boundsTimeLimitFromBelow: (path) => expectationOf(path)?.rules.some((rule) => rule.timeBound === 'lower') ?? false,
  };
}
