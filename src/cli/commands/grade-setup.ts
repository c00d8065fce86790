// Everything `letscode grade` checks before judging: the problem or assignment, the
// submissions, the results folder and the report paths. Every mistake here is one line
// and exit 2 before any container starts.

import { readdir } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { loadAssignment } from '../../grade/assignment.js';
import { collectAssignment, collectSingleProblem } from '../../grade/collect-items.js';
import { discoverStudents } from '../../grade/discover.js';
import { problemFingerprint } from '../../grade/keys.js';
import { defaultPoints, type GradeItem, type GradeProblem } from '../../grade/model.js';
import { STORE_FILE_NAME } from '../../grade/store.js';
import { loadProblem } from '../../problem/load.js';
import { locateProblem } from '../../problem/locate.js';
import { OWNED_REPORTS, reportOutput } from '../../report/grade-files.js';
import { checkOutputFile, checkOutputFolder } from '../../report/output-file.js';
import type { GradeOptions } from '../requests.js';

export interface GradeSetup {
  mode: 'single' | 'assignment';
  title: string;
  problems: GradeProblem[];
  items: GradeItem[];
  outDir: string;
  /** Entries left out of the class folder, with why. */
  ignored: string[];
}

export async function prepareGrade(options: GradeOptions, cwd: string, letscodeVersion: string): Promise<GradeSetup> {
  const mode = options.assignment === undefined ? 'single' : 'assignment';
  const assignment = options.assignment === undefined ? undefined : await loadAssignment(resolve(cwd, options.assignment), { timeLimitMs: options.timeLimitMs });
  const problems = assignment ? assignment.problems : [await singleProblem(options, cwd)];
  const discovered = await discoverStudents({ submissions: options.submissions, cwd, outDir: options.out === undefined ? undefined : resolve(cwd, options.out) }, mode);
  const outDir = options.out === undefined ? discovered.defaultOutDir : resolve(cwd, options.out);
  await checkOutDir(outDir, options.out ?? relative(cwd, outDir));
  for (const kind of ['csv', 'junit', 'html'] as const) {
    const path = options[kind];
    if (path !== undefined) await checkOutputFile(reportOutput(kind, path));
  }
  const collect = { langOption: options.lang, letscodeVersion };
  const items = assignment ? await collectAssignment(assignment, discovered, collect) : await collectSingleProblem(problems[0]!, discovered, collect);
  checkRegrade(options.regrade, items);
  const title = assignment ? assignment.name ?? basename(assignment.file).replace(/\.ya?ml$/, '') : problems[0]!.problem.name;
  return { mode, title, problems, items, outDir, ignored: discovered.ignored };
}

async function singleProblem(options: GradeOptions, cwd: string): Promise<GradeProblem> {
  const located = await locateProblem({ problemOption: options.problem, solutionPath: options.submissions[0] ?? '.', cwd });
  const problem = await loadProblem(located, { timeLimitMs: options.timeLimitMs });
  return { id: basename(problem.dir), problem, points: defaultPoints(problem), fingerprint: await problemFingerprint(problem) };
}

/**
 * OUT must be a folder letscode may write: new, empty, or one an earlier grade run made
 * (it holds results.jsonl or a report of ours). Anything else might be the user's files.
 */
async function checkOutDir(outDir: string, shown: string): Promise<void> {
  await checkOutputFolder({ option: '--out', path: shown || outDir, example: 'grade-results/' });
  const names = (await readdir(outDir).catch(() => [] as string[])).filter((name) => !name.startsWith('.'));
  const ours = new Set<string>([STORE_FILE_NAME, ...Object.values(OWNED_REPORTS)]);
  if (names.length > 0 && !names.some((name) => ours.has(name))) {
    throw new UsageError(`--out ${shown}: holds files that are not letscode grade results (give a new or empty folder, or the --out of an earlier grade run)`);
  }
}

/** --regrade names students by id (file name without extension, or folder name). */
function checkRegrade(names: readonly string[], items: readonly GradeItem[]): void {
  const students = new Set(items.map((item) => item.student));
  const unknown = names.find((name) => !students.has(name));
  if (unknown !== undefined) {
    const known = [...students].slice(0, 8).join(', ');
    throw new UsageError(`--regrade ${unknown}: no such student (ids are file names without the extension, or folder names: ${known}${students.size > 8 ? ', ...' : ''})`);
  }
}
