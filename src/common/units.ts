// Durations and sizes as problem setters write them ("1s", "1500ms", "256MiB", "512MB")
// turned into whole milliseconds and bytes. Parsing says only whether the text is a
// duration or size at all; whether the amount is sensible is the schema's business.

/** Either the parsed amount or one line saying why the value is not one. */
export type UnitParseResult = { kind: 'ok'; value: number } | { kind: 'invalid'; reason: string };

export type SizeUnit = 'B' | 'KiB' | 'MiB' | 'GiB';

const BYTES_PER_UNIT: Record<SizeUnit, number> = {
  B: 1,
  KiB: 1024,
  MiB: 1024 * 1024,
  GiB: 1024 * 1024 * 1024,
};

// KB, MB and GB deliberately mean KiB, MiB and GiB: "256 MB" in a contest statement has
// always meant 256 * 2^20 bytes, and judging against 256 * 10^6 would fail solutions the
// problem setter considers correct. Suffixes are matched case-insensitively ("256mb").
const SIZE_SUFFIXES: Record<string, SizeUnit> = {
  b: 'B',
  k: 'KiB', kb: 'KiB', kib: 'KiB',
  m: 'MiB', mb: 'MiB', mib: 'MiB',
  g: 'GiB', gb: 'GiB', gib: 'GiB',
};

const MS_PER_DURATION_SUFFIX: Record<string, number> = { ms: 1, s: 1000 };

// A signed decimal number, then an optional unit; the sign is accepted here so that
// "-1s" is rejected later as "must be at least ..." rather than as unreadable.
const AMOUNT_WITH_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([a-z]*)$/i;

/** "1s", "1500ms", "0.5s", or a bare number of seconds (1, 2.5, "2"). */
export function parseDurationMs(value: unknown): UnitParseResult {
  const expected = 'expected a duration such as 1s, 1500ms or 2.5 (seconds)';
  const amount = splitAmount(value, expected);
  if (amount.kind === 'invalid') return amount;
  const suffix = amount.suffix.toLowerCase();
  const msPerUnit = suffix === '' ? 1000 : MS_PER_DURATION_SUFFIX[suffix];
  if (msPerUnit === undefined) {
    return { kind: 'invalid', reason: `unknown time unit "${amount.suffix}": ${expected}` };
  }
  return { kind: 'ok', value: Math.round(amount.number * msPerUnit) };
}

/** "256MiB", "512MB", "1GiB", "65536KiB", or a bare number counted in `bareUnit`. */
export function parseSizeBytes(value: unknown, bareUnit: SizeUnit): UnitParseResult {
  const expected = `expected a size such as 256MiB, 512MB or 1GiB (a bare number means ${bareUnit})`;
  const amount = splitAmount(value, expected);
  if (amount.kind === 'invalid') return amount;
  const unit = amount.suffix === '' ? bareUnit : SIZE_SUFFIXES[amount.suffix.toLowerCase()];
  if (unit === undefined) {
    return { kind: 'invalid', reason: `unknown size unit "${amount.suffix}": ${expected}` };
  }
  return { kind: 'ok', value: Math.round(amount.number * BYTES_PER_UNIT[unit]) };
}

/** 1500 -> "1500ms", 2000 -> "2s": how limits are shown back in messages. */
export function formatDurationMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/** Bytes in the largest binary unit that divides them exactly: 1048576 -> "1MiB". */
export function formatSizeBytes(bytes: number): string {
  const unit = (['GiB', 'MiB', 'KiB'] as const).find((u) => bytes % BYTES_PER_UNIT[u] === 0 && bytes !== 0);
  return unit ? `${bytes / BYTES_PER_UNIT[unit]}${unit}` : `${bytes}B`;
}

type Amount = { kind: 'ok'; number: number; suffix: string } | { kind: 'invalid'; reason: string };

function splitAmount(value: unknown, expected: string): Amount {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { kind: 'ok', number: value, suffix: '' }
      : { kind: 'invalid', reason: `${expected}, got ${value}` };
  }
  if (typeof value !== 'string') {
    return { kind: 'invalid', reason: `${expected}, got ${describeNonText(value)}` };
  }
  const match = AMOUNT_WITH_UNIT.exec(value.trim());
  if (!match || match[1] === undefined) {
    return { kind: 'invalid', reason: `${expected}, got "${value}"` };
  }
  return { kind: 'ok', number: Number(match[1]), suffix: match[2] ?? '' };
}

function describeNonText(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
