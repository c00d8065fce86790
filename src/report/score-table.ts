// A scoring problem's groups in a small table under the tests: each group's verdict and
// score out of its maximum, "?" where a judge error leaves the score unknown. Pass-fail
// reports have no score and get no table.

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { formatScoreOf } from '../common/format-units.js';
import type { ScoreResult } from '../problem/scoring/score-result.js';
import { colorVerdict, sanitize, truncate } from './format.js';

export function renderScoreTable(score: ScoreResult | undefined, chalk: ChalkInstance): string[] {
  if (score === undefined || score.groups.length === 0) return [];
  const table = new Table({
    head: ['group', 'verdict', 'score'].map((h) => chalk.bold(h)),
    colAligns: ['left', 'left', 'right'],
    style: { head: [], border: [], compact: true },
  });
  for (const group of score.groups) {
    const full = group.score !== null && group.score >= group.maxScore - 1e-6;
    const shown = formatScoreOf(group.score, group.maxScore);
    table.push([truncate(sanitize(group.name), 40), colorVerdict(chalk, group.verdict), full ? chalk.green(shown) : shown]);
  }
  return table.toString().split('\n');
}
