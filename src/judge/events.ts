// Everything judging has to say goes out as one of these typed events: launching's own
// (image builds, compiling) and the judge's (tests, the report). Reporters turn them into
// terminal output, JSON or JUnit; nothing else in letscode prints.

import type { ExecutionEvent } from '../execution/events.js';
import type { ExecutionServices } from '../execution/services.js';
import type { JudgeReport, TestResult } from './judge-report.js';

export type JudgeEvent =
  | ExecutionEvent
  | {
      type: 'judge-start';
      problem: string;
      language: string;
      solution: string;
      testCount: number;
      timeLimitMs: number;
      memoryLimitBytes: number;
    }
  /** A package without a time limit got one from its accepted submissions (`skipped`: those letscode cannot run, left out). */
  | { type: 'time-limit-derived'; timeLimitMs: number; slowestAcceptedMs: number; submissions: number; cached: boolean; skipped?: readonly { path: string; reason: string }[] }
  | { type: 'test-start'; index: number; name: string }
  | { type: 'test-done'; result: TestResult }
  | { type: 'judge-done'; report: JudgeReport };

export type JudgeEventType = JudgeEvent['type'];

export type JudgeSink = (event: JudgeEvent) => void;

/** The services a judge run uses: the execution services, with a sink for the judge's events. */
export type JudgeServices = ExecutionServices<JudgeEvent>;
