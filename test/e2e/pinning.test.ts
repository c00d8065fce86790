// Two tests side by side run on two cores, whatever the cores' counts say. Boxes are
// pinned to the least busy core when they open; here three containers of "another
// letscode process" sit on core 1, so both boxes of a launch open on core 0, and the
// launch must move one of them. Seen from Docker while the tests run. The warm helper's
// case (its kept boxes come back with the core they had) is in warm.test.ts, whose tests
// run one at a time: no other file's helper boxes may show up there.

import { execa } from 'execa';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir, fixturesDir, repoRoot } from './cli.js';
import { coresWhileJudging, decoysOnCore1, expectedCores } from './cores.js';

const problemDir = join(fixturesDir, 'pinning');
const solution = join(problemDir, 'sleepy_echo.py');
let removeDecoys: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  removeDecoys = await decoysOnCore1();
});

afterAll(async () => {
  await removeDecoys();
});

describe('the boxes of one launch run on cores of their own', () => {
  it('in the command itself (--no-warm)', async () => {
    const judging = execa('node', [join(repoRoot, 'bin/letscode.js'), 'judge', '--json', '--no-warm', '-j', '2', '-p', problemDir, solution], {
      env: { NO_COLOR: '1', LETSCODE_CACHE_DIR: cacheDir }, reject: false, stdin: 'ignore',
    });
    const cores = await coresWhileJudging(judging, judging.pid!);
    const result = await judging;
    expect(JSON.parse(result.stdout)).toMatchObject({ verdict: 'AC' });
    expect(cores).toEqual(expectedCores);
  });
});
