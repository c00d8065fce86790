import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { createTempFolder, removeTempFolders } from './__fixtures__/temp-folder.js';
import { locateProblem } from './locate.js';

afterEach(removeTempFolders);

const PROBLEM = 'tests: tests/\n';

describe('locateProblem with -p', () => {
  it('accepts the problem folder, relative to cwd', async () => {
    const root = await createTempFolder({ 'sum/problem.yaml': PROBLEM });
    const located = await locateProblem({ problemOption: 'sum', solutionPath: 'x.cpp', cwd: root });
    expect(located).toEqual({ format: 'native', path: join(root, 'sum/problem.yaml') });
  });

  it('accepts the YAML file itself, whatever its name', async () => {
    const root = await createTempFolder({ 'sum/problem.yaml': PROBLEM, 'sum/strict.yml': PROBLEM });
    expect(await locateProblem({ problemOption: 'sum/problem.yaml', solutionPath: 'x.cpp', cwd: root }))
      .toEqual({ format: 'native', path: join(root, 'sum/problem.yaml') });
    expect(await locateProblem({ problemOption: join(root, 'sum/strict.yml'), solutionPath: 'x.cpp', cwd: '/' }))
      .toEqual({ format: 'native', path: join(root, 'sum/strict.yml') });
  });

  it('prefers -p over a problem.yaml in cwd', async () => {
    const root = await createTempFolder({ 'problem.yaml': PROBLEM, 'other/problem.yaml': PROBLEM });
    const located = await locateProblem({ problemOption: 'other', solutionPath: 'x.cpp', cwd: root });
    expect(located).toEqual({ format: 'native', path: join(root, 'other/problem.yaml') });
  });

  it('rejects a path that does not exist', async () => {
    const root = await createTempFolder();
    const attempt = locateProblem({ problemOption: 'nope', solutionPath: 'x.cpp', cwd: root });
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow('-p nope: no such file or folder (pass the problem folder or its problem.yaml)');
  });

  it('rejects a folder without problem.yaml', async () => {
    const root = await createTempFolder({ 'empty/': '' });
    await expect(locateProblem({ problemOption: 'empty', solutionPath: 'x.cpp', cwd: root })).rejects.toThrow(
      `-p empty: no problem.yaml in ${join(root, 'empty')} (pass the folder that holds problem.yaml)`,
    );
  });

  it('rejects a file that is not YAML, such as the solution given by mistake', async () => {
    const root = await createTempFolder({ 'sum.cpp': '' });
    await expect(locateProblem({ problemOption: 'sum.cpp', solutionPath: 'sum.cpp', cwd: root })).rejects.toThrow(
      `-p sum.cpp: ${join(root, 'sum.cpp')} is not a problem description (pass the problem folder or its problem.yaml)`,
    );
  });
});

describe('locateProblem without -p', () => {
  it('finds problem.yaml in cwd', async () => {
    const root = await createTempFolder({ 'problem.yaml': PROBLEM, 'solutions/a.cpp': '' });
    const located = await locateProblem({ solutionPath: 'solutions/a.cpp', cwd: root });
    expect(located).toEqual({ format: 'native', path: join(root, 'problem.yaml') });
  });

  it('looks upward from cwd', async () => {
    const root = await createTempFolder({ 'problem.yaml': PROBLEM, 'solutions/accepted/a.cpp': '' });
    const located = await locateProblem({ solutionPath: 'a.cpp', cwd: join(root, 'solutions/accepted') });
    expect(located).toEqual({ format: 'native', path: join(root, 'problem.yaml') });
  });

  it('looks upward from the solution when cwd is elsewhere', async () => {
    const root = await createTempFolder({ 'sum/problem.yaml': PROBLEM, 'sum/solutions/a.cpp': '', 'elsewhere/': '' });
    const located = await locateProblem({ solutionPath: '../sum/solutions/a.cpp', cwd: join(root, 'elsewhere') });
    expect(located).toEqual({ format: 'native', path: join(root, 'sum/problem.yaml') });
  });

  it('prefers the folders above cwd to the solution\'s folder', async () => {
    const root = await createTempFolder({ 'problem.yaml': PROBLEM, 'work/': '', 'work/other/problem.yaml': PROBLEM, 'work/other/a.cpp': '' });
    const located = await locateProblem({ solutionPath: 'other/a.cpp', cwd: join(root, 'work') });
    expect(located).toEqual({ format: 'native', path: join(root, 'problem.yaml') });
  });

  it('says where it looked and to pass -p when nothing is found', async () => {
    const root = await createTempFolder({ 'cwd/': '', 'code/a.cpp': '' });
    const attempt = locateProblem({ solutionPath: '../code/a.cpp', cwd: join(root, 'cwd') });
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow(
      `no problem.yaml found in ${join(root, 'cwd')} or a folder above it, nor in ${join(root, 'code')} or a folder above it (pass -p <problem folder>)`,
    );
  });

  it('names cwd once when the solution sits in it', async () => {
    const root = await createTempFolder({ 'a.cpp': '' });
    await expect(locateProblem({ solutionPath: 'a.cpp', cwd: root })).rejects.toThrow(
      `no problem.yaml found in ${root} or a folder above it (pass -p <problem folder>)`,
    );
  });
});

describe('locateProblem: Kattis packages and online-judge-tools folders', () => {
  const KATTIS = { 'pkg/problem.yaml': 'name: Sum\n', 'pkg/data/secret/1.in': '', 'pkg/data/secret/1.ans': '', 'pkg/submissions/accepted/a.cpp': '' };
  const OJ = { 'abc/test/sample-1.in': '1 2\n', 'abc/test/sample-1.out': '3\n', 'abc/main.cpp': '' };

  it('tells a Kattis package (problem.yaml and data/) from a native problem.yaml', async () => {
    const root = await createTempFolder(KATTIS);
    expect(await locateProblem({ problemOption: 'pkg', solutionPath: 'x.cpp', cwd: root })).toEqual({ format: 'kattis', dir: join(root, 'pkg') });
  });

  it('takes the problem.yaml of a Kattis package as the package', async () => {
    const root = await createTempFolder(KATTIS);
    expect(await locateProblem({ problemOption: 'pkg/problem.yaml', solutionPath: 'x.cpp', cwd: root })).toEqual({ format: 'kattis', dir: join(root, 'pkg') });
  });

  it('finds the package above a submission', async () => {
    const root = await createTempFolder(KATTIS);
    const located = await locateProblem({ solutionPath: 'a.cpp', cwd: join(root, 'pkg/submissions/accepted') });
    expect(located).toEqual({ format: 'kattis', dir: join(root, 'pkg') });
  });

  it('finds an online-judge-tools folder by test/sample-1.in and test/sample-1.out', async () => {
    const root = await createTempFolder(OJ);
    expect(await locateProblem({ solutionPath: 'main.cpp', cwd: join(root, 'abc') })).toEqual({ format: 'oj-tools', dir: join(root, 'abc') });
    expect(await locateProblem({ problemOption: 'abc', solutionPath: 'x.cpp', cwd: root })).toEqual({ format: 'oj-tools', dir: join(root, 'abc') });
  });

  it('does not take a test/ folder without both sample files for an online-judge-tools folder', async () => {
    const root = await createTempFolder({ 'abc/test/sample-1.in': '', 'abc/test/sample-2.out': '' });
    await expect(locateProblem({ problemOption: 'abc', solutionPath: 'x.cpp', cwd: root })).rejects.toThrow(/no problem.yaml in/);
  });

  it('prefers a problem.yaml to an online-judge-tools test/ folder beside it', async () => {
    const root = await createTempFolder({ 'abc/problem.yaml': PROBLEM, 'abc/test/sample-1.in': '', 'abc/test/sample-1.out': '' });
    expect(await locateProblem({ problemOption: 'abc', solutionPath: 'x.cpp', cwd: root })).toEqual({ format: 'native', path: join(root, 'abc/problem.yaml') });
  });
});
