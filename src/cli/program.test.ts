import { describe, expect, it } from 'vitest';
import { parseArgv as parse } from './__fixtures__/parse-argv.js';

describe('argv -> request', () => {
  it('judge with defaults', async () => {
    expect(await parse(['judge', 'sol.cpp'])).toEqual({ command: 'judge', options: { solution: 'sol.cpp', json: false, verbose: false, cache: true } });
  });

  it('judge with every option', async () => {
    const request = await parse(['judge', '-p', 'problems/x', '--lang', 'py', '--json', '--junit', 'out.xml', '-j', '3', '-v', '--no-cache', 'a.txt']);
    expect(request).toEqual({
      command: 'judge',
      options: { solution: 'a.txt', problem: 'problems/x', lang: 'py', json: true, junit: 'out.xml', jobs: 3, verbose: true, cache: false },
    });
  });

  it('reads --time-limit like problem.yaml durations', async () => {
    for (const [text, ms] of [['2s', 2000], ['1500ms', 1500], ['2.5', 2500]] as const) {
      expect(await parse(['judge', '--time-limit', text, 'a.cpp'])).toMatchObject({ options: { timeLimitMs: ms } });
    }
    await expect(parse(['judge', '-t', 'fast', 'a.cpp'])).rejects.toThrow(/duration/);
    await expect(parse(['judge', '-t', '2min', 'a.cpp'])).rejects.toThrow(/duration/);
  });

  it('every command reads durations, sizes and counts with the same parsers', async () => {
    for (const argv of [['judge', 'a.cpp'], ['verify'], ['run', 'a.cpp']]) {
      expect(await parse([...argv, '-t', '.5s'])).toMatchObject({ options: { timeLimitMs: 500 } });
      await expect(parse([...argv, '-t', '-1s'])).rejects.toThrow(/duration/);
    }
    for (const argv of [['judge', 'a.cpp'], ['verify'], ['validate'], ['serve']]) {
      expect(await parse([...argv, '-j', '2'])).toMatchObject({ options: { jobs: 2 } });
      await expect(parse([...argv, '-j', '1.5'])).rejects.toThrow(/whole number of at least 1/);
    }
  });

  it('rejects a bad --jobs value', async () => {
    await expect(parse(['judge', '-j', '0', 'a.cpp'])).rejects.toThrow(/at least 1/);
  });

  it('images and languages subcommands', async () => {
    expect(await parse(['images', 'build', 'cpp', 'java', '--force'])).toEqual({ command: 'images-build', languages: ['cpp', 'java'], force: true });
    expect(await parse(['images', 'list'])).toEqual({ command: 'images-list' });
    expect(await parse(['images', 'prune'])).toEqual({ command: 'images-prune' });
    expect(await parse(['languages'])).toEqual({ command: 'languages-list', json: false });
    expect(await parse(['languages', '--json'])).toEqual({ command: 'languages-list', json: true });
    expect(await parse(['--languages', 'contest.yaml', 'languages', 'list'])).toEqual({ command: 'languages-list', json: false, languagesFile: 'contest.yaml' });
    expect(await parse(['judge', 'a.cpp', '--languages', 'c.yaml'])).toMatchObject({ command: 'judge', languagesFile: 'c.yaml' });
    expect(await parse(['languages', 'test', 'go'])).toEqual({ command: 'languages-test', languages: ['go'] });
  });
});

describe('argv -> request: validate and verify', () => {
  it('the problem is optional (found from the current folder)', async () => {
    expect(await parse(['validate'])).toEqual({ command: 'validate', options: { json: false, cache: true, verbose: false, strict: false } });
    expect(await parse(['verify', 'pkg'])).toEqual({ command: 'verify', options: { problem: 'pkg', json: false, cache: true, verbose: false, strict: false } });
  });

  it('every option', async () => {
    expect(await parse(['validate', '--json', '-j', '2', '--no-cache', '-v', '--strict', 'pkg'])).toEqual({
      command: 'validate',
      options: { problem: 'pkg', json: true, jobs: 2, cache: false, verbose: true, strict: true },
    });
    expect(await parse(['verify', '-t', '1500ms', '--json', 'pkg/problem.yaml'])).toEqual({
      command: 'verify',
      options: { problem: 'pkg/problem.yaml', json: true, cache: true, verbose: false, strict: false, timeLimitMs: 1500 },
    });
    await expect(parse(['verify', '-t', 'soon'])).rejects.toThrow(/duration/);
    await expect(parse(['validate', '-j', '0'])).rejects.toThrow(/at least 1/);
  });
});
