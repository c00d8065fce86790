// Wire format spoken with letscode-runner (images/base/runner/main.c documents the verbs).
// A frame is a netstring whose payload is a sequence of netstrings ("fields"):
//   <len>:<field><field>...,     each field  <len>:<bytes>,
// Netstrings carry binary data (inputs, outputs, executables) without escaping.

import { SandboxError } from '../errors.js';

export type Field = string | Buffer;

export function encodeFrame(fields: readonly Field[]): Buffer {
  const parts: Buffer[] = [];
  for (const field of fields) {
    const bytes = typeof field === 'string' ? Buffer.from(field, 'utf8') : field;
    parts.push(Buffer.from(`${bytes.length}:`), bytes, COMMA);
  }
  const payload = Buffer.concat(parts);
  return Buffer.concat([Buffer.from(`${payload.length}:`), payload, COMMA]);
}

const COMMA = Buffer.from(',');
const COLON = 0x3a;
const MAX_HEADER_DIGITS = 10;

/** Splits a frame's payload into its fields. */
export function decodeFields(payload: Buffer): Buffer[] {
  const fields: Buffer[] = [];
  let pos = 0;
  while (pos < payload.length) {
    const colon = payload.indexOf(COLON, pos);
    if (colon < 0 || colon - pos > MAX_HEADER_DIGITS) throw new SandboxError('runner sent a malformed field');
    const length = Number(payload.toString('latin1', pos, colon));
    const end = colon + 1 + length;
    if (!Number.isInteger(length) || end >= payload.length + 1 || payload[end] !== COMMA[0]) {
      throw new SandboxError('runner sent a truncated field');
    }
    fields.push(payload.subarray(colon + 1, end));
    pos = end + 1;
  }
  return fields;
}

/**
 * Reassembles frames from a byte stream. Chunks are kept in a list and joined once per
 * frame, so a large output arriving in many small chunks costs linear time.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private expected: number | null = null;

  /** Feeds bytes; returns every frame (as its fields) completed by them. */
  push(chunk: Buffer): Buffer[][] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[][] = [];
    for (;;) {
      if (this.expected === null && !this.readHeader()) break;
      const need = (this.expected ?? 0) + 1; // payload plus trailing comma
      if (this.buffered < need) break;
      const joined = this.take(need);
      if (joined[joined.length - 1] !== COMMA[0]) throw new SandboxError('runner sent a frame without its trailing comma');
      frames.push(decodeFields(joined.subarray(0, joined.length - 1)));
      this.expected = null;
    }
    return frames;
  }

  private readHeader(): boolean {
    const head = this.peek(MAX_HEADER_DIGITS + 1);
    const colon = head.indexOf(COLON);
    if (colon < 0) {
      if (head.length > MAX_HEADER_DIGITS) throw new SandboxError('runner sent a malformed frame header');
      return false;
    }
    const length = Number(head.toString('latin1', 0, colon));
    if (colon === 0 || !Number.isInteger(length)) throw new SandboxError('runner sent a malformed frame header');
    this.take(colon + 1);
    this.expected = length;
    return true;
  }

  private peek(bytes: number): Buffer {
    const first = this.chunks[0];
    if (first && first.length >= bytes) return first.subarray(0, bytes);
    return Buffer.concat(this.chunks).subarray(0, bytes);
  }

  private take(bytes: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const taken = all.subarray(0, bytes);
    const rest = all.subarray(bytes);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return taken;
  }
}
