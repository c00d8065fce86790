// JUnit XML for CI test tabs: one <testsuite> for the problem, one <testcase> per test.
// Wrong results are <failure>s with a short plain diff, judge errors are <error>s, and a
// compile error is a single failing testcase named "compile".

import { type JudgeReport, type TestResult } from '../judge/judge-report.js';
import { VERDICT_NAMES } from '../common/verdicts.js';
import { compileMessageLines, testDetailBody } from './details.js';
import type { Reporter } from './events.js';
import type { JudgeEvent } from '../judge/events.js';
import { sanitize } from './format.js';
import { writeOutputFile, type OutputPath } from './output-file.js';

// Characters XML 1.0 forbids outright (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates).
// eslint-disable-next-line no-control-regex
const ILLEGAL_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function showIllegal(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Escapes text content; characters XML cannot carry at all are spelled out as `\uXXXX`. */
export function xmlText(text: string): string {
  return text
    .replace(ILLEGAL_XML, showIllegal)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Escapes an attribute value (double-quoted); keeps newlines and tabs from being normalised away. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

function oneLine(text: string): string {
  return sanitize(text).replace(/\s+/g, ' ').trim();
}

interface Case {
  name: string;
  timeMs: number;
  outcome?: { element: 'failure' | 'error'; type: string; message: string; body: string[] };
}

function testCase(test: TestResult): Case {
  if (test.verdict === 'AC') return { name: test.name, timeMs: test.cpuMs };
  const detail = oneLine(test.detail) || VERDICT_NAMES[test.verdict];
  return {
    name: test.name,
    timeMs: test.cpuMs,
    outcome: {
      element: test.verdict === 'JE' ? 'error' : 'failure',
      type: test.verdict,
      message: `${test.verdict}: ${detail}`,
      body: [`${VERDICT_NAMES[test.verdict]}: ${detail}`, ...testDetailBody(test)],
    },
  };
}

/** The whole XML document. */
export function renderJunit(report: JudgeReport, timestamp?: Date): string {
  const cases: Case[] = [];
  if (!report.compile.ok) {
    cases.push({
      name: 'compile',
      timeMs: report.compile.wallMs,
      outcome: { element: 'failure', type: 'CE', message: 'CE: compilation failed', body: compileMessageLines(report.compile.message) },
    });
  }
  if (report.verdict !== 'CE') cases.push(...report.tests.map(testCase));
  const failures = cases.filter((c) => c.outcome?.element === 'failure').length;
  const errors = cases.filter((c) => c.outcome?.element === 'error').length;
  const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="${seconds(report.totalMs)}"`;
  const suite = xmlAttr(report.problem);
  const stamp = timestamp ? ` timestamp="${timestamp.toISOString().slice(0, 19)}"` : '';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="letscode" ${counts}>`,
    `  <testsuite name="${suite}" ${counts}${stamp}>`,
    '    <properties>',
    ...(['verdict', 'language', 'solution'] as const).map(
      (key) => `      <property name="${key}" value="${xmlAttr(report[key])}"/>`,
    ),
    // Scoring problems: the score ("" when a judge error leaves it unknown) and its maximum.
    ...(report.score
      ? [`      <property name="score" value="${report.score.score ?? ''}"/>`, `      <property name="maxScore" value="${report.score.maxScore}"/>`]
      : []),
    '    </properties>',
  ];
  for (const c of cases) {
    const open = `    <testcase name="${xmlAttr(c.name)}" classname="${suite}" time="${seconds(c.timeMs)}"`;
    if (!c.outcome) {
      lines.push(`${open}/>`);
      continue;
    }
    const { element, type, message, body } = c.outcome;
    lines.push(
      `${open}>`,
      `      <${element} message="${xmlAttr(message)}" type="${xmlAttr(type)}">${xmlText(body.join('\n'))}</${element}>`,
      '    </testcase>',
    );
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}

export type FileWriter = (file: string, content: string) => Promise<void>;

/** The --junit path, for checkOutputFile before judging and for the messages when writing. */
export function junitOutput(file: string): OutputPath {
  return { option: '--junit', path: file, example: 'reports/junit.xml' };
}

/** Creates missing parent folders; a failure is one usage line naming --junit and the path. */
const writeCreatingDirs: FileWriter = (file, content) => writeOutputFile(junitOutput(file), content);

/** Collects the report and writes the file in close(); writes nothing if the judge never finished. */
export class JunitReporter implements Reporter {
  readonly #file: string;
  readonly #write: FileWriter;
  #xml: string | undefined;

  constructor(file: string, write: FileWriter = writeCreatingDirs) {
    this.#file = file;
    this.#write = write;
  }

  onEvent(event: JudgeEvent): void {
    if (event.type === 'judge-done') this.#xml = renderJunit(event.report, new Date());
  }

  async close(): Promise<void> {
    if (this.#xml === undefined) return;
    const xml = this.#xml;
    this.#xml = undefined;
    await this.#write(this.#file, xml);
  }
}
