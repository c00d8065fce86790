// A spinner is the one piece of live, redrawn output. The interface lets the pretty reporter
// be tested without a TTY; the ora implementation only exists when the terminal allows it.

import type { Ora } from 'ora';
import type { Terminal } from './terminal.js';

export interface Spinner {
  /** Shows `text` with a spinning frame; starts the spinner if it is not running. */
  spin(text: string): void;
  /** Ends the current step with a success (or failure) line that stays on screen. */
  succeed(text: string): void;
  fail(text: string): void;
  /** Ends the current step with a neutral line (something passed over, neither success nor failure). */
  skip?(text: string): void;
  /** Removes the spinner line; does nothing when it is not running. */
  stop(): void;
}

/** Makes the spinner for a terminal, or undefined when the terminal gets plain lines only. */
export type SpinnerFactory = (terminal: Terminal) => Spinner | undefined;

/** No spinner: plain lines only (not a TTY, CI, NO_COLOR terminals without a cursor). */
export const noSpinner: SpinnerFactory = () => undefined;

/**
 * The ora spinner, loaded only when the terminal can show one: ora and its dependencies
 * cost ~70 ms of start-up that a piped or CI run should not pay.
 */
export async function loadSpinnerFactory(terminal: Terminal): Promise<SpinnerFactory> {
  if (!terminal.spinnerStream) return noSpinner;
  const { default: ora, spinners } = await import('ora');
  return oraSpinnerWith(ora, spinners.dots);
}

const oraSpinnerWith = (ora: typeof import('ora').default, dots: { interval: number; frames: string[] }): SpinnerFactory => (terminal) => {
  const stream = terminal.spinnerStream;
  if (!stream) return undefined;
  const { chalk } = terminal;
  // Coloured by the terminal's chalk, not ora's own: ora's looks at this process's
  // stdout, which is not the terminal when the warm helper prints for a command.
  const cyanDots = { interval: dots.interval, frames: dots.frames.map((frame) => chalk.cyan(frame)) };
  let spinner: Ora | undefined;
  const persist = (symbol: string, text: string) => {
    if (spinner?.isSpinning) spinner.stopAndPersist({ symbol, text });
    else stream.write(`${symbol} ${text}\n`);
    spinner = undefined;
  };
  return {
    spin(text) {
      if (spinner?.isSpinning) {
        spinner.text = text;
        return;
      }
      spinner = ora({ text, stream, discardStdin: false, isEnabled: true, color: false, spinner: cyanDots }).start();
    },
    succeed: (text) => persist(chalk.green('✔'), text),
    fail: (text) => persist(chalk.red('✖'), text),
    skip: (text) => persist(chalk.dim('-'), text),
    stop() {
      spinner?.stop();
      spinner = undefined;
    },
  };
};
