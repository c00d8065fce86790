import { describe, expect, it } from 'vitest';
import { colorLevel, createTerminal, type TextStream } from './terminal.js';

function tty(depth: number): TextStream {
  return Object.assign({ write: () => true, isTTY: true, columns: 120 }, { getColorDepth: () => depth });
}
const pipe: TextStream = { write: () => true };

describe('colorLevel', () => {
  it('is off for pipes and on for colour terminals', () => {
    expect(colorLevel(pipe, {})).toBe(0);
    expect(colorLevel(tty(8), {})).toBe(2);
    expect(colorLevel(tty(24), {})).toBe(3);
    expect(colorLevel(tty(1), {})).toBe(0);
  });
  it('honours NO_COLOR (non-empty) on a TTY', () => {
    expect(colorLevel(tty(8), { NO_COLOR: '1' })).toBe(0);
    expect(colorLevel(tty(8), { NO_COLOR: '' })).toBe(2);
  });
  it('honours FORCE_COLOR, even on a pipe', () => {
    expect(colorLevel(pipe, { FORCE_COLOR: '1' })).toBe(1);
    expect(colorLevel(pipe, { FORCE_COLOR: '3' })).toBe(3);
    expect(colorLevel(tty(8), { FORCE_COLOR: '0' })).toBe(0);
    expect(colorLevel(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(1);
  });
  it('lets an explicit flag win', () => {
    expect(colorLevel(tty(8), { FORCE_COLOR: '1' }, false)).toBe(0);
    expect(colorLevel(pipe, { NO_COLOR: '1' }, true)).toBe(1);
  });
});

describe('createTerminal', () => {
  it('gives a piped run no colour and no spinner', () => {
    const stream = pipe as NodeJS.WritableStream & TextStream;
    const terminal = createTerminal({ stdout: stream, stderr: stream, env: {} });
    expect(terminal).toMatchObject({ isTTY: false, color: false, spinnerStream: undefined, columns: 80 });
    expect(terminal.chalk.red('x')).toBe('x');
  });
  it('gives a TTY colour and a spinner on stderr, but not on CI', () => {
    const stream = tty(8) as NodeJS.WritableStream & TextStream;
    const terminal = createTerminal({ stdout: stream, stderr: stream, env: {} });
    expect(terminal).toMatchObject({ isTTY: true, color: true, columns: 120 });
    expect(terminal.spinnerStream).toBe(stream);
    expect(terminal.chalk.level).toBe(2);
    expect(createTerminal({ stdout: stream, stderr: stream, env: { CI: 'true' } }).spinnerStream).toBeUndefined();
    const unsized = Object.assign(tty(8), { columns: 0 }) as NodeJS.WritableStream & TextStream;
    expect(createTerminal({ stdout: unsized, stderr: unsized, env: {} })).toMatchObject({ spinnerStream: undefined, columns: 80 });
  });
});
