// JUnit XML for a class: one <testsuite> per student, one <testcase> per test of each
// problem (classname student.problem). A submission that was never run (compile error,
// missing, empty, unknown language...) is one failing testcase named after the problem;
// a judge error or a result not graded yet is an <error>. Escaping is junit.ts's.

import type { GradeResults, GradeRow, StudentResult } from '../grade/results.js';
import { xmlAttr, xmlText } from './junit.js';
import { sanitize } from './format.js';

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

interface Case {
  name: string;
  classname: string;
  timeMs: number;
  outcome?: { element: 'failure' | 'error'; type: string; message: string };
}

function oneLine(text: string): string {
  return sanitize(text).replace(/\s+/g, ' ').trim();
}

function casesFor(student: string, row: GradeRow): Case[] {
  const classname = `${student}.${row.problemId}`;
  if (row.tests.length === 0 || row.verdict === 'CE') {
    if (row.verdict === 'AC') return [];
    const element = row.verdict === 'JE' || row.verdict === 'NOT_GRADED' ? 'error' : 'failure';
    return [{ name: row.problemId, classname, timeMs: 0, outcome: { element, type: row.verdict, message: `${row.verdict}: ${oneLine(row.detail)}` } }];
  }
  return row.tests.map((test): Case => {
    const base = { name: test.name, classname, timeMs: test.timeMs };
    if (test.verdict === 'AC') return base;
    const element = test.verdict === 'JE' ? 'error' : 'failure';
    return { ...base, outcome: { element, type: test.verdict, message: `${test.verdict}: ${oneLine(test.detail) || test.verdict}` } };
  });
}

function suite(student: StudentResult): string[] {
  const cases = student.rows.flatMap((row) => casesFor(student.id, row));
  const failures = cases.filter((c) => c.outcome?.element === 'failure').length;
  const errors = cases.filter((c) => c.outcome?.element === 'error').length;
  const timeMs = cases.reduce((sum, c) => sum + c.timeMs, 0);
  const lines = [
    `  <testsuite name="${xmlAttr(student.id)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="${seconds(timeMs)}">`,
    '    <properties>',
    `      <property name="score" value="${student.score}"/>`,
    `      <property name="maxScore" value="${student.maxScore}"/>`,
    ...student.rows.map((row) => `      <property name="${xmlAttr(`${row.problemId}.verdict`)}" value="${xmlAttr(row.verdict)}"/>`),
    '    </properties>',
  ];
  for (const c of cases) {
    const open = `    <testcase name="${xmlAttr(c.name)}" classname="${xmlAttr(c.classname)}" time="${seconds(c.timeMs)}"`;
    if (!c.outcome) {
      lines.push(`${open}/>`);
      continue;
    }
    const { element, type, message } = c.outcome;
    lines.push(`${open}>`, `      <${element} message="${xmlAttr(message)}" type="${xmlAttr(type)}">${xmlText(message)}</${element}>`, '    </testcase>');
  }
  lines.push('  </testsuite>');
  return lines;
}

export function renderGradeJunit(results: GradeResults): string {
  const suites = results.students.map(suite);
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${xmlAttr(`letscode grade: ${results.title}`)}">`, ...suites.flat(), '</testsuites>', ''].join('\n');
}
