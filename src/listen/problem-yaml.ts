// The problem.yaml a received problem becomes: its name, limits and samples, with where it
// came from in comments. Small samples are written inline; large ones go to tests/ files.
// Anything letscode cannot honour (interactive, file input/output, missing limits) is
// returned as a note for the user rather than silently dropped.

import { stringify } from 'yaml';
import { formatDurationMs, formatSizeBytes } from '../common/units.js';
import type { CompanionTask } from './payload.js';

const MiB = 1024 * 1024;
/** Samples up to this many bytes in total are written inline in problem.yaml. */
export const INLINE_TESTS_BYTES = 16 * 1024;
/** The folder, and the names, large samples are written to: NAME.in and NAME.out. */
export const TESTS_FOLDER = 'tests';

export interface ProblemFiles {
  /** The text of problem.yaml. */
  problemYaml: string;
  /** Files under tests/ (empty when the samples are inline). */
  testFiles: { name: string; data: string }[];
  testsInline: boolean;
  notes: string[];
}

export function problemFilesFor(task: CompanionTask): ProblemFiles {
  const notes: string[] = [];
  const fields: Record<string, unknown> = { name: task.name };
  const timeMs = Math.round(task.timeLimit ?? 0);
  if (timeMs >= 1 && timeMs <= 60_000) fields.time_limit = formatDurationMs(timeMs);
  else notes.push(`no usable time limit (${task.timeLimit ?? 'none'} ms): problem.yaml uses the default of 1s`);
  const memoryBytes = Math.round((task.memoryLimit ?? 0) * MiB);
  if (memoryBytes >= MiB && memoryBytes <= 64 * 1024 * MiB) fields.memory_limit = formatSizeBytes(memoryBytes);
  else notes.push(`no usable memory limit (${task.memoryLimit ?? 'none'} MB): problem.yaml uses the default of 256MiB`);

  const samples = task.tests.map((test, index) => ({ name: `sample-${index + 1}`, ...test }));
  const sampleBytes = samples.reduce((sum, test) => sum + Buffer.byteLength(test.input) + Buffer.byteLength(test.output), 0);
  const testsInline = samples.length > 0 && sampleBytes <= INLINE_TESTS_BYTES;
  if (testsInline) {
    fields.tests = samples.map((test) => ({ name: test.name, input: test.input, output: test.output, sample: true }));
  } else {
    // Names starting with "sample" are samples in a tests/ folder.
    fields.tests = `${TESTS_FOLDER}/`;
    if (samples.length === 0) notes.push(`no sample tests were sent: add NAME.in and NAME.out files to ${TESTS_FOLDER}/ before judging`);
  }
  const testFiles = testsInline ? [] : samples.flatMap((test) => [
    { name: `${test.name}.in`, data: test.input },
    { name: `${test.name}.out`, data: test.output },
  ]);

  if (task.interactive) notes.push('interactive problem: the samples are written as plain tests; judging it needs an interactor (interactor: in problem.yaml)');
  if (task.input.type !== 'stdin') notes.push(`reads its input from ${task.input.fileName ?? `a ${task.input.type}`}: letscode feeds stdin`);
  if (task.output.type !== 'stdout') notes.push(`writes its output to ${task.output.fileName ?? 'a file'}: letscode reads stdout`);

  const comments = [task.name, task.group, task.url, 'Received from Competitive Companion by `letscode listen`.']
    .filter((line) => line.trim() !== '')
    .map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
  return { problemYaml: `${comments.join('\n')}\n${stringify(fields, { lineWidth: 0 })}`, testFiles, testsInline, notes };
}
