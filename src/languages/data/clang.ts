// C++ with clang 14 (against GCC 12's libstdc++), in its own image: a variant of C++17,
// picked by name (--lang clang), for code that g++ and clang treat differently.

import type { LanguageInput } from '../language.js';
import { ALL_TOGETHER } from './common.js';
import { CPP_ECHO, CPP_FILES } from './gcc.js';

export const CLANG_LANGUAGES: LanguageInput[] = [
  {
    id: 'cpp-clang',
    name: 'C++17 (clang++)',
    ...CPP_FILES,
    variantOf: 'cpp',
    aliases: ['clang', 'clang++'],
    image: 'clang',
    sourceName: 'solution.cpp',
    mainFile: [...ALL_TOGETHER],
    // clang has no automatic precompiled header: bits/stdc++.h costs ~2 s of every compile.
    compile: ['clang++', '-std=gnu++17', '-O2', '-pipe', '-DONLINE_JUDGE', '-o', '{out}/solution', '{sources}'],
    run: ['{box}/solution'],
    outOfMemoryMarkers: ["'std::bad_alloc'"],
    selfTest: CPP_ECHO,
  },
];
