// The services every command that runs code shares for its lifetime: the sandbox, image
// building, seccomp profiles, the compile cache and the event sink. `E` is the caller's
// own event type (the judge's events, say): the sink takes those and ours alike.

import type { Sandbox } from '../sandbox/sandbox.js';
import type { BoxSource } from './box-source.js';
import type { CompileCache } from './compile-cache.js';
import type { ExecutionEvent } from './events.js';

export interface ExecutionServices<E = never> {
  sandbox: Sandbox;
  /** Where every launch takes its boxes (compile boxes too) and gives them back. */
  boxes: BoxSource;
  /** Returns the image reference for a toolchain, building it when missing. */
  ensureImage: (toolchain: string, languageName: string) => Promise<string>;
  /** The text of a seccomp profile, by name (seccomp/<name>.json). */
  seccompProfile: (name: string) => Promise<string>;
  /** Null disables the compile cache (--no-cache). */
  compileCache: CompileCache | null;
  emit: (event: E | ExecutionEvent) => void;
}
