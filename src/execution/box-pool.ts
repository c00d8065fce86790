// Lends boxes out one caller at a time: a checker box holds one test's files while it
// checks, so two tests must never share it at once.

import type { Box } from '../sandbox/sandbox.js';

export class BoxPool {
  private readonly idle: Box[];
  private readonly waiting: ((box: Box) => void)[] = [];

  constructor(boxes: readonly Box[]) {
    if (boxes.length === 0) throw new Error('BoxPool needs at least one box');
    this.idle = [...boxes];
  }

  async use<T>(work: (box: Box) => Promise<T>): Promise<T> {
    const box = this.idle.pop() ?? (await new Promise<Box>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(box);
    } finally {
      const next = this.waiting.shift();
      if (next) next(box);
      else this.idle.push(box);
    }
  }
}
