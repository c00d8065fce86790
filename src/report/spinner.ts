// A spinner is the one piece of live, redrawn output. The interface lets the pretty reporter
// be tested without a TTY; the ora implementation only exists when the terminal allows it.

import ora, { type Ora } from 'ora';
import type { Terminal } from './terminal.js';

export interface Spinner {
  /** Shows `text` with a spinning frame; starts the spinner if it is not running. */
  spin(text: string): void;
  /** Ends the current step with a success (or failure) line that stays on screen. */
  succeed(text: string): void;
  fail(text: string): void;
  /** Removes the spinner line; does nothing when it is not running. */
  stop(): void;
}

/** Makes the spinner for a terminal, or undefined when the terminal gets plain lines only. */
export type SpinnerFactory = (terminal: Terminal) => Spinner | undefined;

export const oraSpinner: SpinnerFactory = (terminal) => {
  const stream = terminal.spinnerStream;
  if (!stream) return undefined;
  const { chalk } = terminal;
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
      spinner = ora({ text, stream, discardStdin: false, isEnabled: true, color: terminal.color ? 'cyan' : false }).start();
    },
    succeed: (text) => persist(chalk.green('✔'), text),
    fail: (text) => persist(chalk.red('✖'), text),
    stop() {
      spinner?.stop();
      spinner = undefined;
    },
  };
};
