// The example submissions of a problem: each entry (file or folder) of each folder of
// submissions/ (Kattis) or solutions/ (native), with the rules its folder and
// submissions.yaml set for it. Entries that are not programs (a README.md) are passed
// over with a note; names starting with "." are not part of the package. Programs that
// cannot be judged here (a language letscode does not run, a DOMjudge CHECK-MANUALLY tag)
// are listed as skipped, with the reason. Folders nothing applies to are listed too, so
// verify reports them instead of passing over them.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ProblemFileError } from '../errors.js';
import { readProgramOrSkip } from '../languages/program-reading.js';
import { readYamlFile } from '../common/yaml-file.js';
import type { Language } from '../languages/language.js';
import type { ProgramSource } from '../languages/prepare.js';
import { suggestionFor } from '../common/did-you-mean.js';
import { pathKind } from '../common/fs-checks.js';
import { languageJudgedAs } from '../problem/format-languages.js';
import type { Problem } from '../problem/model.js';
import { compareNatural } from '../common/natural-sort.js';
import { knownFolders } from '../problem/submissions/folder-defaults.js';
import { groupsOf } from '../problem/scoring/model.js';
import { EXPECTED_RESULTS_TAG, expectedResultsIn, type ExpectedResults } from '../problem/submissions/expected-results-tag.js';
import { globMatches, globNames } from '../problem/submissions/glob.js';
import { submissionExpectation, SUBMISSIONS_YAML, type SubmissionExpectation } from '../problem/submissions/submission-rules.js';
import { shown } from './shown-path.js';
import { parseSubmissionsYaml, type SubmissionsYamlEntry } from '../problem/submissions/submissions-yaml.js';

export interface SubmissionEntry {
  /** Absolute path of the file or folder. */
  path: string;
  /** Relative to the problem folder: "submissions/accepted/sum.cpp". */
  shown: string;
  folder: string;
  /** Undefined when no rule applies: a folder letscode does not know, no yaml entry for it. */
  expectation: SubmissionExpectation | undefined;
  /** Null for entries that are not judged: skipped ones, and those no rule applies to. */
  program: { language: Language; source: ProgramSource } | null;
  /** Why the entry is not judged though it is a submission: "Python 2 (...)", a CHECK-MANUALLY tag; null otherwise. */
  skipped: string | null;
}

export interface SubmissionListing {
  entries: SubmissionEntry[];
  /** Things passed over, one line each: non-programs, stray files. */
  notes: string[];
}

export async function listSubmissions(problem: Problem): Promise<SubmissionListing> {
  const root = problem.submissionsDir;
  if (root === null) return { entries: [], notes: ['no submissions/ (or solutions/) folder: nothing to judge'] };
  const scoring = { scoring: problem.scoring !== undefined };
  const notes: string[] = [];
  const folders: string[] = [];
  let yaml: SubmissionsYamlEntry[] = [];
  for (const name of await visibleNames(root)) {
    const path = join(root, name);
    if ((await pathKind(path)) === 'folder') folders.push(name);
    else if (name === SUBMISSIONS_YAML) yaml = checkTestGlobs(parseSubmissionsYaml(await readYamlFile(path), path, scoring), problem, path);
    else notes.push(`${shown(problem, path)}: not in a verdict folder, skipped`);
  }
  const entries: SubmissionEntry[] = [];
  const relativePaths: string[] = [];
  const order = knownFolders(scoring);
  for (const folder of folders.sort((a, b) => byFolderOrder(order, a, b))) {
    for (const name of await visibleNames(join(root, folder))) {
      const path = join(root, folder, name);
      const relativePath = `${folder}/${name}`;
      relativePaths.push(relativePath);
      const shownPath = shown(problem, path);
      const fromFolder = submissionExpectation(relativePath, yaml, null, scoring);
      const named = fromFolder?.language ?? undefined;
      const reading = await readProgramOrSkip(path, shownPath, named, { role: 'submission' });
      const text = reading.kind === 'not-a-program' ? null : reading.source;
      // A tag in the source makes even a submission in a folder of no meaning judgeable.
      const tag = text === null ? null : taggedResults(text, shownPath);
      const expectation = tag?.kind === 'results' ? submissionExpectation(relativePath, yaml, tag.verdicts, scoring) : fromFolder;
      const entry = { path, shown: shownPath, folder, expectation, program: null, skipped: null };
      if (tag?.kind === 'unjudgeable') entries.push({ ...entry, skipped: tag.reason });
      else if (!expectation) entries.push(entry);
      else if (reading.kind === 'unsupported') entries.push({ ...entry, skipped: reading.reason });
      else if (reading.kind === 'not-a-program') notes.push(`${shownPath}: not a program, skipped (${reading.reason})`);
      // Without a yaml `language`, the format may run it as another language (PyPy for Kattis Python).
      else entries.push({ ...entry, program: { language: named === undefined ? languageJudgedAs(problem.format, reading.language) : reading.language, source: reading.source } });
    }
  }
  return { entries, notes: [...notes, ...yamlNotes(problem, root, yaml, relativePaths)] };
}

/**
 * A test glob that matches no test (or a score glob that names no scored group) can never
 * be checked: said once, up front, instead of failing every submission it applies to after
 * judging them all.
 */
function checkTestGlobs(yaml: SubmissionsYamlEntry[], problem: Problem, file: string): SubmissionsYamlEntry[] {
  const scoredGroups = problem.scoring ? groupsOf(problem.scoring.root).map((group) => group.name).filter((name) => name !== '') : [];
  for (const entry of yaml) {
    for (const group of entry.groups) {
      const { constraints } = group;
      const aboutTests = constraints.score === undefined || constraints.permitted !== null || constraints.required !== null || constraints.message !== null || constraints.useForTimeLimit !== null;
      if (aboutTests && !problem.tests.some((test) => globMatches(group.tests, test.name))) {
        const some = problem.tests.slice(0, 3).map((test) => test.name).join(', ');
        throw new ProblemFileError(file, `${entry.pattern}.${group.tests}`, 'matches no test', `test globs are paths under data/ without the extension${some ? `, like ${some}` : ''}`);
      }
      if (constraints.score && !scoredGroups.some((name) => globNames(group.tests, name))) {
        throw new ProblemFileError(file, `${entry.pattern}.${group.tests}.score`, 'names no scored group', `the groups with a score are ${scoredGroups.join(', ')}`);
      }
    }
  }
  return yaml;
}

/** The @EXPECTED_RESULTS@ tag; null without one; a name DOMjudge does not know is the setter's mistake. */
function taggedResults(source: ProgramSource, shownPath: string): Extract<ExpectedResults, { kind: 'results' | 'unjudgeable' }> | null {
  const found = expectedResultsIn(source);
  if (found.kind === 'none') return null;
  if (found.kind === 'unknown') {
    throw new ProblemFileError(shownPath, EXPECTED_RESULTS_TAG, `"${found.name}" is not a result`, `use ${found.known.join(', ')}`);
  }
  return found;
}

/** Globs that match no submission (a typo, or a renamed file) and keys letscode does not check. */
function yamlNotes(problem: Problem, root: string, yaml: readonly SubmissionsYamlEntry[], paths: readonly string[]): string[] {
  const file = shown(problem, join(root, SUBMISSIONS_YAML));
  return yaml.flatMap((entry) => [
    ...(paths.some((path) => globMatches(entry.pattern, path)) ? [] : [`${file}: ${entry.pattern} matches no submission`]),
    ...entry.unchecked.map((key) => `${file}: ${entry.pattern}.${key} is not checked by letscode`),
  ]);
}

/**
 * An unknown folder that is a near miss of a known one (`wrong_anwser/`): the setter's typo,
 * which fails verify. Any other unknown folder (`slow_accepted/`, `other/`) is passed over
 * with a note, as problemtools and DOMjudge pass over folders they do not know.
 */
export function isFolderTypo(folder: string, options: { scoring: boolean } = { scoring: false }): boolean {
  if (folder === 'partially_accepted') return false;
  return suggestionFor(folder, knownFolders(options)).startsWith('did you mean');
}

/** Why nothing applies to a submission: its folder is unknown (and no yaml key or tag speaks for it). */
export function unknownFolderReason(folder: string, options: { scoring: boolean } = { scoring: false }): string {
  if (folder === 'partially_accepted' && !options.scoring) return 'partially_accepted/ is for scoring problems, and this one is pass-fail; not judged';
  const suggestion = suggestionFor(folder, knownFolders(options));
  if (suggestion.startsWith('did you mean')) return `unknown folder ${folder}/ (${suggestion}); not judged`;
  return `unknown folder ${folder}/, and no submissions.yaml key or @EXPECTED_RESULTS@ tag for this submission; not judged`;
}

/** Known folders in their order (accepted first), then the unknown ones by name. */
function byFolderOrder(order: readonly string[], a: string, b: string): number {
  const rank = (folder: string) => {
    const index = order.indexOf(folder);
    return index < 0 ? order.length : index;
  };
  return rank(a) - rank(b) || compareNatural(a, b);
}

async function visibleNames(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => !name.startsWith('.')).sort(compareNatural);
}
