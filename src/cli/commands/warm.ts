// `letscode warm status|stop`, and the hidden `letscode warm helper` that `judge` starts in
// the background (src/warm/helper-server.ts).

import { ExitCode } from '../../errors.js';
import { judgingStamp } from '../judging-stamp.js';
import { quickJudgeHandler } from './judge-quick.js';
import { printHelperStatus, printHelperStopped } from '../../report/warm-report.js';
import { createTerminal } from '../../report/index.js';
import { askHelper } from '../../warm/helper-client.js';
import { buildId, helperSocket, helperSockets } from '../../warm/helper-paths.js';
import { runWarmHelper } from '../../warm/helper-server.js';
import { stopGracefullyOnInterrupt } from '../interruption.js';
import { helperIdleMs } from '../warm-path.js';

export async function warmHelperCommand(): Promise<number> {
  const stop = stopGracefullyOnInterrupt();
  try {
    // The languages it judges with are those dispatch loaded for this command.
    const stamp = judgingStamp();
    await runWarmHelper({ socketPath: helperSocket(), buildId: buildId(), idleMs: helperIdleMs(), stop: stop.stopped, judgingStamp: stamp, quickJudge: quickJudgeHandler(stamp) });
  } finally {
    stop.dispose();
  }
  return ExitCode.allAccepted;
}

/** Helpers of this build and of earlier builds still waiting out their idle time. */
export async function warmStatusCommand(): Promise<number> {
  const terminal = createTerminal();
  const answers = await Promise.all(helperSockets().map(async (socket) => ({ socket, answer: await askHelper({ type: 'status' }, socket) })));
  const running = answers.filter(({ answer }) => answer?.type === 'status');
  if (running.length === 0) printHelperStatus(terminal, null, helperSocket());
  for (const { socket, answer } of running) printHelperStatus(terminal, answer?.type === 'status' ? answer : null, socket);
  return ExitCode.allAccepted;
}

/** Stops every helper (any build): they remove their boxes as they go. */
export async function warmStopCommand(): Promise<number> {
  printHelperStopped(createTerminal(), await stopWarmHelpers());
  return ExitCode.allAccepted;
}

/** True when some helper was running. */
export async function stopWarmHelpers(): Promise<boolean> {
  const answers = await Promise.all(helperSockets().map((socket) => askHelper({ type: 'stop' }, socket)));
  return answers.some((answer) => answer !== null);
}
