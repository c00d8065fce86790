// Servers run until Ctrl-C or SIGTERM, then shut down in their own order. A second signal
// while they do exits at once, like a process killed by it.

export interface StopSignal {
  /** Resolves with the first SIGINT or SIGTERM. */
  stopped: Promise<NodeJS.Signals>;
  /** Stops listening for signals. */
  dispose(): void;
}

export function waitForStopSignal(): StopSignal {
  let resolveStopped!: (signal: NodeJS.Signals) => void;
  const stopped = new Promise<NodeJS.Signals>((resolve) => (resolveStopped = resolve));
  let seen = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (seen) process.exit(signal === 'SIGINT' ? 130 : 143);
    seen = true;
    resolveStopped(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    stopped,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
