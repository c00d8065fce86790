// Progress of `generate`, as typed events. Validation afterwards reports through verify's
// own events; image builds through the execution layer's.

import type { ExecutionEvent } from '../execution/events.js';
import type { ToolkitEvent } from '../verify/events.js';
import type { CaseReport, GenerateReport } from './report.js';

export type GenerateEvent =
  | ExecutionEvent
  | ToolkitEvent
  | { type: 'generate-start'; problem: string; cases: number; upToDate: number }
  | { type: 'case-done'; result: CaseReport }
  | { type: 'generate-done'; report: GenerateReport };

export type GenerateSink = (event: GenerateEvent) => void;
