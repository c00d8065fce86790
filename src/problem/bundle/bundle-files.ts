// The files a bundle is packed from, each under the path it gets inside the bundle: its
// path inside the problem folder, or `_outside/<n>/...` for a file the problem names
// elsewhere (a shared checker, a test linked from another package). Bytes are kept in
// the order the files were first named, so the same problem always packs to the same bytes.

import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { ProblemFileError } from '../../errors.js';
import { describeFsError, pathKind } from '../../common/fs-checks.js';
import { languages } from '../../languages/registry.js';
import { listFolderFiles } from '../../languages/source-folder.js';

/** Headers a single-file checker or interactor gets from its folder (testlib.h beside checker.cpp). */
const INCLUDE_EXTENSIONS = new Set(languages.all.flatMap((language) => language.includeExtensions));

export class BundleFiles {
  readonly #problemDir: string;
  /** Bundle path -> bytes, in the order first named. */
  readonly #files = new Map<string, Buffer>();
  /** Absolute folder outside the problem -> its bundle folder. */
  readonly #outside = new Map<string, string>();

  constructor(problemDir: string) {
    this.#problemDir = problemDir;
  }

  get files(): ReadonlyMap<string, Buffer> {
    return this.#files;
  }

  /** Where an absolute path lands in the bundle. */
  pathFor(absolute: string): string {
    const inside = relative(this.#problemDir, absolute);
    if (inside !== '' && !inside.startsWith('..') && !inside.startsWith(sep)) return inside.split(sep).join('/');
    const folder = dirname(absolute);
    let root = this.#outside.get(folder);
    if (root === undefined) {
      root = `_outside/${this.#outside.size + 1}`;
      this.#outside.set(folder, root);
    }
    return `${root}/${basename(absolute)}`;
  }

  /** A file on disk; returns its bundle path. */
  async addFile(absolute: string, path = this.pathFor(absolute)): Promise<string> {
    if (!this.#files.has(path)) {
      const data = await readFile(absolute).catch((error: unknown) => {
        throw new ProblemFileError(absolute, undefined, describeFsError(error), 'restore the file, or fix the problem description that names it');
      });
      this.#files.set(path, data);
    }
    return path;
  }

  /** Bytes from memory (included files are read when the problem loads). */
  addBytes(path: string, data: Buffer): string {
    this.#files.set(path, data);
    return path;
  }

  /**
   * A program the problem names (checker, interactor, accepted submission): a folder with
   * all its files, or a file with the headers beside it. Returns its bundle path.
   */
  async addProgram(absolute: string, options: { siblingHeaders: boolean }): Promise<string> {
    const kind = await pathKind(absolute);
    if (kind === 'folder') {
      // Under the folder's own bundle path, also when the folder is outside the problem.
      const folder = this.pathFor(absolute);
      for (const file of await listFolderFiles(absolute)) await this.addFile(join(absolute, file), `${folder}/${file}`);
      return folder;
    }
    const path = await this.addFile(absolute);
    if (options.siblingHeaders) {
      const folder = dirname(absolute);
      const headers = (await readdir(folder)).filter((name) => INCLUDE_EXTENSIONS.has(extname(name).toLowerCase())).sort();
      for (const name of headers) await this.addFile(join(folder, name));
    }
    return path;
  }
}
