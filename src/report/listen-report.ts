// One line per problem `letscode listen` receives (on stderr, like the server log):
//   + ./g-castle-defense  G. Castle Defense · 3 samples · 1.50 s · 256 MiB
//   ! ./g-castle-defense exists: not replaced (--force replaces its problem.yaml and tests/)
// with a [2/7] prefix for a contest's batch, and indented notes for what letscode cannot honour.

import { Chalk, type ChalkInstance } from 'chalk';
import { relative } from 'node:path';
import type { Received } from '../listen/receiver.js';
import { sanitize } from './format.js';
import { formatBytes, formatMs, plural } from '../common/format-units.js';

export function receivedLines(received: Received, position: { index: number; size: number } | null, chalk: ChalkInstance = new Chalk({ level: 0 }), cwd = process.cwd()): string[] {
  const { task, result } = received;
  const prefix = position && position.size > 1 ? `[${position.index}/${position.size}] ` : '';
  const shown = relative(cwd, result.dir) || '.';
  const where = shown.startsWith('..') || shown.startsWith('/') ? shown : `./${shown}`;
  if (result.kind === 'exists') {
    return [`${prefix}${chalk.yellow('!')} ${where} exists: not replaced (--force replaces its problem.yaml and tests/)`];
  }
  const facts = [
    plural(result.tests, 'sample'),
    ...(task.timeLimit ? [formatMs(task.timeLimit)] : []),
    ...(task.memoryLimit ? [formatBytes(task.memoryLimit * 1024 * 1024)] : []),
    ...(result.replaced ? ['replaced'] : []),
  ];
  return [
    `${prefix}${chalk.green('+')} ${chalk.bold(where)}  ${sanitize(task.name)} ${chalk.dim(`· ${facts.join(' · ')}`)}`,
    ...result.notes.map((note) => `    ${chalk.dim('note:')} ${sanitize(note)}`),
  ];
}
