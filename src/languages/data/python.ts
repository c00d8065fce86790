// Python 3: a syntax check as the compile step, then the interpreter.

import type { LanguageInput } from '../language.js';
import { ECHO, MAIN_OR_FOLDER_NAME } from './common.js';

/**
 * Python's "compile" step: a syntax check that writes nothing (py_compile would write a
 * .pyc next to the read-only source). Prints only the error, like the interpreter would.
 */
const PYTHON_SYNTAX_CHECK = [
  'import sys, traceback',
  'for path in sys.argv[1:]:',
  '    try:',
  "        compile(open(path, 'rb').read(), path, 'exec', dont_inherit=True)",
  '    except (SyntaxError, ValueError) as error:',
  "        sys.exit(''.join(traceback.format_exception_only(error)).rstrip())",
].join('\n');

export const PYTHON_LANGUAGES: LanguageInput[] = [
  {
    id: 'python',
    name: 'Python 3',
    extensions: ['.py'],
    aliases: ['py', 'python3', 'py3'],
    image: 'python',
    sourceName: 'solution.py',
    mainFile: [...MAIN_OR_FOLDER_NAME],
    compile: ['python3', '-c', PYTHON_SYNTAX_CHECK, '{sources}'],
    run: ['python3', '{source}'],
    // Python 3.11 refuses to print ints over 4300 digits unless told otherwise.
    env: { PYTHONINTMAXSTRDIGITS: '0', PYTHONDONTWRITEBYTECODE: '1' },
    outOfMemoryMarkers: ['MemoryError'],
    selfTest: {
      ...ECHO,
      source: `import sys

data = sys.stdin.buffer.read()
sys.stdout.buffer.write(data)
`,
    },
  },
];
