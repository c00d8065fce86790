import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolders } from './__fixtures__/temp-folder.js';
import { loadProblem } from './load.js';
import { locateProblem } from './locate.js';

afterEach(removeTempFolders);

describe('loadProblem', () => {
  it('loads a located native problem', async () => {
    const root = await createTempFolder({
      'sum/problem.yaml': 'name: Sum\ntests: tests/\n',
      'sum/tests/1.in': '1 2\n',
      'sum/tests/1.out': '3\n',
      'sum/sum.py': '',
    });
    const located = await locateProblem({ solutionPath: 'sum.py', cwd: join(root, 'sum') });
    const problem = await loadProblem(located);
    expect(problem.name).toBe('Sum');
    expect(problem.sourceFile).toBe(join(root, 'sum/problem.yaml'));
    expect(problem.tests).toHaveLength(1);
  });
});
