import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { JunitReporter, renderJunit, xmlAttr, xmlText } from './junit.js';
import { makeReport, makeTest } from '../judge/__fixtures__/judge-reports.js';

/** A small well-formedness check: balanced tags, no stray markup characters, only legal characters. */
function assertWellFormed(xml: string): void {
  // eslint-disable-next-line no-control-regex
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body)) !== null) {
    consumed = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = match;
    const entities = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i;
    if (text !== undefined) {
      expect(text, 'raw & in text').not.toMatch(entities);
      expect(text, 'the sequence ]]> is not allowed in text').not.toContain(']]>');
      continue;
    }
    expect(attrs ?? '', 'raw & in attribute').not.toMatch(entities);
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClosing) stack.push(name!);
  }
  expect(consumed, 'unparsed rest').toBe(body.length);
  expect(stack).toEqual([]);
}

describe('xml escaping', () => {
  it('escapes markup characters and spells out characters XML 1.0 cannot carry', () => {
    expect(xmlText('a<b>&c\u0000d\u001be')).toBe('a&lt;b&gt;&amp;c\\u0000d\\u001be');
    expect(xmlText('x\ud800y')).toBe('x\\ud800y');
    expect(xmlText('😀')).toBe('😀');
    expect(xmlAttr('say "hi"\n\tnow')).toBe('say &quot;hi&quot;&#10;&#9;now');
  });
});

describe('renderJunit', () => {
  const tests = [
    makeTest({ index: 0, name: 'sample-1', sample: true, cpuMs: 12 }),
    makeTest({
      index: 1,
      name: 'sample<2>&"x"',
      verdict: 'WA',
      detail: 'token 3: expected 6, got 7',
      expectedOutput: '1 2 6\n',
      actualOutput: '1 2 7 ]]> <tag> \u0001\n',
    }),
    makeTest({ index: 2, name: 'crash', verdict: 'RE', detail: 'killed by SIGSEGV', stderr: 'Segmentation fault' }),
    makeTest({ index: 3, name: 'broken', verdict: 'JE', detail: 'sandbox died' }),
  ];

  it('writes one testsuite with a testcase per test, failures and errors', () => {
    const xml = renderJunit(makeReport(tests), new Date('2024-05-01T10:00:00Z'));
    assertWellFormed(xml);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(xml).toContain('<testsuite name="sum-list" tests="4" failures="2" errors="1" skipped="0" time="1.400" timestamp="2024-05-01T10:00:00">');
    expect(xml).toContain('<testcase name="sample-1" classname="sum-list" time="0.012"/>');
    expect(xml).toContain('<testcase name="sample&lt;2&gt;&amp;&quot;x&quot;" classname="sum-list" time="0.010">');
    expect(xml).toContain('<failure message="WA: token 3: expected 6, got 7" type="WA">Wrong Answer: token 3: expected 6, got 7\n- expected   + actual\n- 1 | 1 2 6\n+ 1 | 1 2 7 ]]&gt; &lt;tag&gt; \\x01</failure>');
    expect(xml).toContain('<failure message="RE: killed by SIGSEGV" type="RE">Runtime Error: killed by SIGSEGV\nstderr:\nSegmentation fault</failure>');
    expect(xml).toContain('<error message="JE: sandbox died" type="JE">');
    expect(xml).not.toContain('\u001b');
  });

  it('reports a compile error as one failing testcase named "compile"', () => {
    const compile = { ok: false, message: 'sum.cpp:1: error: \'x\' < "y" & z\u0007', wallMs: 1500, cached: false };
    const xml = renderJunit(makeReport([], { compile }));
    assertWellFormed(xml);
    expect(xml).toContain('tests="1" failures="1" errors="0"');
    expect(xml).toContain('<testcase name="compile" classname="sum-list" time="1.500">');
    expect(xml).toContain('<failure message="CE: compilation failed" type="CE">sum.cpp:1: error: \'x\' &lt; "y" &amp; z\\x07</failure>');
  });
});

describe('JunitReporter', () => {
  it('writes the file in close(), creating parent directories', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'letscode-junit-'));
    try {
      const file = path.join(dir, 'reports', 'nested', 'junit.xml');
      const reporter = new JunitReporter(file);
      reporter.onEvent({ type: 'judge-done', report: makeReport([makeTest({ index: 0 })]) });
      await reporter.close();
      const xml = await readFile(file, 'utf8');
      assertWellFormed(xml);
      expect(xml).toContain('tests="1" failures="0" errors="0"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails with one usage line naming --junit when the path is a folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'letscode-junit-'));
    try {
      const reporter = new JunitReporter(dir);
      reporter.onEvent({ type: 'judge-done', report: makeReport([makeTest({ index: 0 })]) });
      await expect(reporter.close()).rejects.toThrow(new UsageError(`--junit ${dir}: is a folder (give a file path like reports/junit.xml)`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes nothing when the judge never finished', async () => {
    const writes: string[] = [];
    const reporter = new JunitReporter('x.xml', async (file) => void writes.push(file));
    await reporter.close();
    expect(writes).toEqual([]);
  });
});
