// Ctrl-C and SIGTERM, handled in one place. The error boundary (main.ts) listens while a
// command runs: a signal runs every cleanup the command registered (removing its
// containers) and then ends the command through the boundary as an Interrupted error,
// exit code 130 or 143 like a shell's. A server asks for the first signal as a request to
// stop gracefully instead; a second signal interrupts it like any other command.

import { ExitCode, UserFacingError } from '../errors.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type StopSignalName = (typeof SIGNALS)[number];

export class Interrupted extends UserFacingError {
  constructor(readonly signal: StopSignalName) {
    super(`interrupted by ${signal}`, signal === 'SIGINT' ? ExitCode.interrupted : ExitCode.terminated);
  }
}

const cleanups = new Set<() => Promise<void>>();
let gracefulStop: ((signal: StopSignalName) => void) | null = null;
let interruptedBy: StopSignalName | null = null;

/** Runs `cleanup` when the command is interrupted; returns a function that unregisters it. */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  cleanups.add(cleanup);
  return () => void cleanups.delete(cleanup);
}

/** True once a signal has interrupted the command: results in flight are not the program's, and are not reported. */
export function isInterrupted(): boolean {
  return interruptedBy !== null;
}

/** A server's first signal: resolves `stopped` instead of interrupting, so the server shuts down in its own order. */
export function stopGracefullyOnInterrupt(): { stopped: Promise<StopSignalName>; dispose(): void } {
  let resolveStopped!: (signal: StopSignalName) => void;
  const stopped = new Promise<StopSignalName>((resolve) => (resolveStopped = resolve));
  gracefulStop = resolveStopped;
  return { stopped, dispose: () => void (gracefulStop === resolveStopped && (gracefulStop = null)) };
}

/** For the error boundary: `interrupted` rejects with Interrupted once the cleanups ran. */
export function listenForInterrupts(): { interrupted: Promise<never>; dispose(): void } {
  interruptedBy = null;
  let reject!: (error: Interrupted) => void;
  const interrupted = new Promise<never>((_, rejectWith) => (reject = rejectWith));
  interrupted.catch(() => undefined);
  const onSignal = (signal: StopSignalName) => {
    if (gracefulStop) {
      const stop = gracefulStop;
      gracefulStop = null;
      stop(signal);
      return;
    }
    // A second signal while the cleanups run (an engine that hangs) ends the command at once.
    if (interruptedBy) return reject(new Interrupted(signal));
    interruptedBy = signal;
    void Promise.allSettled([...cleanups].map((cleanup) => cleanup())).then(() => reject(new Interrupted(signal)));
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return { interrupted, dispose: () => SIGNALS.forEach((signal) => process.off(signal, onSignal)) };
}
