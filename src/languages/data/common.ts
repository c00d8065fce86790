// What several language entries share.

/** Echo test shared by every language: the programs below copy stdin to stdout. */
export const ECHO = { input: 'hello 42\n', output: 'hello 42\n' } as const;

/** Languages that compile every file of a folder together: main.<ext> if there is one, else any. */
export const ALL_TOGETHER = [{ kind: 'stem', stem: 'main' }, { kind: 'any' }] as const;

/** Interpreted languages: the folder's main.<ext>, else the file named like the folder. */
export const MAIN_OR_FOLDER_NAME = [{ kind: 'stem', stem: 'main' }, { kind: 'folderName' }] as const;

/** JavaScript's imports of a file by relative path: import/export ... from './x.js', require('./lib/x'). */
export const JS_IMPORT = String.raw`(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"]\.\.?/(?:[^'"\n]*/)?{stem}(?:\.[cm]?js)?['"]`;
/** Python's imports of a module: import x, import a, x, from x import y, from .x import y. */
export const PYTHON_IMPORT = String.raw`^[ \t]*(?:from[ \t]+\.?{stem}[ \t]+import\b|import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*{stem}\b)`;
