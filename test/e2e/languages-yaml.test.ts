// A contest's languages.yaml, end to end: it changes a built-in language's compile command
// and adds a language of its own (AWK, on the bash image's mawk), for judge and for
// `languages test`, through --languages and $LETSCODE_LANGUAGES; a mistake in it is one
// line naming the file and the field, before anything runs.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, judgeJson, leftoverContainers, letscode } from './cli.js';
import { scratchDirs } from './scratch.js';

const problemDir = join(fixturesDir, 'languages');
const scratchDir = scratchDirs('languages-yaml');

const CONTEST_YAML = `cpp:
  compile: [g++, -std=gnu++17, -O2, -DCONTEST_FLAG, -o, "{out}/solution", "{sources}"]
awk:
  name: AWK (mawk)
  extensions: [.awk]
  image: bash
  sourceName: solution.awk
  compile: null
  run: [mawk, -f, "{source}"]
  selfTest: { source: "{ print }", input: "hello 42\\n", output: "hello 42\\n" }
`;

/** A C++ solution that compiles only with the contest's -DCONTEST_FLAG. */
const NEEDS_FLAG = '#ifndef CONTEST_FLAG\n#error "needs the contest flag"\n#endif\n#include <cstdio>\nint main() { long long a, b; std::scanf("%lld %lld", &a, &b); std::printf("%lld\\n", a + b); }\n';

function contest(yaml = CONTEST_YAML): { dir: string; yaml: string } {
  const dir = scratchDir('contest');
  writeFileSync(join(dir, 'languages.yaml'), yaml);
  writeFileSync(join(dir, 'flag.cpp'), NEEDS_FLAG);
  writeFileSync(join(dir, 'sum.awk'), '{ printf "%d\\n", $1 + $2 }\n');
  return { dir, yaml: join(dir, 'languages.yaml') };
}

describe('a contest languages.yaml', () => {
  it('changes cpp\'s compile command: the same file is CE without it and AC with it', async () => {
    const { dir, yaml } = contest();
    const without = await judgeJson(problemDir, join(dir, 'flag.cpp'));
    expect(without.report.verdict).toBe('CE');
    expect(without.report.compile.message).toMatch(/needs the contest flag/);
    const withFile = await judgeJson(problemDir, join(dir, 'flag.cpp'), ['--languages', yaml]);
    expect(withFile.report.verdict, withFile.report.compile.message).toBe('AC');
  });

  it('adds a language, judged and self-tested, also through $LETSCODE_LANGUAGES', async () => {
    const { dir, yaml } = contest();
    const { result, report } = await judgeJson(problemDir, join(dir, 'sum.awk'), ['--languages', yaml]);
    expect(report.verdict, result.stderr).toBe('AC');
    expect(report.language).toBe('AWK (mawk)');
    const selfTest = await letscode(['languages', 'test', 'awk'], { env: { LETSCODE_LANGUAGES: yaml } });
    expect(selfTest.exitCode, selfTest.stdout + selfTest.stderr).toBe(0);
    expect(selfTest.stdout).toMatch(/│ awk +│ AC /);
    const listed = await letscode(['languages', '--json', '--languages', yaml]);
    expect((JSON.parse(listed.stdout) as { languages: { id: string }[] }).languages.map((language) => language.id)).toContain('awk');
  });

  it('is one line naming the file and the field when it is wrong, and nothing runs', async () => {
    const { dir, yaml } = contest('cpp:\n  compiel: [g++]\n');
    const result = await letscode(['judge', '--languages', yaml, '-p', problemDir, join(dir, 'flag.cpp')]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([`error: ${yaml}: cpp.compiel: unknown field (did you mean compile?)`]);
  });

  it('must exist when named', async () => {
    const result = await letscode(['languages', '--languages', join(scratchDir('none'), 'missing.yaml')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/missing\.yaml: it does not exist/);
  });
});

afterAll(async () => {
  expect(await leftoverContainers()).toEqual([]);
});
