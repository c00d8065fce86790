// A terminal that is somewhere else: the warm helper prints a quick-judged command's
// output for the command's own terminal, whose shape (TTY or pipe, columns) and
// environment (NO_COLOR, FORCE_COLOR, TERM, CI) came with the request. Everything written
// is handed to `print`, which sends it over the socket; the same reporters, colours and
// spinners as in the command's own process come out.

import { Writable } from 'node:stream';
import { WriteStream } from 'node:tty';
import type { Env } from '../common/environment.js';
import type { StreamShape } from '../warm/protocol.js';
import { createTerminal, type Terminal } from './terminal.js';


export type RemotePrint = (stream: 'stdout' | 'stderr', text: string) => void;

export function createRemoteTerminal(shapes: { stdout: StreamShape; stderr: StreamShape }, env: Env, print: RemotePrint): Terminal {
  return createTerminal({ stdout: remoteStream('stdout', shapes.stdout, print), stderr: remoteStream('stderr', shapes.stderr, print), env });
}

/** A writable with what a TTY stream offers spinners (ora moves the cursor and clears lines). */
function remoteStream(name: 'stdout' | 'stderr', shape: StreamShape, print: RemotePrint): Writable & { isTTY: boolean; columns: number } {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: Buffer | string, _encoding, done) {
      print(name, typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
  const csi = (sequence: string) => print(name, `\u001B[${sequence}`);
  return Object.assign(stream, {
    isTTY: shape.isTTY,
    columns: shape.columns,
    // Node's answer reads only the environment given (TERM, COLORTERM, CI, ...): the command's.
    getColorDepth(env: Env = {}) {
      return WriteStream.prototype.getColorDepth.call(stream, env as NodeJS.ProcessEnv);
    },
    cursorTo(x: number) {
      csi(`${x + 1}G`);
      return true;
    },
    moveCursor(dx: number, dy: number) {
      if (dx !== 0) csi(dx > 0 ? `${dx}C` : `${-dx}D`);
      if (dy !== 0) csi(dy > 0 ? `${dy}B` : `${-dy}A`);
      return true;
    },
    // -1: to the left of the cursor, 1: to the right, 0: the whole line (as tty.WriteStream).
    clearLine(direction: number) {
      csi(direction < 0 ? '1K' : direction > 0 ? '0K' : '2K');
      return true;
    },
  });
}
