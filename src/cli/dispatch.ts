// Maps a parsed request to the command that handles it. Each command module is loaded
// only when used, so unrelated heavy dependencies (dockerode, zod schemas) stay unloaded.

import type { CommandRequest } from './requests.js';

type Handler<K extends CommandRequest['command']> = (request: Extract<CommandRequest, { command: K }>) => Promise<number>;

const HANDLERS: { [K in CommandRequest['command']]: () => Promise<Handler<K>> } = {
  judge: async () => (await import('./commands/judge.js')).judgeCommand,
  'images-build': async () => (await import('./commands/images.js')).imagesBuildCommand,
  'images-list': async () => (await import('./commands/images.js')).imagesListCommand,
  'images-prune': async () => (await import('./commands/images.js')).imagesPruneCommand,
  'languages-list': async () => (await import('./commands/languages.js')).languagesListCommand,
  'languages-test': async () => (await import('./commands/languages.js')).languagesTestCommand,
  run: async () => (await import('./commands/run.js')).runCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  listen: async () => (await import('./commands/listen.js')).listenCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  verify: async () => (await import('./commands/verify.js')).verifyCommand,
  grade: async () => (await import('./commands/grade.js')).gradeCommand,
  worker: async () => (await import('./commands/worker.js')).workerCommand,
  queue: async () => (await import('./commands/queue.js')).queueCommand,
};

export async function dispatch(request: CommandRequest): Promise<number> {
  const handler = (await HANDLERS[request.command]()) as (request: CommandRequest) => Promise<number>;
  return handler(request);
}
