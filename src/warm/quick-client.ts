// The thinnest `letscode judge`: when a warm helper of this build listens, the command
// line goes to it as it is, and what the helper's reporters print comes back to be
// written here. This module loads only Node's own modules (no commander, no reporters,
// no Docker client), so a judged command costs little more than Node's own start.
// The helper may decline (an option it leaves to the full CLI, other languages files):
// then, as when no helper answers, the caller runs the full CLI.

import { connectTo } from './connect-socket.js';
import { buildId, helperSocket } from './helper-paths.js';
import { CANCEL_TIMEOUT_MS, encodeMessage, lineReader, type HelperMessage, type QuickJudgeMessage } from './protocol.js';

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** The command's exit code, or null when the full CLI must run it (nothing was printed then). */
export async function judgeQuickly(argv: readonly string[]): Promise<number | null> {
  const socket = await connectTo(helperSocket());
  if (!socket) return null;
  const request: QuickJudgeMessage = {
    type: 'quick-judge',
    buildId: buildId(),
    cwd: process.cwd(),
    argv: [...argv],
    env: { ...process.env } as Record<string, string>,
    stdout: { isTTY: process.stdout.isTTY === true, columns: process.stdout.columns ?? 0 },
    stderr: { isTTY: process.stderr.isTTY === true, columns: process.stderr.columns ?? 0 },
  };
  return new Promise((resolve) => {
    let printed = false;
    let finished = false;
    let interruptedWith: number | null = null;
    const finish = (code: number | null) => {
      if (finished) return;
      finished = true;
      for (const signal of Object.keys(SIGNAL_EXIT_CODES)) process.off(signal, onSignal);
      socket.destroy();
      resolve(code);
    };
    // Ctrl-C: the helper removes this command's boxes, then the command ends as a shell's would.
    const onSignal = (signal: NodeJS.Signals) => {
      if (interruptedWith !== null) return;
      interruptedWith = SIGNAL_EXIT_CODES[signal as keyof typeof SIGNAL_EXIT_CODES] ?? 130;
      // A spinner may have hidden the cursor.
      if (process.stderr.isTTY) process.stderr.write('\u001B[?25h\n');
      setTimeout(() => finish(interruptedWith), CANCEL_TIMEOUT_MS).unref();
      socket.write(encodeMessage({ type: 'cancel' }));
    };
    for (const signal of Object.keys(SIGNAL_EXIT_CODES)) process.on(signal, onSignal);
    socket.on('data', lineReader<HelperMessage>((message) => {
      if (message.type === 'output') {
        // After Ctrl-C the runs in flight end as judge errors: not the program's, never printed.
        if (interruptedWith !== null) return;
        printed = true;
        (message.stream === 'stdout' ? process.stdout : process.stderr).write(message.text);
      } else if (message.type === 'exit') {
        // Written output drains before exit: stdout may be a pipe.
        process.stdout.write('', () => finish(interruptedWith ?? message.code));
      } else if (message.type === 'fallback') {
        finish(null);
      } else if (message.type === 'cancelled') {
        finish(interruptedWith ?? 130);
      }
    }));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (finished) return;
      if (interruptedWith !== null) return finish(interruptedWith);
      // The helper went away mid-command: the full CLI judges again, and says why.
      if (printed) process.stderr.write('\nThe warm helper went away; judging again in this process.\n');
      finish(null);
    });
    socket.write(encodeMessage(request));
  });
}
