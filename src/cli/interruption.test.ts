import { afterEach, describe, expect, it } from 'vitest';
import { Interrupted, isInterrupted, listenForInterrupts, onInterrupt, stopGracefullyOnInterrupt } from './interruption.js';

let listening: ReturnType<typeof listenForInterrupts> | undefined;
afterEach(() => listening?.dispose());

describe('interruption', () => {
  it('runs the cleanups, then ends the command with 130 for Ctrl-C (143 for SIGTERM)', async () => {
    listening = listenForInterrupts();
    const order: string[] = [];
    onInterrupt(async () => void order.push('containers removed'));
    process.emit('SIGINT', 'SIGINT');
    expect(isInterrupted()).toBe(true);
    const error = await listening.interrupted.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Interrupted);
    expect([(error as Interrupted).exitCode, order]).toEqual([130, ['containers removed']]);

    listening.dispose();
    listening = listenForInterrupts();
    process.emit('SIGTERM', 'SIGTERM');
    expect(await listening.interrupted.catch((caught: Interrupted) => caught.exitCode)).toBe(143);
  });

  it('a server gets the first signal as a request to stop; the second interrupts it', async () => {
    listening = listenForInterrupts();
    const stop = stopGracefullyOnInterrupt();
    process.emit('SIGINT', 'SIGINT');
    expect(await stop.stopped).toBe('SIGINT');
    expect(isInterrupted()).toBe(false);
    process.emit('SIGINT', 'SIGINT');
    await expect(listening.interrupted).rejects.toBeInstanceOf(Interrupted);
    stop.dispose();
  });

  it('a cleanup unregistered (the command finished) does not run', async () => {
    listening = listenForInterrupts();
    let ran = false;
    const unregister = onInterrupt(async () => void (ran = true));
    unregister();
    process.emit('SIGINT', 'SIGINT');
    await listening.interrupted.catch(() => undefined);
    expect(ran).toBe(false);
  });
});
