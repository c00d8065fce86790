import { describe, expect, it } from 'vitest';
import { parseArgv as parse } from './__fixtures__/parse-argv.js';

describe('grade', () => {
  it('with defaults: one class folder, nothing forced, cache on', async () => {
    expect(await parse(['grade', '-p', 'sum', 'class/'])).toEqual({
      command: 'grade',
      options: { submissions: ['class/'], problem: 'sum', json: false, reportOnly: false, regrade: [], force: false, cache: true },
    });
  });

  it('with every option', async () => {
    const request = await parse([
      'grade', '--assignment', 'a.yaml', '--out', 'res', '--json', '--csv', 'g.csv', '--junit', 'j.xml', '--html', 'g.html',
      '--regrade', 'alice,bob', '--regrade', 'carol', '--force', '--min-score', '60%', '-j', '2', '--parallel', '3', '-t', '1500ms', '--no-cache', '--lang', 'py', 'x.py', 'y/',
    ]);
    expect(request).toEqual({
      command: 'grade',
      options: {
        submissions: ['x.py', 'y/'], assignment: 'a.yaml', out: 'res', json: true, csv: 'g.csv', junit: 'j.xml', html: 'g.html', lang: 'py',
        regrade: ['alice', 'bob', 'carol'], force: true, reportOnly: false, minScore: { kind: 'percent', value: 60 }, jobs: 2, parallel: 3, timeLimitMs: 1500, cache: false,
      },
    });
    expect(await parse(['grade', '--report-only', '--min-score', '0.5', 'c'])).toMatchObject({ options: { reportOnly: true, minScore: { kind: 'points', value: 0.5 } } });
  });

  it('refuses --problem with --assignment, a bad --min-score and no SUBMISSIONS', async () => {
    await expect(parse(['grade', '-p', 'sum', '--assignment', 'a.yaml', 'c'])).rejects.toThrow(/cannot be used with option/);
    await expect(parse(['grade', '--min-score', 'lots', 'c'])).rejects.toThrow(/expected a score/);
    await expect(parse(['grade'])).rejects.toThrow(/missing required argument/);
  });
});
