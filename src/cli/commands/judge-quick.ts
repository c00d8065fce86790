// The warm helper's side of a quick `letscode judge` (warm/quick-client.ts): the command
// line is parsed by the same program the CLI builds, judged with the helper's boxes and
// printed by the same reporters, for the command's terminal. What the helper would do
// differently from the command's own process is declined before anything is printed:
// anything but a plain judge (help, a parse error), --no-warm, --junit (a file named
// relative to the command), other languages files or sandbox settings than the helper's.

import { exitCodeOfError } from '../../errors.js';
import { printFatal } from '../../report/fatal.js';
import { createRemoteTerminal } from '../../report/remote-terminal.js';
import type { QuickJudgeHandler, QuickJudgeOutcome } from '../../warm/helper-server.js';
import { defaultJobs } from '../arguments.js';
import { exitCodeFor, judgeOutcome } from '../exit-codes.js';
import { createProgram } from '../program.js';
import type { CommandRequest, JudgeOptions } from '../requests.js';
import { judgingStamp } from '../judging-stamp.js';
import { withReporters } from './judge.js';

const fallback = (reason: string): QuickJudgeOutcome => ({ kind: 'fallback', reason });

/** `stamp`: the helper's judgingStamp (the languages files it loaded, its sandbox settings). */
export function quickJudgeHandler(stamp: string): QuickJudgeHandler {
  return async (message, print, judge) => {
    const request = await parseJudgeCommand(message.argv);
    if (request === null) return fallback('not a plain judge command');
    const { options } = request;
    if (options.warm === false) return fallback('--no-warm');
    if (options.junit !== undefined) return fallback('--junit');
    if (judgingStamp({ languagesFile: request.languagesFile, env: message.env, cwd: message.cwd }) !== stamp) return fallback('other languages files or sandbox settings');
    const terminal = createRemoteTerminal(message, message.env, print);
    try {
      const code = await withReporters(options, terminal, async (emit) => {
        const report = await judge({ cwd: message.cwd, job: options, jobs: options.jobs ?? defaultJobs(), compileCache: options.cache }, emit);
        return exitCodeFor(judgeOutcome(report));
      });
      return { kind: 'exit', code };
    } catch (error) {
      printFatal(error, { stream: terminal.stderr, env: message.env });
      return { kind: 'exit', code: exitCodeOfError(error) };
    }
  };
}

/** The judge request argv asks for, or null for anything else (the CLI then prints what it must). */
async function parseJudgeCommand(argv: string[]): Promise<{ options: JudgeOptions; languagesFile: string | undefined } | null> {
  const parsed: Extract<CommandRequest, { command: 'judge' }>[] = [];
  const { program } = createProgram(async (request) => {
    if (request.command === 'judge') parsed.push(request);
    return 0;
  }, 'helper');
  // Help and parse errors are the CLI's to print: nothing is written here.
  const silent = { writeOut: () => undefined, writeErr: () => undefined };
  const silence = (command: typeof program) => {
    command.configureOutput(silent);
    command.commands.forEach(silence);
  };
  silence(program);
  try {
    await program.parseAsync(argv);
  } catch {
    return null;
  }
  const [request] = parsed;
  return request === undefined ? null : { options: request.options, languagesFile: request.languagesFile };
}
