import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgv as parse } from './__fixtures__/parse-argv.js';

const GiB = 1024 * 1024 * 1024;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('worker', () => {
  it('needs --redis; defaults: 2 GiB of problem data, 60 s of patience with Redis, cache on', async () => {
    expect(await parse(['worker', '--redis', 'redis://q:6379'])).toEqual({
      command: 'worker',
      options: { redis: { url: 'redis://q:6379', giveUpMs: 60_000 }, cacheBytes: 2 * GiB, cache: true },
    });
    expect(await parse(['worker', '--redis', 'rediss://:pw@q', '-j', '4', '--name', 'judge-7', '--cache-size', '512MiB', '--redis-timeout', '300s']))
      .toEqual({ command: 'worker', options: { redis: { url: 'rediss://:pw@q', giveUpMs: 300_000 }, jobs: 4, name: 'judge-7', cacheBytes: 512 * 1024 * 1024, cache: true } });
    await expect(parse(['worker'])).rejects.toThrow(/--redis <url>' not specified/);
  });

  it('takes the URL from LETSCODE_REDIS_URL, which keeps a password out of the process list', async () => {
    vi.stubEnv('LETSCODE_REDIS_URL', 'redis://:secret@q:6379');
    expect(await parse(['queue'])).toEqual({ command: 'queue', options: { redis: { url: 'redis://:secret@q:6379', giveUpMs: 60_000 }, json: false } });
  });
});

describe('serve and grade on a queue', () => {
  it('serve: --redis, --token, --rate-limit', async () => {
    expect(await parse(['serve', '--redis', 'redis://q', '--token', 't0k', '--rate-limit', '5/min'])).toMatchObject({
      command: 'serve',
      options: { redis: { url: 'redis://q', giveUpMs: 60_000 }, token: 't0k', rateLimit: { max: 5, windowMs: 60_000 } },
    });
    expect(await parse(['serve', '--rate-limit', '100/hour'])).toMatchObject({ options: { rateLimit: { max: 100, windowMs: 3_600_000 } } });
    await expect(parse(['serve', '--rate-limit', 'lots'])).rejects.toThrow(/expected a count per second, minute or hour/);
    await expect(parse(['serve', '--rate-limit', '0/min'])).rejects.toThrow(/expected a count/);
  });

  it('grade --redis, with how long to wait for a lost Redis', async () => {
    expect(await parse(['grade', '-p', 'sum', 'class/', '--redis', 'redis://q', '--redis-timeout', '10s'])).toMatchObject({
      command: 'grade',
      options: { submissions: ['class/'], redis: { url: 'redis://q', giveUpMs: 10_000 } },
    });
    await expect(parse(['grade', '-p', 'sum', 'class/', '--redis-timeout', '1ms'])).rejects.toThrow(/duration from 1s/);
  });
});
