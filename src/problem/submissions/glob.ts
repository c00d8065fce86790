// The glob patterns of submissions.yaml (Kattis 2025-09): `*` matches any run of
// characters within one path segment (never a "/"), `{a,b}` expands to alternatives (and
// nests), everything else is literal; `**` and `[xyz]` are not part of the format. A path
// is matched when it, or one of the folders above it, matches: `accepted` matches
// "accepted/sum.cpp", `secret/group1` matches "secret/group1/01".

/** `{simple,complex}.py` -> ["simple.py", "complex.py"]; braces nest, a lone brace is literal. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  const close = matchingBrace(pattern, open);
  if (close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const tails = expandBraces(pattern.slice(close + 1));
  return splitTopLevel(pattern.slice(open + 1, close)).flatMap((choice) =>
    expandBraces(choice).flatMap((expanded) => tails.map((tail) => `${head}${expanded}${tail}`)),
  );
}

/** Does `pattern` match `path` or one of its parent folders? Trailing slashes are ignored. */
export function globMatches(pattern: string, path: string): boolean {
  const segments = trimSlashes(path).split('/');
  return expandBraces(trimSlashes(pattern)).some((alternative) => {
    const wanted = alternative.split('/');
    if (wanted.length > segments.length) return false;
    return wanted.every((segment, index) => segmentMatches(segment, segments[index]!));
  });
}

/** Does `pattern` match `path` itself, not as a folder above it? `secret` names secret, not secret/group1. */
export function globNames(pattern: string, path: string): boolean {
  const depth = trimSlashes(path).split('/').length;
  return expandBraces(trimSlashes(pattern)).some((alternative) => alternative.split('/').length === depth && globMatches(alternative, path));
}

/** `*` within one segment; the rest literal. */
function segmentMatches(pattern: string, segment: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === segment;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (segment.length < first.length + last.length || !segment.startsWith(first) || !segment.endsWith(last)) return false;
  // Greedy left to right is enough for `*` alone: each middle part takes its first place.
  let at = first.length;
  const end = segment.length - last.length;
  for (const middle of parts.slice(1, -1)) {
    const found = segment.indexOf(middle, at);
    if (found < 0 || found + middle.length > end) return false;
    at = found + middle.length;
  }
  return true;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

/** "a,{b,c},d" -> ["a", "{b,c}", "d"]: commas inside nested braces stay. */
function splitTopLevel(text: string): string[] {
  const choices: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (char === ',' && depth === 0) {
      choices.push(text.slice(start, index));
      start = index + 1;
    }
  }
  return [...choices, text.slice(start)];
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}
