// What compiling a program came to, as reports and box sources carry it.

export interface CompileResult {
  ok: boolean;
  /** Compiler output (trimmed, bounded); empty for languages without a compile step. */
  message: string;
  /** Wall-clock time of the compile step, box start included (0 on a reused box). */
  wallMs: number;
  /** True when the artifacts came from the compile cache. */
  cached: boolean;
}
