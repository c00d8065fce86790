import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { printFatal } from './fatal.js';
import { captureTerminal } from './testing.js';

describe('printFatal', () => {
  it('prints a user error as one line', () => {
    const { terminal, stderr } = captureTerminal();
    printFatal(new UsageError('cannot read sum.cpp: check the path'), { stream: terminal.stderr, env: {} });
    expect(stderr()).toBe('error: cannot read sum.cpp: check the path\n');
  });

  it('prints anything else with its stack', () => {
    const { terminal, stderr } = captureTerminal();
    printFatal(new TypeError('x is undefined'), { stream: terminal.stderr, env: {} });
    expect(stderr()).toMatch(/^internal error: this is a bug in letscode/);
    expect(stderr()).toContain('TypeError: x is undefined\n    at ');
  });
});
