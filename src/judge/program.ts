// A solution made ready for the sandbox: its file name inside the box and the exact
// compile and run commands, with every language placeholder filled in.

export interface BoxCommand {
  argv: string[];
  env: Record<string, string>;
}

export interface PreparedProgram {
  /** File name of the source inside /box (Java: named after its public class). */
  sourceName: string;
  source: Buffer;
  compile: BoxCommand | null;
  run: BoxCommand;
}
