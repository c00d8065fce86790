// JavaScript and TypeScript on Node.js 18 (TypeScript through tsc 4.8 first).

import type { LanguageInput } from '../language.js';
import { ECHO, JS_IMPORT, MAIN_OR_FOLDER_NAME } from './common.js';

/**
 * Node flags for a run: the heap from the limit, and a V8 stack as deep as the real one
 * (the runner sets no stack rlimit, so the stack may grow to the memory limit; stackMiB *
 * 1000 KiB leaves ~2% slack).
 * Not --snapshot-blob: it would halve start-up (Debian's node has no built-in snapshot,
 * ~150 ms CPU per start), but V8 rejects a blob built with other flag values.
 */
const NODE_RUN = ['node', '--max-old-space-size={heapMiB}', '--stack-size={stackMiB}000'];

export const NODE_LANGUAGES: LanguageInput[] = [
  {
    id: 'javascript',
    name: 'JavaScript (Node.js)',
    // An .mjs file is an ES module only under its own name; a folder's package.json may
    // say "type": "module" for its .js files (DOMjudge's multifile-js examples).
    extensions: ['.js', '.mjs', '.cjs'],
    keepNameExtensions: ['.mjs', '.cjs'],
    includeExtensions: ['.json'],
    aliases: ['js', 'node', 'nodejs'],
    image: 'node',
    sourceName: 'solution.js',
    // Else the file the others are imported by, as DOMjudge runs the entry point.
    mainFile: [...MAIN_OR_FOLDER_NAME, { kind: 'notImported', pattern: JS_IMPORT }],
    // node --check takes one file at a time; every file is checked, so a broken module
    // is CE even when the main file never loads it (as on DOMjudge).
    compile: ['sh', '-c', 'for file do node --check "$file" || exit; done', 'node-check', '{sources}'],
    run: [...NODE_RUN, '{source}'],
    heapShare: 0.8,
    outOfMemoryMarkers: ['JavaScript heap out of memory', 'Reached heap limit'],
    selfTest: {
      ...ECHO,
      source: `const input = require('fs').readFileSync(0, 'utf8');
process.stdout.write(input);
`,
    },
  },
  {
    id: 'typescript',
    name: 'TypeScript (tsc, Node.js)',
    extensions: ['.ts'],
    aliases: ['ts'],
    image: 'typescript',
    sourceName: 'solution.ts',
    mainFile: [...MAIN_OR_FOLDER_NAME],
    // Not --strict (as on most judges): implicit any and unchecked nulls are fine, type errors are CE.
    // Node's own typings ship with Debian's nodejs package.
    compile: [
      'tsc',
      '--target', 'es2022',
      '--lib', 'es2022',
      '--module', 'commonjs',
      '--moduleResolution', 'node',
      '--esModuleInterop',
      '--typeRoots', '/usr/share/nodejs/@types',
      '--types', 'node',
      '--skipLibCheck',
      '--noEmitOnError',
      '--newLine', 'lf',
      '--rootDir', '{box}',
      '--outDir', '{out}',
      '{sources}',
    ],
    run: [...NODE_RUN, '{box}/{sourceStem}.js'],
    heapShare: 0.8,
    outOfMemoryMarkers: ['JavaScript heap out of memory', 'Reached heap limit'],
    selfTest: {
      ...ECHO,
      source: `import * as fs from 'fs';

const input: string = fs.readFileSync(0, 'utf8');
process.stdout.write(input);
`,
    },
  },
];
