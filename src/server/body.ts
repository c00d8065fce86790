// Reads a request body as JSON, within a size limit. A body over the limit is read to its
// end and dropped (so the client gets to read the 413 rather than a reset connection),
// unless it goes on far beyond the limit, when the connection is cut.

import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-types.js';

/** Past limit + this, an oversized body is no longer drained: the socket is destroyed. */
const DRAIN_BYTES = 64 * 1024 * 1024;

export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  // Browsers send cross-site form posts without a preflight only as text/plain, form or
  // multipart: requiring JSON keeps other web pages from using the API.
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    request.resume();
    throw new HttpError(415, `send the body as JSON with Content-Type: application/json${type ? ` (got ${type})` : ''}`);
  }
  const text = (await readLimited(request, maxBytes)).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, `the body is not valid JSON: ${(error as Error).message}`);
  }
}

function readLimited(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const tooLarge = () => new HttpError(413, `the body is larger than ${maxBytes} bytes (start the server with a larger --max-body)`);
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) chunks.push(chunk);
      else if (received > maxBytes + DRAIN_BYTES) {
        request.destroy();
        reject(tooLarge());
      }
    });
    request.on('end', () => (received > maxBytes ? reject(tooLarge()) : resolve(Buffer.concat(chunks))));
    request.on('error', reject);
  });
}
