import { describe, expect, it } from 'vitest';
import { decodeFields, encodeFrame, FrameDecoder } from './protocol.js';

describe('runner protocol framing', () => {
  it('encodes fields as netstrings inside a netstring', () => {
    expect(encodeFrame(['PUT', '/box/a', Buffer.from('x,y')]).toString()).toBe('21:3:PUT,6:/box/a,3:x,y,,');
  });

  it('round-trips binary fields', () => {
    const binary = Buffer.from([0, 1, 2, 255, 44, 58]);
    const frame = encodeFrame(['OUT', binary, '']);
    const [fields] = new FrameDecoder().push(frame);
    expect(fields?.map((f) => [...f])).toEqual([[...Buffer.from('OUT')], [...binary], []]);
  });

  it('reassembles frames split at every byte and several frames in one chunk', () => {
    const frames = Buffer.concat([encodeFrame(['A', 'first']), encodeFrame(['B', 'x'.repeat(1000)]), encodeFrame(['C'])]);
    const decoder = new FrameDecoder();
    const seen: string[] = [];
    for (const byte of frames) for (const f of decoder.push(Buffer.from([byte]))) seen.push(f[0]!.toString());
    expect(seen).toEqual(['A', 'B', 'C']);
    expect(new FrameDecoder().push(frames).map((f) => f[0]!.toString())).toEqual(['A', 'B', 'C']);
  });

  it('rejects malformed input instead of guessing', () => {
    expect(() => new FrameDecoder().push(Buffer.from('abc:'))).toThrow(/malformed/);
    expect(() => new FrameDecoder().push(Buffer.from('3:abcX'))).toThrow(/comma/);
    expect(() => decodeFields(Buffer.from('5:ab,'))).toThrow(/truncated/);
  });

  // Quadratic re-concatenation would blow the default test timeout here.
  it('handles a large frame arriving in many small chunks', () => {
    const big = Buffer.alloc(20 * 1024 * 1024, 97);
    const frame = encodeFrame(['OUT', big]);
    const decoder = new FrameDecoder();
    let result: Buffer[][] = [];
    for (let i = 0; i < frame.length; i += 4096) result = result.concat(decoder.push(frame.subarray(i, i + 4096)));
    expect(result[0]?.[1]?.length).toBe(big.length);
  });
});
