import { describe, expect, it } from 'vitest';
import { differingFrom, fixedJunk, mutatedJunk } from './junk-inputs.js';

const input = (test: string, text: string) => ({ test, data: Buffer.from(text, 'latin1') });
const byDescription = (junk: ReturnType<typeof mutatedJunk>) => Object.fromEntries(junk.map((item) => [item.description, [item.from, item.data.toString('latin1')]]));

describe('mutatedJunk', () => {
  it('makes each change from a real input', () => {
    expect(byDescription(mutatedJunk([input('sample/1', '2 3\n-5 7\n')]))).toEqual({
      'a trailing space at the end of a line': ['sample/1', '2 3 \n-5 7\n'],
      'a space at the start of the input': ['sample/1', ' 2 3\n-5 7\n'],
      'a tab instead of a space': ['sample/1', '2\t3\n-5 7\n'],
      'two spaces instead of one': ['sample/1', '2  3\n-5 7\n'],
      'no newline at the end': ['sample/1', '2 3\n-5 7'],
      'an empty line at the end': ['sample/1', '2 3\n-5 7\n\n'],
      'CRLF line endings': ['sample/1', '2 3\r\n-5 7\r\n'],
      'a leading zero on a number': ['sample/1', '02 3\n-5 7\n'],
      'a huge number (10^30)': ['sample/1', `1${'0'.repeat(30)} 3\n-5 7\n`],
      'an extra token at the end of a line': ['sample/1', '2 3 1\n-5 7\n'],
      'a line of junk at the end': ['sample/1', '2 3\n-5 7\nletscode junk ~!@#\n'],
    });
  });

  it('keeps the sign of a number it pads, and leaves words and decimals alone', () => {
    const junk = byDescription(mutatedJunk([input('1', 'abc 1.5 -42\n')]));
    expect(junk['a leading zero on a number']).toEqual(['1', 'abc 1.5 -042\n']);
    expect(junk['a huge number (10^30)']).toEqual(['1', `abc 1.5 -1${'0'.repeat(30)}\n`]);
  });

  it('takes each change from the first input it applies to, and none when none fits', () => {
    const junk = byDescription(mutatedJunk([input('empty', ''), input('word', 'hello'), input('lines', 'hello\nworld\n')]));
    expect(junk['a space at the start of the input']).toEqual(['word', ' hello']);
    expect(junk['no newline at the end']).toEqual(['lines', 'hello\nworld']);
    expect(junk['a leading zero on a number']).toBeUndefined();
    expect(junk['a tab instead of a space']).toBeUndefined();
  });

  it('keeps every byte of an input that is not UTF-8', () => {
    const [first] = mutatedJunk([{ test: 'bin', data: Buffer.from([0xff, 0x0a]) }]);
    expect([...first!.data]).toEqual([0xff, 0x20, 0x0a]);
  });

  it('gives nothing without inputs', () => {
    expect(mutatedJunk([])).toEqual([]);
  });
});

describe('fixedJunk', () => {
  it('is the same on every call: an empty file, random bytes, printable ASCII', () => {
    const [empty, random, ascii] = fixedJunk();
    expect(empty!.data.length).toBe(0);
    expect(random!.data.length).toBe(1024);
    expect(random!.data.equals(fixedJunk()[1]!.data)).toBe(true);
    expect(new Set(random!.data).size).toBeGreaterThan(200);
    expect(ascii!.data.toString()).toBe(`${' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~'}\n`);
  });
});

describe('differingFrom', () => {
  it('drops junk equal to a real input: an empty file is valid where a test is empty', () => {
    const junk = fixedJunk();
    expect(differingFrom(junk, [Buffer.alloc(0)]).map((item) => item.description)).toEqual(['1 KiB of random bytes', 'every printable ASCII character on one line']);
    expect(differingFrom(junk, [Buffer.from('1\n')])).toHaveLength(3);
  });
});
