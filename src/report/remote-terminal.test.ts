import { describe, expect, it } from 'vitest';
import { createRemoteTerminal, type RemotePrint } from './remote-terminal.js';

function recorder(): { print: RemotePrint; written: { stream: string; text: string }[] } {
  const written: { stream: string; text: string }[] = [];
  return { written, print: (stream, text) => written.push({ stream, text }) };
}

const tty = { isTTY: true, columns: 100 };
const pipe = { isTTY: false, columns: 0 };

describe('createRemoteTerminal', () => {
  it('is the terminal the command would have: colour and spinners on its TTY, not on a pipe or with NO_COLOR', () => {
    const { print } = recorder();
    expect(createRemoteTerminal({ stdout: tty, stderr: tty }, { TERM: 'xterm-256color' }, print)).toMatchObject({ isTTY: true, color: true, columns: 100 });
    expect(createRemoteTerminal({ stdout: tty, stderr: tty }, { TERM: 'xterm' }, print).spinnerStream).toBeDefined();
    expect(createRemoteTerminal({ stdout: pipe, stderr: pipe }, {}, print)).toMatchObject({ isTTY: false, color: false, columns: 80, spinnerStream: undefined });
    expect(createRemoteTerminal({ stdout: tty, stderr: tty }, { NO_COLOR: '1' }, print).color).toBe(false);
    expect(createRemoteTerminal({ stdout: tty, stderr: tty }, { CI: 'true' }, print).spinnerStream).toBeUndefined();
  });

  it('hands every write to print, in order, on the stream it was written to', () => {
    const { print, written } = recorder();
    const terminal = createRemoteTerminal({ stdout: pipe, stderr: pipe }, {}, print);
    terminal.stdout.write('table\n');
    terminal.stderr.write('note\n');
    terminal.stdout.write('summary\n');
    expect(written).toEqual([
      { stream: 'stdout', text: 'table\n' },
      { stream: 'stderr', text: 'note\n' },
      { stream: 'stdout', text: 'summary\n' },
    ]);
  });

  it("moves the cursor and clears lines as a TTY stream does, for spinners", () => {
    const { print, written } = recorder();
    const stream = createRemoteTerminal({ stdout: tty, stderr: tty }, { TERM: 'xterm' }, print).spinnerStream as unknown as {
      cursorTo(x: number): boolean;
      moveCursor(dx: number, dy: number): boolean;
      clearLine(direction: number): boolean;
    };
    stream.cursorTo(0);
    stream.moveCursor(0, -1);
    stream.moveCursor(3, 0);
    stream.clearLine(1);
    stream.clearLine(0);
    expect(written.map((each) => each.text)).toEqual(['\u001B[1G', '\u001B[1A', '\u001B[3C', '\u001B[0K', '\u001B[2K']);
    expect(written.every((each) => each.stream === 'stderr')).toBe(true);
  });
});
