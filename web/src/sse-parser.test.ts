import { describe, expect, it } from 'vitest';
import { SseParser } from './sse-parser.js';

describe('SseParser', () => {
  it('reads events split anywhere across chunks, with ids, types and multi-line data', () => {
    const parser = new SseParser();
    const text = ': heartbeat\n\nid: 1\nevent: queued\ndata: {"type":"queued"}\n\nid: 2\r\nevent: test\r\ndata: a\r\ndata: b\r\n\r\n';
    const messages = [...text].flatMap((char) => parser.push(char));
    expect(messages).toEqual([
      { event: 'queued', data: '{"type":"queued"}', lastEventId: '1' },
      { event: 'test', data: 'a\nb', lastEventId: '2' },
    ]);
    expect(parser.lastEventId).toBe('2');
  });

  it('an event without data is not dispatched; without a type it is a "message"', () => {
    const parser = new SseParser();
    expect(parser.push('event: nothing\n\ndata:x\n\n')).toEqual([{ event: 'message', data: 'x', lastEventId: '' }]);
  });

  it('waits for the end of an event that is not finished yet', () => {
    const parser = new SseParser();
    expect(parser.push('data: half')).toEqual([]);
    expect(parser.push('\n\r')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'message', data: 'half', lastEventId: '' }]);
  });
});
