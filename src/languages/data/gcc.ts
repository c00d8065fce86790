// C and C++: gcc and g++ 12, in the gcc image.

import type { LanguageInput } from '../language.js';
import { ALL_TOGETHER, ECHO } from './common.js';

/** C and C++ folders: headers are written next to the sources; every source is compiled and linked. */
const C_HEADERS = ['.h'];
const CPP_HEADERS = ['.h', '.hh', '.hpp', '.hxx', '.h++', '.inl', '.ipp', '.tpp'];

export const GCC_LANGUAGES: LanguageInput[] = [
  {
    id: 'c',
    name: 'C17 (gcc)',
    extensions: ['.c'],
    includeExtensions: C_HEADERS,
    aliases: ['c17'],
    image: 'gcc',
    sourceName: 'solution.c',
    mainFile: [...ALL_TOGETHER],
    compile: ['gcc', '-std=gnu17', '-O2', '-pipe', '-DONLINE_JUDGE', '-o', '{out}/solution', '{sources}', '-lm'],
    run: ['{box}/solution'],
    selfTest: {
      ...ECHO,
      source: `#include <stdio.h>

int main(void) {
    static char buffer[1 << 16];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, stdin)) > 0) fwrite(buffer, 1, n, stdout);
    return 0;
}
`,
    },
  },
  {
    id: 'cpp',
    name: 'C++17 (g++)',
    extensions: ['.cpp', '.cc', '.cxx', '.c++'],
    includeExtensions: CPP_HEADERS,
    aliases: ['c++', 'cc', 'cpp17', 'c++17'],
    image: 'gcc',
    sourceName: 'solution.cpp',
    mainFile: [...ALL_TOGETHER],
    compile: ['g++', '-std=gnu++17', '-O2', '-pipe', '-DONLINE_JUDGE', '-o', '{out}/solution', '{sources}'],
    run: ['{box}/solution'],
    outOfMemoryMarkers: ["'std::bad_alloc'"],
    selfTest: {
      ...ECHO,
      source: `#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string line;
    while (getline(cin, line)) cout << line << '\\n';
    return 0;
}
`,
    },
  },
];
