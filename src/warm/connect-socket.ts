// Connecting to a helper's socket: a live helper accepts at once, a dead socket fails at
// once; null either way when there is no helper to talk to.

import { connect, type Socket } from 'node:net';

const CONNECT_TIMEOUT_MS = 500;

export function connectTo(path: string): Promise<Socket | null> {
  return new Promise((resolve) => {
    const socket = connect(path);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(null);
    }, CONNECT_TIMEOUT_MS);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}
