// Maps a parsed request to the command that handles it. Each command module is loaded
// only when used, so unrelated heavy dependencies (dockerode, zod schemas) stay unloaded.
// Before any command that uses languages runs, the languages.yaml files (if any) are
// read on top of the built-in languages, so every command sees the same ones.

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
  'warm-helper': async () => (await import('./commands/warm.js')).warmHelperCommand,
  'warm-status': async () => (await import('./commands/warm.js')).warmStatusCommand,
  'warm-stop': async () => (await import('./commands/warm.js')).warmStopCommand,
  grade: async () => (await import('./commands/grade.js')).gradeCommand,
  stress: async () => (await import('./commands/stress.js')).stressCommand,
  generate: async () => (await import('./commands/generate.js')).generateCommand,
  worker: async () => (await import('./commands/worker.js')).workerCommand,
  queue: async () => (await import('./commands/queue.js')).queueCommand,
};

/** Commands that never look at a language: they skip reading languages.yaml. */
const WITHOUT_LANGUAGES: readonly CommandRequest['command'][] = ['listen'];

export async function dispatch(request: CommandRequest): Promise<number> {
  if (!WITHOUT_LANGUAGES.includes(request.command)) {
    const [{ loadLanguages }, { useLanguages }] = await Promise.all([import('../languages/language-files.js'), import('../languages/registry.js')]);
    useLanguages(await loadLanguages({ option: request.languagesFile }));
  }
  const handler = (await HANDLERS[request.command]()) as (request: CommandRequest) => Promise<number>;
  return handler(request);
}
