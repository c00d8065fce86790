// Python 3, on CPython and on PyPy: a syntax check as the compile step, then the interpreter.

import type { LanguageInput } from '../language.js';
import { ECHO, MAIN_OR_FOLDER_NAME, PYTHON_IMPORT } from './common.js';

/**
 * Python's "compile" step: a syntax check that writes nothing (py_compile would write a
 * .pyc next to the read-only source). Prints only the error, like the interpreter would.
 * format_exception_only takes the type too: PyPy's Python 3.9 needs it.
 */
const PYTHON_SYNTAX_CHECK = [
  'import sys, traceback',
  'for path in sys.argv[1:]:',
  '    try:',
  "        compile(open(path, 'rb').read(), path, 'exec', dont_inherit=True)",
  '    except (SyntaxError, ValueError) as error:',
  "        sys.exit(''.join(traceback.format_exception_only(type(error), error)).rstrip())",
].join('\n');

const PYTHON_ECHO = {
  ...ECHO,
  source: `import sys

data = sys.stdin.buffer.read()
sys.stdout.buffer.write(data)
`,
};

export const PYTHON_LANGUAGES: LanguageInput[] = [
  {
    id: 'python',
    name: 'Python 3',
    extensions: ['.py'],
    aliases: ['py', 'python3', 'py3'],
    image: 'python',
    sourceName: 'solution.py',
    mainFile: [...MAIN_OR_FOLDER_NAME, { kind: 'notImported', pattern: PYTHON_IMPORT }],
    compile: ['python3', '-c', PYTHON_SYNTAX_CHECK, '{sources}'],
    run: ['python3', '{source}'],
    // Python 3.11 refuses to print ints over 4300 digits unless told otherwise.
    env: { PYTHONINTMAXSTRDIGITS: '0', PYTHONDONTWRITEBYTECODE: '1' },
    outOfMemoryMarkers: ['MemoryError'],
    selfTest: PYTHON_ECHO,
  },
  {
    id: 'pypy',
    name: 'Python 3 (PyPy)',
    extensions: ['.py'],
    variantOf: 'python',
    aliases: ['pypy3'],
    image: 'pypy',
    sourceName: 'solution.py',
    mainFile: [...MAIN_OR_FOLDER_NAME, { kind: 'notImported', pattern: PYTHON_IMPORT }],
    compile: ['pypy3', '-c', PYTHON_SYNTAX_CHECK, '{sources}'],
    run: ['pypy3', '{source}'],
    // PyPy's collector raises MemoryError past PYPY_GC_MAX; the rest of the limit is the
    // interpreter and the machine code its JIT writes.
    env: { PYPY_GC_MAX: '{heapMiB}MB', PYTHONDONTWRITEBYTECODE: '1' },
    heapShare: 0.8,
    outOfMemoryMarkers: ['MemoryError'],
    selfTest: PYTHON_ECHO,
  },
];
