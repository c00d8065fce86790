// C and C++: gcc and g++ 12, in the gcc image. C++20 and C++23 are variants of C++17:
// the same files and compiler, another -std, chosen by name (--lang cpp20).

import type { LanguageInput } from '../language.js';
import { ALL_TOGETHER, ECHO } from './common.js';

/** C and C++ folders: headers are written next to the sources; every source is compiled and linked. */
const C_HEADERS = ['.h'];
export const CPP_HEADERS = ['.h', '.hh', '.hpp', '.hxx', '.h++', '.inl', '.ipp', '.tpp'];
/** What every C++ entry shares: the files, and the echo program of its self-test. */
export const CPP_FILES: Pick<LanguageInput, 'extensions' | 'includeExtensions'> = { extensions: ['.cpp', '.cc', '.cxx', '.c++'], includeExtensions: CPP_HEADERS };

export const CPP_ECHO = {
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
};

/** A g++ 12 entry for one C++ standard; the gcc image precompiles bits/stdc++.h for each. */
function gxx(std: string): Pick<LanguageInput, 'image' | 'sourceName' | 'mainFile' | 'compile' | 'run' | 'outOfMemoryMarkers' | 'selfTest'> {
  return {
    image: 'gcc',
    sourceName: 'solution.cpp',
    mainFile: [...ALL_TOGETHER],
    compile: ['g++', `-std=${std}`, '-O2', '-pipe', '-DONLINE_JUDGE', '-o', '{out}/solution', '{sources}'],
    run: ['{box}/solution'],
    outOfMemoryMarkers: ["'std::bad_alloc'"],
    selfTest: CPP_ECHO,
  };
}

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
    ...CPP_FILES,
    aliases: ['c++', 'cc', 'cpp17', 'c++17'],
    ...gxx('gnu++17'),
  },
  {
    id: 'cpp20',
    name: 'C++20 (g++)',
    ...CPP_FILES,
    variantOf: 'cpp',
    aliases: ['c++20', 'gnu++20'],
    ...gxx('gnu++20'),
  },
  {
    id: 'cpp23',
    name: 'C++23 (g++)',
    ...CPP_FILES,
    variantOf: 'cpp',
    // g++ 12 takes -std=gnu++23 (its c++2b, the draft standard of the time).
    aliases: ['c++23', 'gnu++23', 'c++2b'],
    ...gxx('gnu++23'),
  },
];
