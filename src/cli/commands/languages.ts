// `letscode languages` lists the languages; `letscode languages test` proves each
// toolchain works by judging its self-test program in the real sandbox.

import { ExitCode } from '../../errors.js';
import { exitCodeFor } from '../exit-codes.js';
import { judgeSolution } from '../../judge/judge-solution.js';
import type { Language } from '../../languages/language.js';
import { languages, resolveLanguage } from '../../languages/registry.js';
import { testsOnlyProblem, type TimedProblem } from '../../problem/model.js';
import { closeReporters, createReporters, createTerminal } from '../../report/index.js';
import type { JudgeEvent } from '../../judge/events.js';
import { printLanguages, printLanguagesJson, printSelfTests, type SelfTestRow } from '../../report/listings.js';
import { imageSpecFor } from '../../images/image-spec.js';
import { imageExists } from '../../images/image-store.js';
import { EngineClient } from '../../sandbox/engine-client.js';
import type { CommandRequest } from '../requests.js';
import { createDockerServices } from '../services.js';

/** Generous: the self-test proves the toolchain works, not that it is fast. */
const SELF_TEST_TIME_MS = 5000;

/** How long `languages --json` waits for the engine to say which images exist: it is only a hint. */
const IMAGE_CHECK_TIMEOUT_MS = 2000;

export async function languagesListCommand(request: Extract<CommandRequest, { command: 'languages-list' }>): Promise<number> {
  if (!request.json) {
    printLanguages(createTerminal(), languages.all);
    return ExitCode.allAccepted;
  }
  const built = await builtImages(languages.all.map((language) => language.image));
  const rows = languages.all.map((language) => {
    const { ref } = imageSpecFor(language.image);
    return { ...languageRow(language), imageRef: ref, built: built === null ? null : built.has(ref) };
  });
  printLanguagesJson(createTerminal(), rows, built !== null);
  return ExitCode.allAccepted;
}

function languageRow({ id, name, extensions, aliases, variantOf, image }: Language) {
  return { id, name, extensions, aliases, variantOf: variantOf ?? null, image };
}

/** The refs of the given toolchains' images the engine has; null when it does not answer in time. */
async function builtImages(toolchains: readonly string[]): Promise<Set<string> | null> {
  const engine = new EngineClient();
  const refs = [...new Set(toolchains)].map((toolchain) => imageSpecFor(toolchain).ref);
  const check = Promise.all(refs.map(async (ref) => ((await imageExists(engine, ref)) ? [ref] : [])))
    .then((found) => new Set(found.flat()))
    .catch(() => null);
  const timeout = new Promise<null>((resolve) => setTimeout(resolve, IMAGE_CHECK_TIMEOUT_MS, null).unref());
  return Promise.race([check, timeout]);
}

export function selfTestProblem(language: Language): TimedProblem {
  return testsOnlyProblem({
    name: `${language.id} self-test`,
    dir: process.cwd(),
    sourceFile: `languages-data (${language.id})`,
    format: 'native',
    timeMs: SELF_TEST_TIME_MS,
    checker: { name: 'exact' },
    tests: [
      {
        name: 'echo',
        sample: true,
        input: { kind: 'inline', content: language.selfTest.input },
        answer: { kind: 'inline', content: language.selfTest.output },
        checkerFlags: [],
        inputValidatorFlags: [],
      },
    ],
  });
}

export async function languagesTestCommand(request: Extract<CommandRequest, { command: 'languages-test' }>): Promise<number> {
  const selected = request.languages.length === 0 ? languages.all : request.languages.map((name) => resolveLanguage(languages, name));
  const terminal = createTerminal();
  // Only image builds are worth showing live; the results are one table at the end.
  const reporters = await createReporters({ json: false, terminal });
  const emit = (event: JudgeEvent) => {
    if (event.type.startsWith('image-build')) for (const reporter of reporters) reporter.onEvent(event);
  };
  const rows: SelfTestRow[] = [];
  // The self-test proves the toolchain: always compile for real.
  const services = await createDockerServices(emit, { compileCache: false });
  try {
    for (const language of selected) {
      const solution = { name: `self-test${language.extensions[0]}`, source: Buffer.from(language.selfTest.source) };
      const report = await judgeSolution({ problem: selfTestProblem(language), language, solution, jobs: 1 }, services);
      const test = report.tests[0];
      rows.push({
        language: language.id,
        verdict: report.verdict,
        compileMs: report.compile.wallMs,
        runMs: test?.wallMs ?? 0,
        detail: report.compile.ok ? (test?.detail ?? '') : report.compile.message.split('\n')[0] ?? '',
      });
    }
  } finally {
    await services.shutdown();
    await closeReporters(reporters);
  }
  printSelfTests(terminal, rows);
  return exitCodeFor(rows.every((row) => row.verdict === 'AC') ? 'ok' : 'failed');
}
