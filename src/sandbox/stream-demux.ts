// Splits the multiplexed stream of an attached container without a TTY: every frame is
// an 8-byte header (stream id, 3 zero bytes, big-endian payload length) and the payload.

const HEADER_BYTES = 8;
const STDOUT = 1;
const STDERR = 2;

export class StreamDemuxer {
  private pending: Buffer = Buffer.alloc(0);

  constructor(
    private readonly onStdout: (chunk: Buffer) => void,
    private readonly onStderr: (chunk: Buffer) => void,
  ) {}

  push(chunk: Buffer): void {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    while (data.length >= HEADER_BYTES) {
      const length = data.readUInt32BE(4);
      if (data.length < HEADER_BYTES + length) break;
      const payload = data.subarray(HEADER_BYTES, HEADER_BYTES + length);
      const stream = data[0];
      if (stream === STDOUT) this.onStdout(payload);
      else if (stream === STDERR) this.onStderr(payload);
      data = data.subarray(HEADER_BYTES + length);
    }
    // Keep the incomplete rest; it is at most one frame, so the copy above stays cheap
    // unless a frame arrives in many pieces, where it is bounded by the frame size.
    this.pending = data.length > 0 ? Buffer.from(data) : Buffer.alloc(0);
  }
}
