// C# on Mono.

import type { LanguageInput } from '../language.js';
import { ECHO } from './common.js';

export const CSHARP_LANGUAGES: LanguageInput[] = [
  {
    id: 'csharp',
    name: 'C# (Mono mcs)',
    extensions: ['.cs'],
    aliases: ['cs', 'c#', 'mono'],
    image: 'csharp',
    sourceName: 'solution.cs',
    // mcs compiles every file into one assembly; the file with Main is {source}, for show.
    mainFile: [
      { kind: 'containing', pattern: String.raw`\bstatic\s+(?:async\s+)?(?:void|int|Task(?:<int>)?)\s+Main\s*\(`, description: 'declares static Main' },
      { kind: 'any' },
    ],
    compile: ['mcs', '-optimize+', '-define:ONLINE_JUDGE', '-r:System.Numerics', '-out:{out}/solution.exe', '{sources}'],
    run: ['mono', '{box}/solution.exe'],
    // The SGen collector's heap cap: beyond it the program gets an OutOfMemoryException.
    env: { MONO_GC_PARAMS: 'max-heap-size={heapMiB}m' },
    heapShare: 0.8,
    outOfMemoryMarkers: ['System.OutOfMemoryException'],
    selfTest: {
      ...ECHO,
      source: `using System;
using System.IO;

class Echo {
    static void Main() {
        Stream input = Console.OpenStandardInput();
        Stream output = Console.OpenStandardOutput();
        input.CopyTo(output);
        output.Flush();
    }
}
`,
    },
  },
];
