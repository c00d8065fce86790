// Preloaded into the real CLI by the benchmark (node --import <this file> bin/letscode.js
// judge ...) to see where the time of one judge run goes, without changing letscode:
//   - when Node has started running user code (this file), and how long letscode's own
//     modules take to load (imported here first, so the CLI later finds them cached);
//   - every Docker API request (Node's http diagnostics channels; dockerode uses http);
//   - every box the sandbox opens, how long opening, running and disposing it took
//     (DockerSandbox.prototype.openBox wrapped; the box object is wrapped per instance);
//   - every judge event, as the reporters receive it (the reporters' onEvent wrapped), with
//     the program's own wall time (measured by the in-box runner) for each finished test.
// On exit it writes everything to $LETSCODE_BENCH_TRACE as JSON. Best effort: anything it
// cannot find (a renamed class) is simply not traced.

import diagnostics from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';

const now = () => performance.timeOrigin + performance.now();
const trace = {
  processStartMs: performance.timeOrigin,
  hookStartMs: now(),
  modulesLoadedMs: null,
  requests: [],
  boxes: [],
  events: [],
  exitMs: null,
  notes: [],
};

diagnostics.subscribe('http.client.request.start', ({ request }) => {
  const entry = { method: request.method, path: String(request.path).split('?')[0], startMs: now(), endMs: null };
  trace.requests.push(entry);
  // A hijacked attach answers with an upgrade instead of a response.
  const answered = () => (entry.endMs ??= now());
  request.once('response', answered);
  request.once('upgrade', answered);
});

const dist = new URL('../../dist/', import.meta.url);
async function tryImport(path) {
  try {
    return await import(new URL(path, dist).href);
  } catch (error) {
    trace.notes.push(`could not import ${path}: ${error.message}`);
    return {};
  }
}

// Load the judge command's module graph now (dockerode, the reporters, the problem loader):
// the dispatcher imports commands lazily, so name the judge command itself.
for (const path of ['cli/main.js', 'cli/dispatch.js', 'cli/commands/judge.js', 'report/index.js']) await tryImport(path);
trace.modulesLoadedMs = now();

const { DockerSandbox } = await tryImport('sandbox/docker-sandbox.js');
if (DockerSandbox?.prototype?.openBox) {
  const openBox = DockerSandbox.prototype.openBox;
  DockerSandbox.prototype.openBox = async function tracedOpenBox(spec) {
    const record = { purpose: spec?.purpose ?? 'unknown', openStartMs: now(), openEndMs: null, runs: [], disposeStartMs: null, disposeEndMs: null };
    trace.boxes.push(record);
    const box = await openBox.call(this, spec);
    record.openEndMs = now();
    const run = box.run.bind(box);
    box.run = async (runSpec) => {
      const entry = { startMs: now(), endMs: null };
      record.runs.push(entry);
      try {
        return await run(runSpec);
      } finally {
        entry.endMs = now();
      }
    };
    const dispose = box.dispose.bind(box);
    box.dispose = async () => {
      record.disposeStartMs ??= now();
      try {
        return await dispose();
      } finally {
        record.disposeEndMs ??= now();
      }
    };
    return box;
  };
} else {
  trace.notes.push('DockerSandbox.prototype.openBox not found: boxes not traced');
}

const seen = new WeakSet();
// Each reporter from its own module: report/index.js picks them by name and exports none.
const reporterModules = { PrettyReporter: 'report/pretty.js', JsonReporter: 'report/json.js', JunitReporter: 'report/junit.js' };
for (const [name, path] of Object.entries(reporterModules)) {
  const proto = (await tryImport(path))[name]?.prototype;
  if (!proto?.onEvent) continue;
  const onEvent = proto.onEvent;
  proto.onEvent = function tracedOnEvent(event) {
    if (event && typeof event === 'object' && !seen.has(event)) {
      seen.add(event);
      const wallMs = event.type === 'test-done' ? event.result?.wallMs : undefined;
      trace.events.push({ type: event.type, atMs: now(), ...(typeof wallMs === 'number' ? { wallMs } : {}) });
    }
    return onEvent.call(this, event);
  };
}

process.on('exit', () => {
  trace.exitMs = now();
  const file = process.env.LETSCODE_BENCH_TRACE;
  if (file) writeFileSync(file, JSON.stringify(trace));
});
