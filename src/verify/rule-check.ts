// Does a judged submission keep every rule its folder and submissions.yaml set for it?
// The first broken rule is the reason; a folder's own default speaks plainly ("WA on
// test 3"), a yaml rule is named with its glob so the setter finds the line to look at.

import type { JudgeReport, TestResult } from '../judge/judge-report.js';
import type { Verdict } from '../common/verdicts.js';
import { formatVerdictCounts, verdictCounts } from '../judge/judge-report.js';
import { globMatches, globNames } from '../problem/submissions/glob.js';
import { describeScoreConstraint, scoreMeets } from '../problem/submissions/score-constraint.js';
import { formatScoreOf } from '../common/format-units.js';
import { EXPECTED_RESULTS_TAG } from '../problem/submissions/expected-results-tag.js';
import { orList, SUBMISSIONS_YAML, type Rule, type SubmissionExpectation } from '../problem/submissions/submission-rules.js';

export type ExpectationCheck =
  | { kind: 'met' }
  | { kind: 'not-met'; reason: string }
  /** A judge error: the submission's result cannot be trusted either way. */
  | { kind: 'judge-error'; reason: string };

export function checkExpectation(expectation: SubmissionExpectation, report: JudgeReport): ExpectationCheck {
  const judgeError = report.tests.find((test) => test.verdict === 'JE');
  if (judgeError) return { kind: 'judge-error', reason: `judge error on ${describeTest(judgeError)}` };
  const { rules } = expectation;
  if (report.verdict === 'CE') {
    return rules.every(allowsCompileError) ? { kind: 'met' } : { kind: 'not-met', reason: 'does not compile' };
  }
  if (rules.some((rule) => rule.required?.includes('CE') || (rule.final?.length === 1 && rule.final[0] === 'CE'))) {
    return { kind: 'not-met', reason: 'compiles (expected a compile error)' };
  }
  const conflict = conflictingRules(rules, report.tests);
  if (conflict) return { kind: 'not-met', reason: conflict };
  for (const rule of rules) {
    const broken = brokenRule(rule, report);
    if (broken) return { kind: 'not-met', reason: broken };
  }
  return { kind: 'met' };
}

/** The tests a rule speaks about. */
export function testsInScope<T extends Pick<TestResult, 'name'>>(rule: Pick<Rule, 'tests'>, tests: readonly T[]): T[] {
  const glob = rule.tests;
  return glob === null ? [...tests] : tests.filter((test) => globMatches(glob, test.name));
}

/** A rule that says nothing about verdicts or messages, only about a score. */
export function scoreOnly(rule: Pick<Rule, 'permitted' | 'required' | 'message' | 'score'>): boolean {
  return rule.score !== undefined && rule.permitted === null && rule.required === null && rule.message === null;
}

/** A compile error is the whole submission's verdict: only a rule that names CE allows it. */
function allowsCompileError(rule: Rule): boolean {
  return (rule.final ?? rule.permitted)?.includes('CE') ?? false;
}

/** Does a reason name the rule it comes from (a yaml key, a tag), so it needs no "expected ..." before it? */
export function namesItsRule(reason: string): boolean {
  return reason.startsWith(SUBMISSIONS_YAML) || reason.startsWith(EXPECTED_RESULTS_TAG);
}

function brokenRule(rule: Rule, report: JudgeReport): string | undefined {
  const scope = testsInScope(rule, report.tests);
  const where = rule.source ? `${rule.source}${rule.tests ? ` on ${rule.tests}` : ''}: ` : '';
  if (rule.final && !rule.final.includes(report.verdict)) {
    const first = report.verdict === 'AC' ? undefined : report.tests.find((test) => test.verdict === report.verdict);
    return `${where}final verdict ${report.verdict}${first ? ` on ${describeTest(first)}` : ''}, expected ${orList(rule.final)}`;
  }
  // A rule with nothing but a score speaks about groups, which need not share a name with a test (native groups).
  if (rule.tests !== null && scope.length === 0 && !scoreOnly(rule)) return `${where}the glob matches no test`;
  const forbidden = scope.find((test) => !(rule.permitted ?? ANY_RUN).includes(test.verdict));
  if (forbidden) return `${where}${forbidden.verdict} on ${describeTest(forbidden)}`;
  if (rule.required && !scope.some((test) => rule.required!.includes(test.verdict))) {
    return `${where}no test got ${orList(rule.required)} (${formatVerdictCounts(verdictCounts({ ...report, tests: scope }))})`;
  }
  const message = rule.message;
  if (message !== null && !scope.some((test) => judgeMessageOf(test).includes(message))) {
    return `${where}no judge message contains "${message}"`;
  }
  return rule.score ? brokenScore(rule, report, where) : undefined;
}

/**
 * A score rule: on the submission's score, or (with a test group glob) on the score of each
 * scored group the glob names itself, not on the tests inside it (2025-09).
 */
function brokenScore(rule: Rule, report: JudgeReport, where: string): string | undefined {
  const { score: constraint } = rule;
  const result = report.score;
  if (!constraint || !result) return undefined;
  const glob = rule.tests;
  const targets = glob === null
    ? [{ name: null, score: result.score, maxScore: result.maxScore }]
    : result.namedGroups.filter((group) => globNames(glob, group.name));
  if (targets.length === 0) return `${where}no scored group is named ${glob}`;
  for (const target of targets) {
    // A judge error was reported before any rule; an unknown score cannot break one.
    if (target.score === null || scoreMeets(constraint, target.score, target.maxScore)) continue;
    const on = target.name === null ? '' : ` on ${target.name}`;
    return `${where}score ${formatScoreOf(target.score, target.maxScore)}${on}, expected ${describeScoreConstraint(constraint)}`;
  }
  return undefined;
}


/**
 * What the output validator said about a test: its judgemessage.txt, or, for a checker
 * that writes none (the default output validator, a built-in checker), its one-line reason
 * for a rejection, as problemtools' default validator writes that reason to judgemessage.txt.
 */
function judgeMessageOf(test: TestResult): string {
  if (test.judgeMessage !== undefined) return test.judgeMessage;
  return test.verdict === 'WA' || test.verdict === 'PE' ? test.detail : '';
}

/** A rule with no permitted list allows any verdict a test can get. */
const ANY_RUN: readonly Verdict[] = ['AC', 'WA', 'PE', 'TLE', 'MLE', 'OLE', 'RE'];

/**
 * Rules that can never all hold are a mistake in submissions.yaml, said as such rather than
 * as the submission's fault: permitted lists that share no verdict on some test, or a
 * required verdict that the permitted lists forbid on every test the requirement covers
 * (`permitted: [AC]` with `required: [WA]`, or `use_for_time_limit: upper` on accepted/).
 */
function conflictingRules(rules: readonly Rule[], tests: readonly TestResult[]): string | undefined {
  const limiting = rules.filter((rule) => rule.permitted !== null);
  const covering = (test: TestResult) => limiting.filter((rule) => testsInScope(rule, [test]).length > 0);
  const allowedOn = (test: TestResult) => covering(test).reduce<readonly Verdict[]>((shared, rule) => shared.filter((verdict) => rule.permitted!.includes(verdict)), ANY_RUN);
  for (const test of tests) {
    if (covering(test).length > 1 && allowedOn(test).length === 0) {
      return `submissions.yaml contradicts itself on ${test.name}: ${names(covering(test))} permit no verdict in common`;
    }
  }
  for (const rule of rules) {
    const scope = testsInScope(rule, tests);
    if (!rule.required || scope.length === 0) continue;
    if (scope.every((test) => !allowedOn(test).some((verdict) => rule.required!.includes(verdict)))) {
      const forbidding = [...new Set(scope.flatMap(covering))];
      return `submissions.yaml contradicts itself: ${names([rule])} requires ${orList(rule.required)}, which ${names(forbidding)} never permit${forbidding.length === 1 ? 's' : ''}`;
    }
  }
  return undefined;
}

function names(rules: readonly Rule[]): string {
  return rules.map((rule) => rule.source ?? 'the folder default').join(' and ');
}

function describeTest(test: TestResult): string {
  return `${test.name}${test.detail ? ` (${test.detail})` : ''}`;
}
