// A .ctd program that cannot be read is the program's fault, never the input's; the error
// names the program file and the 1-based line and column in it, the way editors jump.

export class CtdSyntaxError extends Error {
  constructor(
    readonly fileName: string,
    readonly line: number,
    readonly column: number,
    /** What is wrong, without the position: `expected ")", got ","`. */
    readonly detail: string,
  ) {
    super(`${fileName}:${line}:${column}: ${detail}`);
    this.name = 'CtdSyntaxError';
  }
}

/** A place in the program text. */
export interface SourcePosition {
  line: number;
  column: number;
}
