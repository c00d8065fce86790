import { describe, expect, it } from 'vitest';
import { parseArgv as parse } from './__fixtures__/parse-argv.js';

const MiB = 1024 * 1024;

describe('run', () => {
  it('with defaults: stdin, cache on, limits left to the command', async () => {
    expect(await parse(['run', 'a.cpp'])).toEqual({ command: 'run', options: { solution: 'a.cpp', json: false, cache: true } });
  });

  it('with every option; limits read like problem.yaml', async () => {
    expect(await parse(['run', '-i', 'in.txt', '--lang', 'py', '-t', '1500ms', '-m', '512MB', '--json', '--no-cache', 'a.txt'])).toEqual({
      command: 'run',
      options: { solution: 'a.txt', input: 'in.txt', lang: 'py', timeLimitMs: 1500, memoryLimitBytes: 512 * MiB, json: true, cache: false },
    });
    expect(await parse(['run', '--memory-limit', '1GiB', '--time-limit', '2.5', 'a.cpp'])).toMatchObject({ options: { memoryLimitBytes: 1024 * MiB, timeLimitMs: 2500 } });
    expect(await parse(['run', '-m', '64', 'a.cpp'])).toMatchObject({ options: { memoryLimitBytes: 64 * MiB } });
  });

  it('rejects limits that are not sizes or durations, or out of range', async () => {
    await expect(parse(['run', '-m', 'lots', 'a.cpp'])).rejects.toThrow(/size such as 256MiB/);
    await expect(parse(['run', '-m', '100KiB', 'a.cpp'])).rejects.toThrow(/from 1MiB/);
    await expect(parse(['run', '-t', 'fast', 'a.cpp'])).rejects.toThrow(/duration/);
    await expect(parse(['run', '-t', '0', 'a.cpp'])).rejects.toThrow(/from 1ms/);
  });
});

describe('serve and listen', () => {
  it('serve defaults to 127.0.0.1:8765, 30 s queue timeout, 10 MiB bodies', async () => {
    expect(await parse(['serve'])).toEqual({ command: 'serve', options: { port: 8765, host: '127.0.0.1', queueTimeoutMs: 30_000, maxBodyBytes: 10 * MiB, cache: true } });
    expect(await parse(['serve', '--port', '0', '--host', '0.0.0.0', '-j', '1', '--queue-timeout', '500ms', '--max-body', '64KiB', '--no-cache'])).toEqual({
      command: 'serve',
      options: { port: 0, host: '0.0.0.0', jobs: 1, queueTimeoutMs: 500, maxBodyBytes: 64 * 1024, cache: false },
    });
    await expect(parse(['serve', '--port', '70000'])).rejects.toThrow(/port/);
  });

  it('listen defaults to a port Competitive Companion posts to, the current folder, no overwriting', async () => {
    expect(await parse(['listen'])).toEqual({ command: 'listen', options: { port: 1327, host: '127.0.0.1', dir: '.', force: false, once: false } });
    expect(await parse(['listen', '--port', '10043', '-d', 'contest', '--force', '--once'])).toEqual({
      command: 'listen',
      options: { port: 10043, host: '127.0.0.1', dir: 'contest', force: true, once: true },
    });
  });
});
