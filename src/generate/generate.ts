// `letscode generate`, the work: read generators/generators.yaml, work out which cases
// are out of date (cache.ts, case-key.ts), make those in the sandbox in parallel
// (produce-case.ts), write them without touching files that are not ours
// (data-files.ts), write test_group.yaml files, remove cases the yaml dropped, then run
// the package's input validators on what data/ holds (verify/validate-problem.ts).

import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathKind } from '../common/fs-checks.js';
import type { ExecutionServices } from '../execution/services.js';
import { readKattisMetadata } from '../problem/kattis/metadata.js';
import { DEFAULT_LIMITS, type Problem } from '../problem/model.js';
import { ProblemFileError } from '../errors.js';
import { loadKattisProblem } from '../problem/kattis/load-kattis.js';
import { readYamlFile } from '../common/yaml-file.js';
import { hasValidationWork, validateProblem } from '../verify/validate-problem.js';
import { readCache, sha256, writeCache, type GeneratedCache } from './cache.js';
import { caseKey } from './case-key.js';
import { DataFiles } from './data-files.js';
import type { GenerateSink } from './events.js';
import { parseGeneratorsYaml } from './parse-yaml.js';
import type { CaseRule, GeneratorsPlan } from './plan.js';
import { ProgramPools } from './pools.js';
import { produceCase, runGenerator, type Produced } from './produce-case.js';
import { PackagePrograms } from './programs.js';
import type { CaseReport, GenerateReport } from './report.js';

export interface GenerateRun {
  jobs: number;
  checkDeterministic: boolean;
  emit: GenerateSink;
}

export const GENERATORS_YAML = join('generators', 'generators.yaml');

export async function generatePackage(packageDir: string, services: ExecutionServices, run: GenerateRun): Promise<GenerateReport> {
  const file = join(packageDir, GENERATORS_YAML);
  const plan = parseGeneratorsYaml(await readYamlFile(file), file, packageDir);
  const metadata = await readKattisMetadata(join(packageDir, 'problem.yaml'));
  const problemName = metadata.name ?? packageDir.split('/').pop() ?? packageDir;
  const dataDir = join(packageDir, 'data');
  await mkdir(dataDir, { recursive: true });
  const cache = await readCache(dataDir);
  const data = new DataFiles(dataDir, cache);
  const programs = new PackagePrograms(plan);
  const keyed = await Promise.all(plan.cases.map(async (rule) => ({ rule, key: await keyOf(rule, plan, programs, metadata.interactive) })));
  const fresh = await Promise.all(keyed.map(async ({ rule, key }) => cache[rule.path]?.key === key && (await data.state(cache[rule.path]!)) !== 'missing'));
  run.emit({ type: 'generate-start', problem: problemName, cases: plan.cases.length, upToDate: fresh.filter(Boolean).length });

  const pools = new ProgramPools(services, run.jobs);
  const next: GeneratedCache = {};
  const notes = [...plan.notes];
  // The cache is saved after every case written, old entries kept meanwhile: a run that is
  // killed halfway still owns what it wrote, and the next run does not take it for the user's.
  let saving = Promise.resolve();
  const save = () => (saving = saving.then(() => writeCache(dataDir, { ...cache, ...next })));
  try {
    const results = await Promise.all(keyed.map(async ({ rule, key }, index): Promise<CaseReport> => {
      const result = await makeCase(rule, { key, upToDate: fresh[index]!, plan, programs, pools, data, cache, next, interactive: metadata.interactive, checkDeterministic: run.checkDeterministic });
      if (result.status === 'generated') await save();
      run.emit({ type: 'case-done', result });
      return result;
    }));
    await saving;
    for (const group of plan.groups) {
      if (group.testGroupYaml === null) continue;
      const written = await data.replace(new Map([[`${group.path}/test_group.yaml`, Buffer.from(group.testGroupYaml)]]), cache[`group:${group.path}`]);
      if (written.kind === 'blocked') notes.push(`data/${written.file} was not written by letscode generate: kept, so generators.yaml's test_group.yaml for ${group.path} is not (remove the file to let it)`);
      else next[`group:${group.path}`] = { key: sha256(group.testGroupYaml), files: written.files };
    }
    const removed: string[] = [];
    const keptEdited: string[] = [];
    for (const [path, entry] of Object.entries(cache)) {
      if (path in next) continue;
      const kept = await data.removeEntry(entry);
      removed.push(...Object.keys(entry.files).filter((item) => !kept.includes(item)));
      keptEdited.push(...kept);
    }
    await writeCache(dataDir, next);
    const owned = new Set(Object.values(next).flatMap((entry) => Object.keys(entry.files)));
    const notOwned = (await data.allFiles()).filter((item) => !owned.has(item) && !keptEdited.includes(item));
    const { validation, loadError } = await validate(packageDir, services, run);
    const report: GenerateReport = { problem: problemName, cases: results, removed, notOwned, keptEdited, notes, validation, loadError };
    run.emit({ type: 'generate-done', report });
    return report;
  } finally {
    await pools.dispose();
  }
}

interface CaseContext {
  key: string;
  upToDate: boolean;
  plan: GeneratorsPlan;
  programs: PackagePrograms;
  pools: ProgramPools;
  data: DataFiles;
  cache: GeneratedCache;
  /** The cache being built: every case that is ours after this run. */
  next: GeneratedCache;
  interactive: boolean;
  checkDeterministic: boolean;
}

async function makeCase(rule: CaseRule, context: CaseContext): Promise<CaseReport> {
  const { data, cache, next } = context;
  const previous = cache[rule.path];
  const made = rule.input.kind === 'generate' ? `${rule.input.command} (seed ${rule.input.seed})` : rule.input.kind === 'copy' ? `copied from generators/${rule.input.base}` : 'written in generators.yaml';
  if (context.checkDeterministic && rule.input.kind === 'generate') {
    const differs = await nondeterminism(rule, context);
    if (differs) {
      if (previous) next[rule.path] = previous;
      return { path: rule.path, status: 'nondeterministic', message: differs };
    }
  }
  if (context.upToDate && previous) {
    next[rule.path] = previous;
    const edited = (await data.state(previous)) === 'edited';
    return { path: rule.path, status: 'up-to-date', message: edited ? 'edited by hand since it was generated: kept' : made };
  }
  const produced = await produceCase(rule, toolsFor(rule, context));
  if (produced.kind === 'failed') {
    if (previous) next[rule.path] = previous;
    return { path: rule.path, status: 'failed', message: produced.message };
  }
  const files = new Map([...produced.files].map(([extension, bytes]) => [`${rule.path}${extension}`, bytes]));
  const written = await data.replace(files, previous);
  if (written.kind === 'blocked') {
    if (previous) next[rule.path] = previous;
    const what = previous ? 'was edited since letscode generate wrote it' : 'was not written by letscode generate';
    return { path: rule.path, status: 'blocked', message: `data/${written.file} ${what}: kept (remove it to let generators.yaml write it)` };
  }
  next[rule.path] = { key: context.key, files: written.files };
  return { path: rule.path, status: 'generated', message: made };
}

/** Two runs of the generator, compared; what differs, or null when they agree. */
async function nondeterminism(rule: CaseRule, context: CaseContext): Promise<string | null> {
  if (rule.input.kind !== 'generate') return null;
  const pool = await context.pools.pool(await context.programs.generator(rule.input.program, rule.field));
  const [first, second] = [await runGenerator(rule, rule.input, pool), await runGenerator(rule, rule.input, pool)];
  if (first.kind === 'failed' || second.kind === 'failed') return null; // making the case reports the failure
  const differing = ['.in', '.ans'].filter((extension) => !sameBytes(first, second, extension));
  return differing.length === 0 ? null : `two runs of ${rule.input.command} wrote different ${differing.map((extension) => `${rule.path}${extension}`).join(' and ')}`;
}

function sameBytes(first: Extract<Produced, { kind: 'made' }>, second: Extract<Produced, { kind: 'made' }>, extension: string): boolean {
  const a = first.files.get(extension);
  const b = second.files.get(extension);
  return a === undefined ? b === undefined : b !== undefined && a.equals(b);
}

function toolsFor(rule: CaseRule, context: CaseContext) {
  const { programs, pools, plan } = context;
  const solution = rule.solution;
  return {
    generatorsDir: join(plan.packageDir, 'generators'),
    interactive: context.interactive,
    generator: async () => {
      if (rule.input.kind !== 'generate') throw new Error('only a generate: rule has a generator');
      return pools.pool(await programs.generator(rule.input.program, rule.field));
    },
    solution: solution.kind === 'none' ? null : async () => pools.pool(await programs.solution(solution, rule.field)),
  };
}

async function keyOf(rule: CaseRule, plan: GeneratorsPlan, programs: PackagePrograms, interactive: boolean): Promise<string> {
  const generator = rule.input.kind === 'generate' ? (await programs.generator(rule.input.program, rule.field)).hash : null;
  let copied: Record<string, string> | null = null;
  if (rule.input.kind === 'copy') {
    copied = {};
    const base = join(plan.packageDir, 'generators', rule.input.base);
    for (const extension of ['.in', '.ans', '.yaml']) if ((await pathKind(base + extension)) === 'file') copied[extension] = sha256(await readFile(base + extension));
  }
  const needsSolution = rule.needsAnswer && rule.ans === null && !interactive && rule.solution.kind !== 'none';
  const answeredBy = interactive ? 'interactive' : !needsSolution ? 'none' : await programs.solution(rule.solution as Exclude<CaseRule['solution'], { kind: 'none' }>, rule.field).then((program) => program.hash);
  return caseKey(rule, { generator, copied, answeredBy });
}

/**
 * The package as the judge loads it, validated (the time limit plays no part, so none is
 * needed). A data/ that does not load is reported, not thrown: what was generated stays
 * written and is listed.
 */
async function validate(packageDir: string, services: ExecutionServices, run: GenerateRun): Promise<Pick<GenerateReport, 'validation' | 'loadError'>> {
  let problem: Problem;
  try {
    problem = await loadKattisProblem(packageDir, { timeLimitMs: DEFAULT_LIMITS.timeMs });
  } catch (error) {
    if (error instanceof ProblemFileError) return { validation: null, loadError: error.message };
    throw error;
  }
  if (!hasValidationWork(problem)) return { validation: null, loadError: null };
  return { validation: await validateProblem(problem, services, { jobs: run.jobs, emit: run.emit }), loadError: null };
}
