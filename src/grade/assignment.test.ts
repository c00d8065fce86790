import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createTempFolder, removeTempFolders } from '../problem/__fixtures__/temp-folder.js';
import { loadAssignment } from './assignment.js';

afterEach(removeTempFolders);

const PROBLEM = 'name: Sum\ntime_limit: 1s\nmemory_limit: 64MiB\ntests:\n  - input: "1\\n"\n    output: "1\\n"\n';

async function assignmentError(yaml: string): Promise<string> {
  const root = await createTempFolder({ 'sum/problem.yaml': PROBLEM, 'assignment.yaml': yaml });
  const error = await loadAssignment(join(root, 'assignment.yaml')).then(() => null, (caught: unknown) => caught);
  if (!(error instanceof Error)) throw new Error('expected the assignment to be refused');
  return error.message.replace(root, 'ROOT');
}

describe('loadAssignment', () => {
  it('loads each problem relative to the file, with points defaulting to 1', async () => {
    const root = await createTempFolder({ 'problems/sum/problem.yaml': PROBLEM, 'class/assignment.yaml': 'name: Week 1\nproblems:\n  sum:\n    problem: ../problems/sum\n    file: "sum.*"\n  again:\n    problem: ../problems/sum/problem.yaml\n    file: again.py\n    points: 30\n' });
    const assignment = await loadAssignment(join(root, 'class/assignment.yaml'));
    expect(assignment.name).toBe('Week 1');
    expect(assignment.problems.map(({ id, points, filePattern }) => ({ id, points, filePattern }))).toEqual([
      { id: 'sum', points: 1, filePattern: 'sum.*' },
      { id: 'again', points: 30, filePattern: 'again.py' },
    ]);
    // The same problem from two paths has one fingerprint: keys follow content, not location.
    expect(assignment.problems[0]!.fingerprint).toBe(assignment.problems[1]!.fingerprint);
  });

  it('names the unknown key and suggests the right one', async () => {
    expect(await assignmentError('problems:\n  sum:\n    problem: sum\n    file: a.py\n    pionts: 3\n')).toBe('ROOT/assignment.yaml: problems.sum.pionts: unknown field (did you mean points?)');
    expect(await assignmentError('problem:\n  sum: {}\n')).toBe('ROOT/assignment.yaml: problem: unknown field (did you mean problems?)');
  });

  it('names a problem folder that holds no problem', async () => {
    expect(await assignmentError('problems:\n  sum:\n    problem: nope\n    file: a.py\n')).toBe(
      'ROOT/assignment.yaml: problems.sum.problem: nope holds no problem letscode can read (give a problem folder (with problem.yaml, a Kattis package or test/) relative to assignment.yaml)',
    );
  });

  it('says what is missing or of the wrong kind, with the fix', async () => {
    expect(await assignmentError('problems:\n  sum:\n    problem: sum\n')).toBe('ROOT/assignment.yaml: problems.sum.file: is missing (give the file name or glob in each student folder, e.g. file: "sum.*")');
    expect(await assignmentError('problems:\n  sum:\n    problem: sum\n    file: a.py\n    points: -1\n')).toMatch(/problems\.sum\.points: .*\(give a positive number, e\.g\. points: 30\)$/);
    expect(await assignmentError('problems: {}\n')).toMatch(/^ROOT\/assignment\.yaml: problems: lists no problem/);
  });
});
