// What launching a program has to say: image builds (the first use of a language) and
// compiling. Callers above add their own events (a judge's tests, verify's progress).

import type { ImageBuildEvent } from '../images/build-events.js';
import type { CompileResult } from './compile-result.js';

export type ExecutionEvent =
  | ImageBuildEvent
  | { type: 'compile-start'; language: string }
  | { type: 'compile-done'; result: CompileResult };
