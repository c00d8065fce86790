// What `letscode judge SOLUTION` judges, read from disk: the solution (a file or a folder,
// its language from the extension or --lang) and the problem it belongs to (-p, or found
// from the solution's folder). Shared by the command and the warm helper, which judges
// on the command's behalf (src/warm/).

import { basename, resolve } from 'node:path';
import type { Language } from '../languages/language.js';
import type { ProgramSource } from '../languages/prepare.js';
import { readProgram } from '../languages/read-program.js';
import { unrunnableReason } from '../languages/program-reading.js';
import { UsageError } from '../errors.js';
import { languageJudgedAs } from '../problem/format-languages.js';
import { loadProblem } from '../problem/load.js';
import { locateProblem } from '../problem/locate.js';
import type { Problem } from '../problem/model.js';

export interface JudgeJobOptions {
  /** The solution's path as the user gave it (relative to cwd). */
  solution: string;
  problem?: string | undefined;
  lang?: string | undefined;
  timeLimitMs?: number | undefined;
}

export interface JudgeJob {
  problem: Problem;
  language: Language;
  solution: { name: string; source: ProgramSource };
}

export async function loadJudgeJob(options: JudgeJobOptions, cwd: string): Promise<JudgeJob> {
  const solutionPath = resolve(cwd, options.solution);
  const { language, source } = await readProgram(solutionPath, options.solution, options.lang);
  // A Python 2 file judged as Python 3 gets a compile error that says nothing useful.
  const unrunnable = options.lang === undefined ? unrunnableReason(language, source) : null;
  if (unrunnable !== null) throw new UsageError(`${options.solution} is ${unrunnable}: pass --lang ${language.id} to judge it as ${language.name} anyway`);
  const located = await locateProblem({ problemOption: options.problem, solutionPath, cwd });
  const problem = await loadProblem(located, { timeLimitMs: options.timeLimitMs });
  const name = Buffer.isBuffer(source) ? basename(solutionPath) : `${basename(solutionPath)}/`;
  // --lang names the language; otherwise the problem's format may run it as another (PyPy).
  const judgedAs = options.lang === undefined ? languageJudgedAs(problem.format, language) : language;
  return { problem, language: judgedAs, solution: { name, source } };
}
