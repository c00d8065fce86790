// `letscode grade` end to end, against real Docker: a class of 22 submissions in C++,
// Python and JavaScript with known verdicts graded in one run; a run killed with SIGKILL
// mid-way and started again judges only what was not stored, and its reports equal the
// uninterrupted run's (times aside); the HTML report loads in headless Chromium; an
// assignment grades several problems per student; bad input stops before judging.

import { execa } from 'execa';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheDir, leftoverContainers, letscode, repoRoot } from './cli.js';
import { scratchDirs } from './scratch.js';

const fixtures = join(repoRoot, 'test/fixtures/grade');
const problemDir = join(fixtures, 'sum-problem');
const scratchDir = scratchDirs('grade');
const bin = join(repoRoot, 'bin/letscode.js');

/** What each student of test/fixtures/grade/class must get. */
const EXPECTED: Record<string, string> = {
  '<script>': 'WA', '=cmd': 'AC', alice: 'AC', bob: 'AC', carol: 'AC', dave: 'AC', erin: 'WA', frank: 'WA', grace: 'TLE', heidi: 'RE',
  ivan: 'CE', judy: 'MLE', mallory: 'AC', niaj: 'EMPTY', olivia: 'BINARY', peggy: 'UNKNOWN_LANGUAGE', rupert: 'WA', sybil: 'RE',
  trent: 'AC', victor: 'WA', walter: 'TLE', xena: 'AC',
};
const JUDGED = Object.values(EXPECTED).filter((verdict) => !['EMPTY', 'BINARY', 'UNKNOWN_LANGUAGE'].includes(verdict)).length;

interface GradeJson {
  problem: string;
  submissions: { id: string; verdict: string; score: number; passed: number; total: number; identicalTo: string[]; tests: Record<string, unknown>[] }[];
  summary: { students: number; identical: { problem: string; students: string[] }[] };
}

function parseJson(stdout: string): GradeJson {
  return JSON.parse(stdout) as GradeJson;
}

/** Measured amounts in text ("used 150 MiB of 64 MiB", "12 ms") read as N; which measurement caught a TLE or MLE does not matter. */
function withoutAmounts(text: string): string {
  return text
    .replace(/\d+(?:\.\d+)? ?(?:ms|s|B|KiB|MiB|GiB)\b/g, 'N')
    .replace(/CPU time over the N limit|still running after N of wall time \(sleeping or waiting for input\?\)/g, 'time limit')
    .replace(/used N of N|killed at the memory limit of N/g, 'memory limit');
}

/**
 * The reports with every measured number (times, memory) taken out, and which limit stopped
 * a TLE or MLE test (CPU or wall time; peak memory or the cgroup's kill): a timing matter too.
 */
function withoutMeasurements(json: string): unknown {
  return JSON.parse(json, (key: string, value: unknown) => {
    if (/(timeMs|wallMs|memoryBytes|maxTimeMs|totalMs)$/i.test(key)) return 0;
    if (isRecord(value) && (value.verdict === 'TLE' || value.verdict === 'MLE') && 'detail' in value) return { ...value, detail: value.verdict, exitCode: null, signal: null };
    return typeof value === 'string' ? withoutAmounts(value) : value;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matrixOf(html: string): string {
  return [...html.matchAll(/<table class="matrix">[\s\S]*?<\/table>/g)].map((match) => withoutAmounts(match[0])).join('\n');
}

function classCopy(): string {
  const dir = join(scratchDir('class'), 'class');
  cpSync(join(fixtures, 'class'), dir, { recursive: true });
  return dir;
}

describe('letscode grade', () => {
  let uninterrupted: { out: string; json: GradeJson; html: string };

  beforeAll(async () => {
    const classDir = classCopy();
    const out = join(scratchDir('out'), 'results');
    const html = join(scratchDir('html'), 'grades.html');
    // One submission at a time keeps wall times (and so TLE verdicts) steady on a busy machine.
    const result = await letscode(['grade', '--json', '--parallel', '1', '-p', problemDir, classDir, '--out', out, '--html', html, '--csv', join(out, '..', 'g.csv'), '--junit', join(out, '..', 'j.xml')]);
    expect(result.exitCode, result.stderr).toBe(0);
    uninterrupted = { out, json: parseJson(result.stdout), html };
  });

  it('grades every submission of the class in one run with the verdict it must get', () => {
    const verdicts = Object.fromEntries(uninterrupted.json.submissions.map((submission) => [submission.id, submission.verdict]));
    expect(verdicts).toEqual(EXPECTED);
    expect(uninterrupted.json.submissions.map((submission) => submission.id)).toEqual(Object.keys(EXPECTED).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')));
    const frank = uninterrupted.json.submissions.find((submission) => submission.id === 'frank')!;
    expect([frank.passed, frank.total, frank.score]).toEqual([3, 4, 0.75]);
    expect(uninterrupted.json.summary.identical).toEqual([
      { problem: 'sum-problem', students: ['alice', 'xena'] },
      { problem: 'sum-problem', students: ['carol', 'mallory'] },
    ]);
    expect(readFileSync(join(uninterrupted.out, '..', 'g.csv'), 'utf8')).toContain("\r\n'=cmd,1,1,AC,");
    expect(readFileSync(join(uninterrupted.out, '..', 'j.xml'), 'utf8').match(/<testsuite /g)).toHaveLength(22);
  });

  it('resumes a run killed with SIGKILL without judging again what it stored, and writes the same reports', async () => {
    const classDir = classCopy();
    const out = join(scratchDir('out'), 'results');
    const child = execa('node', [bin, 'grade', '-p', problemDir, classDir, '--out', out, '--parallel', '1'], { reject: false, env: { NO_COLOR: '1', LETSCODE_CACHE_DIR: cacheDir } });
    const store = join(out, 'results.jsonl');
    const storedLines = () => (existsSync(store) ? readFileSync(store, 'utf8').split('\n').filter(Boolean).length : 0);
    while (storedLines() < 5 && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGKILL');
    await child;
    // The boxes of a killed process outlive it until their runners see stdin close and
    // AutoRemove deletes them: remove what is left (Docker may be removing some already).
    const { stdout } = await execa('docker', ['ps', '-aq', '--filter', `label=letscode.pid=${child.pid}`]);
    const ids = stdout.split('\n').filter(Boolean);
    if (ids.length > 0) {
      const removal = await execa('docker', ['rm', '-f', ...ids], { reject: false });
      expect(removal.stderr.split('\n').filter((line) => line !== '' && !/already in progress|No such container/.test(line))).toEqual([]);
    }
    const stored = storedLines();
    expect(stored).toBeGreaterThanOrEqual(5);
    expect(stored, 'the run must be killed before it finished').toBeLessThan(JUDGED);

    const resumed = await letscode(['grade', '--parallel', '1', '-p', problemDir, classDir, '--out', out]);
    expect(resumed.exitCode, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain(`Grading 22 submissions: ${JUDGED - stored} submissions to judge, ${stored} already graded (skipped), 3 not judgeable`);
    expect(resumed.stderr.match(/^\[\d+\/\d+\] /gm)).toHaveLength(JUDGED - stored);

    const again = await letscode(['grade', '-p', problemDir, classDir, '--out', out]);
    expect(again.stderr).toContain(`0 submissions to judge, ${JUDGED} already graded (skipped)`);

    const report = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
    expect(withoutMeasurements(report(out, 'report.json'))).toEqual(withoutMeasurements(report(uninterrupted.out, 'report.json')));
    expect(report(out, 'report.csv')).toBe(report(uninterrupted.out, 'report.csv'));
    const junit = (dir: string) => withoutAmounts(report(dir, 'junit.xml').replace(/ time="[\d.]+"/g, ''));
    expect(junit(out)).toBe(junit(uninterrupted.out));
    expect(matrixOf(report(out, 'report.html'))).toBe(matrixOf(report(uninterrupted.out, 'report.html')));
  });

  it('rebuilds the same reports from the store with --report-only, judging nothing', async () => {
    const classDir = join(fixtures, 'class');
    const result = await letscode(['grade', '--report-only', '--json', '-p', problemDir, classDir, '--out', uninterrupted.out]);
    expect(result.exitCode, result.stderr).toBe(0);
    // The class folder itself, not the copy graded: results are keyed by content, not path. (execa drops the last newline.)
    expect(`${result.stdout}\n`).toBe(readFileSync(join(uninterrupted.out, 'report.json'), 'utf8'));
  });

  it('stops on Ctrl-C with 130: what finished is stored, the reports are written, no box is left', async () => {
    const classDir = classCopy();
    const out = join(scratchDir('out'), 'results');
    const child = execa('node', [bin, 'grade', '--parallel', '1', '-p', problemDir, classDir, '--out', out], { reject: false, env: { NO_COLOR: '1', LETSCODE_CACHE_DIR: cacheDir } });
    const store = join(out, 'results.jsonl');
    const storedLines = () => (existsSync(store) ? readFileSync(store, 'utf8').split('\n').filter(Boolean) : []);
    while (storedLines().length < 3 && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGINT');
    const result = await child;
    expect(result.exitCode, result.stderr).toBe(130);
    const stored = storedLines();
    expect(stored.length).toBeLessThan(JUDGED);
    // Nothing half-judged was stored as a judge error.
    expect(stored.filter((line) => line.includes('"verdict":"JE"') || line.includes('judge-failed'))).toEqual([]);
    expect(await leftoverContainers(child.pid!)).toEqual([]);
    // The reports show what was stored; the rest waits for the next run.
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as GradeJson;
    expect(report.submissions.filter((submission) => submission.verdict === 'NOT_GRADED')).toHaveLength(JUDGED - stored.length);
  });

  it('opens the HTML report in headless Chromium without errors, one matrix row per student', async () => {
    const profile = scratchDir('chromium-profile');
    // A fresh profile (playwright passes it as --user-data-dir); Debian's chromium, never a download.
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
      await page.goto(`file://${uninterrupted.html}`);
      expect(await page.locator('table.matrix tr.student-row').count()).toBe(22);
      expect(await page.locator('tr.student-row[data-student="<script>"] th.student').innerText()).toBe('<script>');
      expect(await page.locator('svg.chart').count()).toBe(2);
      expect(problems).toEqual([]);
      mkdirSync(join(repoRoot, 'test-output'), { recursive: true });
      await page.screenshot({ path: join(repoRoot, 'test-output/grade-report.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });

  it('grades an assignment: one entry per student and problem, points per problem', async () => {
    const students = join(scratchDir('assignment'), 'students');
    cpSync(join(fixtures, 'assignment/students'), students, { recursive: true });
    const result = await letscode(['grade', '--json', '--assignment', join(fixtures, 'assignment/assignment.yaml'), students, '--out', join(students, '..', 'out'), '--min-score', '50%']);
    const json = JSON.parse(result.stdout) as { assignment: string; students: { id: string; score: number; maxScore: number }[]; submissions: { id: string; problem: string; verdict: string }[] };
    expect(json.assignment).toBe('Week 1');
    expect(json.students).toEqual([
      { id: 'ann', score: 40, maxScore: 40 },
      { id: 'ben', score: 22.5, maxScore: 40 },
      { id: 'cy', score: 0, maxScore: 40 },
    ]);
    expect(json.submissions.map((submission) => `${submission.id}/${submission.problem}: ${submission.verdict}`)).toEqual([
      'ann/sum: AC', 'ann/hello: AC', 'ben/sum: WA', 'ben/hello: MISSING', 'cy/sum: AMBIGUOUS', 'cy/hello: WA',
    ]);
    // cy is below 50%: the run completed, and --min-score says so.
    expect(result.exitCode).toBe(1);
  });

  it('stops on bad input with one line and exit 2, before judging anything', async () => {
    const dir = scratchDir('bad');
    writeFileSync(join(dir, 'a-file'), 'x');
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'assignment.yaml'), `problems:\n  sum:\n    problem: ${problemDir}\n    file: nothing-like-this.cpp\n`);
    const cases: [string[], string][] = [
      [['grade', '-p', problemDir, join(dir, 'missing')], `SUBMISSIONS ${join(dir, 'missing')}: no such file or folder (check the path)`],
      [['grade', '-p', problemDir, join(dir, 'empty')], `SUBMISSIONS ${join(dir, 'empty')}: holds no submission (put one file or folder per student in it)`],
      [['grade', '-p', problemDir, join(fixtures, 'class'), '--out', join(dir, 'a-file')], `--out ${join(dir, 'a-file')}: is a file, not a folder (give a folder, like grade-results/)`],
      [['grade', '--assignment', join(dir, 'assignment.yaml'), join(fixtures, 'assignment/students')], `${join(dir, 'assignment.yaml')}: problems.sum.file: "nothing-like-this.cpp" matches nothing in any student folder`],
      [['grade', '-p', problemDir, join(fixtures, 'class'), '--out', join(dir, 'o'), '--regrade', 'nobody'], '--regrade nobody: no such student'],
    ];
    for (const [args, message] of cases) {
      const result = await letscode(args);
      expect(result.exitCode, result.stderr).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });
});
