// Everything the judge has to say goes out as one of these typed events. Reporters turn
// them into terminal output, JSON or JUnit; nothing else in letscode prints.

import type { CompileResult, JudgeReport, TestResult } from '../judge/verdict.js';

export type JudgeEvent =
  | {
      type: 'judge-start';
      problem: string;
      language: string;
      solution: string;
      testCount: number;
      timeLimitMs: number;
      memoryLimitBytes: number;
    }
  | { type: 'image-build-start'; image: string; language: string }
  | { type: 'image-build-progress'; image: string; line: string }
  | { type: 'image-build-done'; image: string; durationMs: number }
  /** A package without a time limit got one from its accepted submissions. */
  | { type: 'time-limit-derived'; timeLimitMs: number; slowestAcceptedMs: number; submissions: number; cached: boolean }
  | { type: 'compile-start'; language: string }
  | { type: 'compile-done'; result: CompileResult }
  | { type: 'test-start'; index: number; name: string }
  | { type: 'test-done'; result: TestResult }
  | { type: 'judge-done'; report: JudgeReport };

export type JudgeEventType = JudgeEvent['type'];

export interface Reporter {
  onEvent(event: JudgeEvent): void;
  /** Called once after the last event; flushes files, stops spinners. */
  close(): Promise<void>;
}

export type EventSink = (event: JudgeEvent) => void;

/** Sends every event to every reporter, in order. */
export function fanOut(reporters: readonly Reporter[]): EventSink {
  return (event) => {
    for (const reporter of reporters) reporter.onEvent(event);
  };
}
