import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pathKind } from '../../common/fs-checks.js';
import { listFolderFiles } from '../../languages/source-folder.js';
import { readTestData } from '../test-data.js';
import { loadProblem } from '../load.js';
import { locateProblem } from '../locate.js';
import type { Problem } from '../model.js';
import { packProblem } from './pack.js';
import { BundleError, problemFromManifest, readBundle, writeBundleFiles } from './unpack.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function fixture(path: string): Promise<Problem> {
  return loadProblem(await locateProblem({ problemOption: resolve(repoRoot, path), solutionPath: '', cwd: repoRoot }));
}

/** Packs, unpacks into a fresh folder, and loads the manifest back. */
async function roundTrip(problem: Problem): Promise<{ unpacked: Problem; dir: string; hash: string }> {
  const bundle = await packProblem(problem);
  const { manifest, files } = readBundle(bundle.bytes, bundle.hash);
  const dir = await mkdtemp(join(tmpdir(), 'letscode-bundle-'));
  temps.push(dir);
  await writeBundleFiles(join(dir, 'files'), files);
  return { unpacked: await problemFromManifest(manifest.problem, join(dir, 'files')), dir, hash: bundle.hash };
}

/** What judging sees of a problem, with every file replaced by its content. */
async function judged(problem: Problem) {
  const text = async (path: string): Promise<unknown> => {
    if ((await pathKind(path)) === 'file') return (await readFile(path)).toString('utf8');
    return Promise.all((await listFolderFiles(path)).map(async (file) => [file, await text(join(path, file))]));
  };
  return {
    name: problem.name,
    limits: problem.limits,
    source: problem.timeLimitSource.kind === 'derive' ? { ...problem.timeLimitSource, acceptedSubmissions: problem.timeLimitSource.acceptedSubmissions.map((path) => path.slice(problem.dir.length)) } : problem.timeLimitSource,
    checker: problem.checker.name === 'external' ? { ...problem.checker, program: await text(problem.checker.program.path) } : problem.checker,
    interactor: problem.interactor && (await text(problem.interactor.program.path)),
    tests: await Promise.all(problem.tests.map(async (test) => ({
      name: test.name, sample: test.sample, flags: test.checkerFlags,
      input: (await readTestData(test.input)).toString(), answer: (await readTestData(test.answer)).toString(),
    }))),
    included: problem.includedFiles && { default: problem.includedFiles.default, byLanguage: [...problem.includedFiles.byLanguage] },
  };
}

describe('problem bundles', () => {
  it.each([
    ['a native problem with a tests folder', 'problems/word-frequency'],
    ['a Kattis package with groups, a symlink and validator flags', 'test/fixtures/kattis/sum-groups'],
    ['a Kattis package with an output validator program', 'test/fixtures/kattis/goldbach'],
    ['an interactive package', 'test/fixtures/kattis/guess'],
    ['a package whose time limit is derived', 'test/fixtures/kattis/no-timelimit'],
    ['a package with include/ files', 'test/fixtures/kattis/add-function'],
  ])('%s loads back into the same model, every path inside the bundle', async (_, path) => {
    const problem = await fixture(path);
    const { unpacked, dir } = await roundTrip(problem);
    expect(await judged(unpacked)).toEqual(await judged(problem));
    const paths = [
      ...unpacked.tests.flatMap((test) => [test.input, test.answer].flatMap((data) => (data.kind === 'file' ? [data.path] : []))),
      ...(unpacked.checker.name === 'external' ? [unpacked.checker.program.path] : []),
      ...(unpacked.timeLimitSource.kind === 'derive' ? unpacked.timeLimitSource.acceptedSubmissions : []),
    ];
    expect(paths.every((each) => each.startsWith(`${dir}/files/`))).toBe(true);
  });

  it('is named by its content: the same problem in another folder packs to the same bundle, an edited test to another', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'letscode-bundle-src-'));
    temps.push(dir);
    const write = async (folder: string, answer: string) => {
      await mkdir(join(dir, folder, 'tests'), { recursive: true });
      await writeFile(join(dir, folder, 'problem.yaml'), 'name: Echo\ntests: tests/\n');
      await writeFile(join(dir, folder, 'tests', '1.in'), '1\n');
      await writeFile(join(dir, folder, 'tests', '1.out'), answer);
      return fixture(join(dir, folder));
    };
    const [a, b, c] = await Promise.all([write('a', '1\n'), write('b', '1\n'), write('c', '2\n')]);
    const [packedA, packedB, packedC] = await Promise.all([packProblem(a), packProblem(b), packProblem(c)]);
    expect(packedA.hash).toBe(packedB.hash);
    expect(packedC.hash).not.toBe(packedA.hash);
  });

  it('a checker program outside the problem folder travels with its headers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'letscode-bundle-src-'));
    temps.push(dir);
    await mkdir(join(dir, 'shared'));
    await mkdir(join(dir, 'problem'));
    await writeFile(join(dir, 'shared', 'check.cpp'), '#include "testlib.h"\nint main(){}\n');
    await writeFile(join(dir, 'shared', 'testlib.h'), '// testlib\n');
    await writeFile(join(dir, 'problem', 'problem.yaml'), 'name: P\nchecker: { program: ../shared/check.cpp, protocol: testlib }\ntests:\n  - { input: "1", output: "1" }\n');
    const { unpacked, dir: out } = await roundTrip(await fixture(join(dir, 'problem')));
    expect(unpacked.checker).toMatchObject({ name: 'external', program: { path: `${out}/files/_outside/1/check.cpp` } });
    expect(await readFile(`${out}/files/_outside/1/testlib.h`, 'utf8')).toBe('// testlib\n');
  });

  it('refuses bytes that do not match the name, and a manifest naming a path outside the bundle', async () => {
    const bundle = await packProblem(await fixture('test/fixtures/e2e/echo-sum'));
    const damaged = Buffer.from(bundle.bytes);
    damaged.writeUInt8(damaged.readUInt8(damaged.length - 1) ^ 1, damaged.length - 1);
    expect(() => readBundle(damaged, bundle.hash)).toThrow(BundleError);
    expect(() => readBundle(damaged, bundle.hash)).toThrow(/is damaged/);

    const manifest = Buffer.from(JSON.stringify({ format: 'letscode-bundle/1', problem: {}, files: [{ path: '../../etc/passwd', bytes: 0 }] }));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(manifest.length);
    const evil = Buffer.concat([Buffer.from('LCB1'), length, manifest]);
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(evil).digest('hex');
    expect(() => readBundle(evil, hash)).toThrow(BundleError);
  });
});
