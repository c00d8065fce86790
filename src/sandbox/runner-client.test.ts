import { describe, expect, it } from 'vitest';
import { SandboxError } from '../errors.js';
import { decodeFields, encodeFrame, type Field } from './protocol.js';
import { RunnerClient } from './runner-client.js';
import type { RunSpec } from './sandbox.js';

/** A client wired to a scripted runner: each request gets the next canned list of frames. */
function scripted(replies: Field[][][]) {
  const requests: string[][] = [];
  const client = new RunnerClient((bytes) => {
    const payload = bytes.subarray(bytes.indexOf(':') + 1, bytes.length - 1);
    requests.push(decodeFields(payload).map((f) => f.toString()));
    const frames = replies.shift() ?? [];
    queueMicrotask(() => frames.forEach((frame) => client.receive(encodeFrame(frame))));
  });
  client.receive(encodeFrame(['READY', '1']));
  return { client, requests };
}

const spec: RunSpec = {
  argv: ['/box/solution', '--fast'],
  env: { HOME: '/tmp' },
  cwd: '/tmp',
  stdin: Buffer.from('1 2\n'),
  limits: { cpuTimeMs: 1000, wallTimeMs: 2000, memoryBytes: 1 << 20, outputBytes: 1 << 10, stderrBytes: 64, fileSizeBytes: 1 << 20 },
};

describe('RunnerClient', () => {
  it('sends RUN with every limit and joins streamed stdout with the rest in DONE', async () => {
    const { client, requests } = scripted([
      [
        ['OUT', 'hello '],
        ['DONE', 'status', 'exited', 'code', '0', 'cpu_us', '1500', 'wall_us', '2500', 'maxrss_kb', '1024', 'killed_by', 'none', 'stdout', 'world', 'stderr', 'warn'],
      ],
    ]);
    await client.ready;
    const result = await client.run(spec);
    expect(result).toMatchObject({
      termination: { kind: 'exited', exitCode: 0 },
      killedBy: null,
      cpuTimeMs: 1.5,
      wallTimeMs: 2.5,
      memoryPeakBytes: 1024 * 1024,
    });
    expect(result.stdout.toString()).toBe('hello world');
    expect(result.stderr.toString()).toBe('warn');
    const sent = requests[0]!;
    expect(sent[0]).toBe('RUN');
    expect(sent).toEqual(expect.arrayContaining(['cpu_ms', '1000', 'wall_ms', '2000', 'out_bytes', '1024', 'arg', '--fast', 'env', 'HOME=/tmp']));
  });

  it('streams a run: IN frames out, OUT and ERROUT frames to the callbacks as they come', async () => {
    const { client, requests } = scripted([[['OUT', 'a'], ['ERROUT', 'oops'], ['OUT', 'b'], ['DONE', 'status', 'exited', 'code', '0', 'killed_by', 'none']]]);
    const out: string[] = [];
    const err: string[] = [];
    const run = client.runStreaming(spec, (chunk) => out.push(chunk.toString()), (chunk) => err.push(chunk.toString()));
    run.write(Buffer.from('hello'));
    run.end();
    const result = await run.result;
    expect([out, err]).toEqual([['a', 'b'], ['oops']]);
    expect(result.stdout.length).toBe(0);
    expect(requests[0]).toEqual(expect.arrayContaining(['stdin_stream', '1', 'stdout_stream', '1']));
    expect(requests.slice(1)).toEqual([['IN', 'hello'], ['IN', '']]);
  });

  it('names signals and limit kills', async () => {
    const { client } = scripted([[['DONE', 'status', 'signaled', 'signal', '11', 'killed_by', 'cpu']]]);
    const result = await client.run(spec);
    expect(result.termination).toEqual({ kind: 'signaled', signal: 'SIGSEGV' });
    expect(result.killedBy).toBe('cpu');
  });

  it('turns ERR and exec failures into SandboxError (a judge error, not the contestant)', async () => {
    const { client } = scripted([[['ERR', 'bad request']], [['DONE', 'status', 'exec_failed', 'error', 'No such file or directory']]]);
    await expect(client.run(spec)).rejects.toThrow(SandboxError);
    await expect(client.run(spec)).rejects.toThrow(/could not start the program: No such file/);
  });

  it('answers requests in order and fails everything after the transport ends', async () => {
    const { client } = scripted([[['OK']], [['FILES', 'a/b', '755', 'bin']]]);
    const [put, files] = await Promise.all([client.put('/box/x', Buffer.from('x')), client.get('/tmp/out')]);
    expect(put).toBeUndefined();
    expect(files).toEqual([{ path: 'a/b', mode: 0o755, data: Buffer.from('bin') }]);
    client.fail(new SandboxError('container died'));
    await expect(client.run(spec)).rejects.toThrow(/container died/);
  });

  it('resets a box with RESET, and a box that cannot be emptied is a sandbox failure', async () => {
    const { client, requests } = scripted([[['OK']], [['ERR', 'RESET: the box could not be emptied']]]);
    await client.ready;
    await client.reset();
    await expect(client.reset()).rejects.toThrow(SandboxError);
    expect(requests).toEqual([['RESET'], ['RESET']]);
  });
});
