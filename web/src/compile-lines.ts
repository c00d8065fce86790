// The lines of the submitted file a compiler message points at, so the editor can mark
// them: "solution.cpp:3:5: error", "--> src/solution.rs:3:5", "Main.java:3: error",
// Python's 'File "solution.py", line 3'. Only references to a file of the submission's
// language count, not the standard library's headers.

export function compileErrorLines(message: string, extensions: readonly string[]): number[] {
  const lines = new Set<number>();
  const suffixes = extensions.map((extension) => extension.toLowerCase());
  const ofSubmission = (file: string) => !file.includes('/usr/') && suffixes.some((suffix) => file.toLowerCase().endsWith(suffix));
  for (const match of message.matchAll(/([\w./\\-]+\.\w+)(?::(\d+)(?::\d+)?:|\((\d+)(?:,\d+)?\))/g)) {
    const line = Number(match[2] ?? match[3]);
    if (ofSubmission(match[1]!) && line > 0) lines.add(line);
  }
  for (const match of message.matchAll(/File "([^"]+)", line (\d+)/g)) {
    if (ofSubmission(match[1]!)) lines.add(Number(match[2]));
  }
  for (const match of message.matchAll(/--> ([\w./\\-]+):(\d+):\d+/g)) {
    if (ofSubmission(match[1]!)) lines.add(Number(match[2]));
  }
  return [...lines].sort((a, b) => a - b);
}
