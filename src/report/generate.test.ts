import { describe, expect, it } from 'vitest';
import type { GenerateReport } from '../generate/report.js';
import { GenerateReporter } from './generate.js';
import { captureTerminal } from './testing.js';

const report = (overrides: Partial<GenerateReport> = {}): GenerateReport => ({
  problem: 'Sum',
  cases: [
    { path: 'sample/1', status: 'up-to-date', message: 'written in generators.yaml' },
    { path: 'secret/1-small', status: 'generated', message: 'gen.py {seed} 5 (seed 7)' },
    { path: 'secret/2-big', status: 'failed', message: 'the generator failed: RE (exit code 1)' },
  ],
  removed: ['secret/old.in'],
  notOwned: ['secret/mine.in', 'secret/mine.ans'],
  keptEdited: [],
  notes: ['data.secret.data.a.match: not checked by letscode generate'],
  validation: null,
  loadError: null,
  ...overrides,
});

async function printed(done: GenerateReport): Promise<{ stdout: string; stderr: string }> {
  const captured = captureTerminal();
  const reporter = await GenerateReporter.create(captured.terminal, { verbose: false });
  reporter.onEvent({ type: 'generate-start', problem: 'Sum', cases: 3, upToDate: 1 });
  reporter.onEvent({ type: 'generate-done', report: done });
  await reporter.close();
  return { stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('GenerateReporter', () => {
  it('lists the cases it made or could not make, what it left alone, and a summary', async () => {
    const { stdout, stderr } = await printed(report());
    expect(stderr).toBe('Generating Sum: 2 cases to make, 1 up to date ...\n');
    const lines = stdout.split('\n');
    expect(lines).toContain('✓ secret/1-small: generated: gen.py {seed} 5 (seed 7)');
    expect(lines).toContain('✗ secret/2-big: the generator failed: RE (exit code 1)');
    expect(lines).not.toContain('✓ sample/1: up to date: written in generators.yaml');
    expect(lines).toContain('- removed 1 file of cases no longer in generators.yaml: data/secret/old.in');
    expect(lines).toContain('- kept 2 files in data/ that generators.yaml does not own (letscode never overwrites them): data/secret/mine.in, data/secret/mine.ans');
    expect(lines).toContain('- data.secret.data.a.match: not checked by letscode generate');
    expect(lines).toContain('no input validators: the inputs were not checked');
    expect(lines.at(-2)).toMatch(/^FAILED {2}1 of 3 cases not made: secret\/2-big · /);
  });

  it('says OK when every case is made, and names a data/ that does not load', async () => {
    const fine = report({ cases: [{ path: 'secret/a', status: 'generated', message: 'x' }], removed: [], notOwned: [], notes: [] });
    expect((await printed(fine)).stdout.split('\n').at(-2)).toMatch(/^OK {2}1 case: 1 generated, 0 up to date · /);
    const broken = await printed({ ...fine, loadError: '/p/data/secret/x.in: has no answer file' });
    expect(broken.stdout).toContain('NOT LOADED  the package does not load with this data/: /p/data/secret/x.in: has no answer file');
    expect(broken.stdout.split('\n').at(-2)).toMatch(/^FAILED {2}1 case: 1 generated, 0 up to date, but the package does not load · /);
  });
});
