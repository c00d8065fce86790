// BAPCtools' `count:` on a test case: 3 (the values 1..3), a list of distinct integers, or
// an inclusive range "-4..=5"; 1 to 100 values. Each value makes a case of its own, named
// NAME-VALUE, zero-padded when the values are consecutive, as Python's {v:0{width}}.

export type CountParse = { kind: 'ok'; values: number[] } | { kind: 'invalid'; problem: string; fix: string };

const RANGE = /^(-?\d+)\.\.=(-?\d+)$/;
const MAX_COUNT = 100;

export function parseCount(raw: unknown): CountParse {
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 1 || raw > MAX_COUNT) return invalid(`${raw} is not a whole number from 1 to ${MAX_COUNT}`);
    return { kind: 'ok', values: Array.from({ length: raw }, (_, i) => i + 1) };
  }
  if (Array.isArray(raw)) {
    if (raw.length === 0 || raw.length > MAX_COUNT) return invalid(`a list of ${raw.length} values`);
    const bad = raw.find((item) => typeof item !== 'number' || !Number.isInteger(item));
    if (bad !== undefined) return invalid(`${JSON.stringify(bad)} in the list is not an integer`);
    if (new Set(raw).size !== raw.length) return invalid('the list repeats a value');
    return { kind: 'ok', values: raw as number[] };
  }
  if (typeof raw === 'string') {
    const range = RANGE.exec(raw.trim());
    if (!range) return invalid(`"${raw}" is not a range`);
    const [low, high] = [Number(range[1]), Number(range[2])];
    if (low > high || high - low + 1 > MAX_COUNT) return invalid(`the range ${raw} is empty or longer than ${MAX_COUNT}`);
    return { kind: 'ok', values: Array.from({ length: high - low + 1 }, (_, i) => low + i) };
  }
  return invalid(`expected a number, a list or a range, found ${JSON.stringify(raw)}`);
}

function invalid(problem: string): CountParse {
  return { kind: 'invalid', problem, fix: 'write count: 3, count: [1, 5, 9] or count: 1..=10 (1 to 100 values)' };
}

/** The suffix values get in names: padded to one width when they are consecutive. */
export function countSuffixes(values: readonly number[]): string[] {
  const consecutive = Math.max(...values) - Math.min(...values) === values.length - 1;
  const width = consecutive ? Math.max(...values.map((value) => String(value).length)) : 0;
  return values.map((value) => padded(value, width));
}

/** Python's f"{value:0{width}}": the sign counts towards the width. */
export function padded(value: number, width: number): string {
  const digits = String(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  return sign + digits.padStart(width - sign.length, '0');
}
