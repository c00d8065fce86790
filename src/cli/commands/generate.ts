// `letscode generate [PKG]`: write the package's data/ from generators/generators.yaml
// (BAPCtools' format, the commonly used part), then run its input validators on it. Only
// cases whose generator, arguments, copied files or solution changed are made again.
// Exit 0: data/ is as the yaml says and valid; 1: a case could not be made (a program
// failed, a file that is not ours is in the way, a generator is not deterministic) or an
// input is invalid; 2: generators.yaml is broken or a program does not compile; 3: a
// validator crashed, or Docker is unavailable.

import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { pathKind } from '../../common/fs-checks.js';
import { generatePackage, GENERATORS_YAML } from '../../generate/generate.js';
import type { GenerateEvent } from '../../generate/events.js';
import { generateStatus } from '../../generate/report.js';
import { GenerateReporter } from '../../report/generate.js';
import { createTerminal } from '../../report/index.js';
import { defaultJobs } from '../arguments.js';
import { exitCodeFor } from '../exit-codes.js';
import type { CommandRequest } from '../requests.js';
import { createDockerServices } from '../services.js';
import { isInterrupted } from '../interruption.js';

export async function generateCommand(request: Extract<CommandRequest, { command: 'generate' }>): Promise<number> {
  const { options } = request;
  const packageDir = await findPackage(options.problem);
  const reporter = await GenerateReporter.create(createTerminal(), { verbose: options.verbose });
  try {
    const services = await createDockerServices((event) => reporter.onEvent(event), { compileCache: options.cache });
    try {
      // Ctrl-C removes the boxes: what the runs cut short then say is not reported.
      const emit = (event: GenerateEvent) => {
        if (!isInterrupted()) reporter.onEvent(event);
      };
      const report = await generatePackage(packageDir, services, { jobs: options.jobs ?? defaultJobs(), checkDeterministic: options.checkDeterministic, emit });
      return exitCodeFor(generateStatus(report));
    } finally {
      await services.shutdown();
    }
  } finally {
    await reporter.close();
  }
}

/** The folder holding generators/generators.yaml: the one named (or its problem.yaml), else the nearest from the current folder up. */
async function findPackage(problem: string | undefined): Promise<string> {
  if (problem !== undefined) {
    const given = resolve(problem);
    const dir = (await pathKind(given)) === 'file' ? dirname(given) : given;
    if ((await pathKind(join(dir, GENERATORS_YAML))) !== 'file') throw new UsageError(`${problem}: no ${GENERATORS_YAML} in ${dir} (pass the package folder that holds generators/)`);
    return dir;
  }
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if ((await pathKind(join(dir, GENERATORS_YAML))) === 'file') return dir;
    if (dirname(dir) === dir) throw new UsageError(`no ${GENERATORS_YAML} in ${process.cwd()} or a folder above it (pass the package folder: letscode generate PKG)`);
  }
}
