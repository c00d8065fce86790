import { describe, expect, it } from 'vitest';
import { parseArgv as parse } from './__fixtures__/parse-argv.js';

const MiB = 1024 * 1024;

describe('stress', () => {
  it('needs --gen; everything else has a default', async () => {
    expect(await parse(['stress', 'sol.cpp', '--gen', 'gen.py'])).toEqual({
      command: 'stress',
      options: { solution: 'sol.cpp', generator: 'gen.py', generatorArgs: [], save: false, shrink: false, cache: true },
    });
    await expect(parse(['stress', 'sol.cpp'])).rejects.toThrow(/--gen/);
  });

  it('reads every option: generator arguments split on spaces, durations, sizes, a checker', async () => {
    const request = await parse([
      'stress', 'sol.cpp', '-g', 'gen.cpp', '-b', 'brute.py', '-p', 'prob', '--gen-args', ' 100  5 ', '-l', 'cpp', '--checker', 'float:1e-4',
      '-t', '2s', '-m', '512MiB', '-n', '1000', '--time', '60s', '--seed', '42', '--shrink', '--save', '-j', '3', '--no-cache',
    ]);
    expect(request).toEqual({
      command: 'stress',
      options: {
        solution: 'sol.cpp', generator: 'gen.cpp', brute: 'brute.py', problem: 'prob', generatorArgs: ['100', '5'], lang: 'cpp',
        checker: { name: 'float', absTolerance: 1e-4, relTolerance: 1e-4 }, timeLimitMs: 2000, memoryLimitBytes: 512 * MiB,
        count: 1000, durationMs: 60_000, seed: 42, shrink: true, save: true, jobs: 3, cache: false,
      },
    });
  });

  it('refuses a checker it does not know, a seed past 2^31 - 1, a count of 0', async () => {
    await expect(parse(['stress', 's.cpp', '-g', 'g.py', '--checker', 'tokenz'])).rejects.toThrow(/expected exact, lines, tokens, float/);
    await expect(parse(['stress', 's.cpp', '-g', 'g.py', '--checker', 'float:x'])).rejects.toThrow(/float:TOLERANCE/);
    await expect(parse(['stress', 's.cpp', '-g', 'g.py', '--seed', '2147483648'])).rejects.toThrow(/seed from 0 to 2147483647/);
    await expect(parse(['stress', 's.cpp', '-g', 'g.py', '-n', '0'])).rejects.toThrow(/at least 1/);
    expect(await parse(['stress', 's.cpp', '-g', 'g.py', '--checker', 'lines'])).toMatchObject({ options: { checker: { name: 'lines' } } });
  });
});

describe('generate', () => {
  it('takes an optional package and --check-deterministic', async () => {
    expect(await parse(['generate'])).toEqual({ command: 'generate', options: { checkDeterministic: false, cache: true, verbose: false } });
    expect(await parse(['generate', 'pkg', '--check-deterministic', '-j', '2', '--no-cache', '-v'])).toEqual({
      command: 'generate',
      options: { problem: 'pkg', checkDeterministic: true, jobs: 2, cache: false, verbose: true },
    });
  });
});
