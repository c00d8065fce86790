// What `letscode worker` prints: one line on stderr per thing worth knowing (a job judged,
// retried or failed, problem data fetched, Docker or Redis lost and back), never a spinner
// (a worker's log is read later, often from a file).

import { Chalk, type ChalkInstance } from 'chalk';
import type { JudgeEvent } from '../judge/events.js';
import type { WorkerEvent } from '../queue/worker-events.js';
import { formatBytes, formatMs, plural } from '../common/format-units.js';
import { colorVerdict, sanitize } from './format.js';
import { PrettyReporter } from './pretty.js';
import { queueNoticeLine } from './queue-lines.js';
import { colorLevel, type Terminal } from './terminal.js';

const short = (id: string) => id.slice(0, 12);

export function workerLine(event: WorkerEvent, chalk: ChalkInstance = new Chalk({ level: 0 })): string | null {
  switch (event.type) {
    case 'worker-ready':
      return `letscode worker ${chalk.bold(event.name)} on ${event.host}: ${plural(event.concurrency, 'job')} at once, images built for ${event.languages.join(', ') || 'no language yet (built on first use)'}; taking jobs from ${event.redis}; SIGTERM or Ctrl-C stops after the running jobs`;
    case 'job-start':
      return event.attempt > 1 ? `${short(event.id)}: attempt ${event.attempt} (${sanitize(event.problem)}, ${event.language})` : null;
    case 'job-done':
      return `${short(event.id)}: ${colorVerdict(chalk, event.verdict)} in ${formatMs(event.ms)}`;
    case 'job-retry':
      return `${short(event.id)}: ${chalk.yellow('attempt failed')}: ${sanitize(event.error)}; back in the queue for another try`;
    case 'job-failed':
      return `${short(event.id)}: ${chalk.red('failed')}: ${sanitize(event.error)}`;
    case 'bundle-fetched':
      return `fetched problem data ${short(event.hash)} (${formatBytes(event.bytes)}) in ${formatMs(event.ms)}`;
    case 'docker-lost':
      return chalk.yellow(`Docker does not answer (${sanitize(event.reason)}): taking no jobs until it does`);
    case 'docker-back':
      return 'Docker answers again: taking jobs';
    case 'worker-stopping':
      return `stopping: taking no more jobs${event.running > 0 ? `, finishing ${plural(event.running, 'running job')}` : ''}`;
    case 'worker-stopped':
      return `stopped after judging ${plural(event.judged, 'submission')}`;
    default:
      return queueNoticeLine(event);
  }
}

export class WorkerLog {
  readonly #terminal: Terminal;
  readonly #chalk: ChalkInstance;
  readonly #images: PrettyReporter;

  constructor(terminal: Terminal, env: Record<string, string | undefined> = process.env) {
    this.#terminal = terminal;
    this.#chalk = new Chalk({ level: colorLevel(terminal.stderr, env) });
    this.#images = new PrettyReporter(terminal, { progressOnly: true });
  }

  onEvent(event: WorkerEvent): void {
    const line = workerLine(event, this.#chalk);
    if (line !== null) this.#terminal.stderr.write(`${line}\n`);
  }

  /** Image builds (a language's first job on this machine) get their lines; the rest is in the job's events. */
  onJudgeEvent(event: JudgeEvent): void {
    if (event.type.startsWith('image-build')) this.#images.onEvent(event);
  }
}
