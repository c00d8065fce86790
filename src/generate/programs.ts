// The programs a generators.yaml names, read from the package: a generator is a name of
// the `generators:` mapping (its files copied together, the first being the entry point)
// or a file or folder in generators/; the reference solution is a path from the package
// root, or by default its first accepted submission (with the package's include/ files,
// as the judge would compile it). Each gets a hash of its language and files: part of the
// cache key, so editing a generator regenerates exactly its cases.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ProblemFileError, UsageError } from '../errors.js';
import { pathKind } from '../common/fs-checks.js';
import { includedFilesFor, withIncludedFiles } from '../judge/included-files.js';
import type { Language } from '../languages/language.js';
import type { ProgramSource } from '../languages/prepare.js';
import { readProgram } from '../languages/read-program.js';
import { detectLanguage, languages } from '../languages/registry.js';
import { readIncludedFiles } from '../problem/include-files.js';
import { programsIn } from '../problem/kattis/programs.js';
import type { GeneratorsPlan, SolutionRule } from './plan.js';

export interface PackageProgram {
  /** As shown in messages: "generators/gen.py", "submissions/accepted/sol.py". */
  name: string;
  language: Language;
  source: ProgramSource;
  hash: string;
}

export class PackagePrograms {
  readonly #generators = new Map<string, Promise<PackageProgram>>();
  readonly #solutions = new Map<string, Promise<PackageProgram>>();

  constructor(readonly plan: GeneratorsPlan) {}

  /** The generator a command names; `field` is where, for the error when there is none. */
  generator(name: string, field: string): Promise<PackageProgram> {
    let found = this.#generators.get(name);
    if (!found) {
      found = this.#readGenerator(name, field);
      this.#generators.set(name, found);
    }
    return found;
  }

  solution(rule: Exclude<SolutionRule, { kind: 'none' }>, field: string): Promise<PackageProgram> {
    const key = rule.kind === 'program' ? rule.path : '';
    let found = this.#solutions.get(key);
    if (!found) {
      found = this.#readSolution(rule, field);
      this.#solutions.set(key, found);
    }
    return found;
  }

  async #readGenerator(name: string, field: string): Promise<PackageProgram> {
    const folder = join(this.plan.packageDir, 'generators');
    const named = this.plan.namedGenerators.get(name);
    if (named) {
      const files = await Promise.all(named.map(async (path) => ({ path, data: await readPackageFile(join(folder, path), this.plan.file, `generators.${name}`) })));
      const entry = named[0]!;
      const language = detectLanguage(languages, entry);
      return withHash({ name: `generators/${entry}`, language, source: { name: basename(entry, extname(entry)), files } });
    }
    const path = join(folder, name);
    if ((await pathKind(path)) === 'missing') {
      throw new ProblemFileError(this.plan.file, field, `the generator ${name} is neither in generators/ nor a name under generators:`, `add generators/${name}, or fix the name`);
    }
    const { language, source } = await readProgram(path, `generators/${name}`, undefined, { role: 'generator', siblingIncludes: true });
    return withHash({ name: `generators/${name}`, language, source });
  }

  async #readSolution(rule: Exclude<SolutionRule, { kind: 'none' }>, field: string): Promise<PackageProgram> {
    const { packageDir } = this.plan;
    let path: string;
    if (rule.kind === 'program') {
      path = join(packageDir, rule.path.slice(1));
      if ((await pathKind(path)) === 'missing') throw new ProblemFileError(this.plan.file, `${field}.solution`, `${rule.path} does not exist`, 'give the path from the problem folder, e.g. /submissions/accepted/sol.py');
    } else {
      const accepted = await programsIn(join(packageDir, 'submissions', 'accepted'));
      if (accepted.length === 0) throw new ProblemFileError(this.plan.file, 'solution', 'is not set and there is no submissions/accepted/ to take one from', 'add solution: /submissions/accepted/sol.py');
      path = accepted[0]!.path;
    }
    const shown = path.slice(packageDir.length + 1);
    const { language, source } = await readProgram(path, shown, undefined, { role: 'solution' }).catch((error: unknown) => {
      if (error instanceof UsageError) throw new ProblemFileError(this.plan.file, rule.kind === 'program' ? `${field}.solution` : 'solution', error.message, 'point solution: at a program letscode can run');
      throw error;
    });
    const included = includedFilesFor(await readIncludedFiles(join(packageDir, 'include')), language);
    return withHash({ name: shown, language, source: withIncludedFiles(language, { name: basename(path), source }, included) });
  }
}

async function readPackageFile(path: string, file: string, field: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch {
    throw new ProblemFileError(file, field, `cannot read ${path}`, 'list files that exist, relative to generators/');
  }
}

function withHash(program: Omit<PackageProgram, 'hash'>): PackageProgram {
  const hash = createHash('sha256').update(program.language.id);
  const files = Buffer.isBuffer(program.source) ? [{ path: '', data: program.source }] : program.source.files;
  for (const file of files) hash.update('\0').update(file.path).update('\0').update(String(file.data.length)).update('\0').update(file.data);
  return { ...program, hash: hash.digest('hex') };
}
