// The keys that say two programs are the same: one for the compile cache (what the
// compiler sees), one for reusing a box the program is installed in (that, plus how it
// runs, whose flags depend on the memory limit). Every caller gets them from here.

import { createHash } from 'node:crypto';
import type { PreparedProgram } from '../languages/prepare.js';

/** Every source file counts (a folder's helpers and headers too), with its path and length. */
export function compileCacheKey(program: PreparedProgram, languageId: string, image: string): string {
  const hash = createHash('sha256').update(JSON.stringify({ languageId, image, sourceName: program.sourceName, compile: program.compile }));
  for (const file of program.sources) {
    hash.update('\0').update(JSON.stringify({ path: file.path, bytes: file.data.length })).update('\0').update(file.data);
  }
  return hash.digest('hex');
}

/**
 * Everything that makes two runs the same program: every source file, the language, the
 * image, the compile command and the run command (which carries memory-dependent flags).
 */
export function programKeyFor(program: PreparedProgram, languageId: string, image: string): string {
  return createHash('sha256').update(compileCacheKey(program, languageId, image)).update(JSON.stringify(program.run)).digest('hex');
}
