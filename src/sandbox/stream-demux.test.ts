import { describe, expect, it } from 'vitest';
import { StreamDemuxer } from './stream-demux.js';

function frame(stream: number, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

describe('StreamDemuxer', () => {
  it('routes stdout and stderr frames, also when split at every byte', () => {
    const bytes = Buffer.concat([frame(1, 'out-1 '), frame(2, 'err'), frame(1, 'out-2'), frame(1, '')]);
    for (const step of [bytes.length, 1, 3, 7]) {
      let out = '';
      let err = '';
      const demux = new StreamDemuxer((c) => (out += c), (c) => (err += c));
      for (let i = 0; i < bytes.length; i += step) demux.push(bytes.subarray(i, i + step));
      expect([out, err]).toEqual(['out-1 out-2', 'err']);
    }
  });
});
