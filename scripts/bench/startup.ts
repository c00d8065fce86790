// Start-up: how long `letscode --help` takes from spawn to exit, against Node starting an
// empty script in the same run (the part no CLI written for Node can avoid).

import { cliArgv } from './letscode.js';
import { runChecked, summarize, type Summary } from './timing.js';

export interface StartupTimes {
  node: Summary;
  help: Summary;
}

export async function measureStartup(samples: number): Promise<StartupTimes> {
  const node: number[] = [];
  const help: number[] = [];
  await runChecked([...cliArgv, '--help']); // warm the page cache
  for (let i = 0; i < samples; i++) {
    node.push((await runChecked([process.execPath, '-e', ''])).elapsedMs);
    help.push((await runChecked([...cliArgv, '--help'])).elapsedMs);
  }
  return { node: summarize(node), help: summarize(help) };
}
