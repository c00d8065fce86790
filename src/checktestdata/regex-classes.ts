// The named sets of bytes a bracket expression can use, as libstdc++ (the reference's
// std::regex) has them in the C locale: character classes [:alpha:], and the POSIX names
// of the 128 ASCII characters for collating symbols [.hyphen.] and equivalence classes [=a=].

export const CHARACTER_CLASSES: Readonly<Record<string, (byte: number) => boolean>> = {
  alpha: (b) => isUpper(b) || isLower(b),
  digit: isDigit,
  alnum: (b) => isUpper(b) || isLower(b) || isDigit(b),
  upper: isUpper,
  lower: isLower,
  space: isSpace,
  blank: (b) => b === 0x20 || b === 0x09,
  punct: (b) => b >= 0x21 && b <= 0x7e && !isUpper(b) && !isLower(b) && !isDigit(b),
  print: (b) => b >= 0x20 && b <= 0x7e,
  graph: (b) => b >= 0x21 && b <= 0x7e,
  cntrl: (b) => b < 0x20 || b === 0x7f,
  xdigit: (b) => isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66),
  // Short names libstdc++ also knows.
  d: isDigit,
  w: (b) => isUpper(b) || isLower(b) || isDigit(b) || b === 0x5f,
  s: isSpace,
};

/** POSIX names of the ASCII characters, by code; letters are named by themselves, digits "zero" to "nine". */
const COLLATING_NAMES: readonly string[] = [
  ...'NUL SOH STX ETX EOT ENQ ACK alert backspace tab newline vertical-tab form-feed carriage-return SO SI'.split(' '),
  ...'DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC IS4 IS3 IS2 IS1'.split(' '),
  ...'space exclamation-mark quotation-mark number-sign dollar-sign percent-sign ampersand apostrophe'.split(' '),
  ...'left-parenthesis right-parenthesis asterisk plus-sign comma hyphen period slash'.split(' '),
  ...'zero one two three four five six seven eight nine colon semicolon'.split(' '),
  ...'less-than-sign equals-sign greater-than-sign question-mark commercial-at'.split(' '),
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'left-square-bracket backslash right-square-bracket circumflex underscore grave-accent'.split(' '),
  ...'abcdefghijklmnopqrstuvwxyz',
  ...'left-curly-bracket vertical-line right-curly-bracket tilde DEL'.split(' '),
];

/** The byte a collating name stands for: "hyphen" is 0x2d, "a" is 0x61; undefined for an unknown name (such as "-"). */
export function collatingByte(name: string): number | undefined {
  const code = COLLATING_NAMES.indexOf(name);
  return code === -1 ? undefined : code;
}

/** The bytes of [=name=]: libstdc++ compares them case-insensitively, so [=a=] is "a" and "A". */
export function equivalentBytes(name: string): number[] | undefined {
  const byte = collatingByte(name);
  if (byte === undefined) return undefined;
  return isUpper(byte) || isLower(byte) ? [byte | 0x20, byte & ~0x20] : [byte];
}

function isUpper(byte: number): boolean {
  return byte >= 0x41 && byte <= 0x5a;
}
function isLower(byte: number): boolean {
  return byte >= 0x61 && byte <= 0x7a;
}
function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}
function isSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}
