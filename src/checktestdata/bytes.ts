// checktestdata works on bytes, like the reference: STRLEN("é") is 2 and REGEX(".") takes
// one byte of it. Strings hold those bytes one per char (codes 0-255), so JavaScript's own
// string comparison orders them as unsigned bytes, the way the reference's memcmp does.

/** The UTF-8 bytes of a JavaScript text, one char per byte. */
export function textToByteString(text: string): string {
  // Pure ASCII, by far the common case, is its own encoding.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? text : Buffer.from(text, 'utf8').toString('latin1');
}

/** A byte string as text for people: UTF-8 decoded, invalid bytes shown as U+FFFD. */
export function bytesToDisplayText(bytes: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(bytes) ? bytes : Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Longest excerpt of input or program a message shows; more is cut and marked "...". */
export const MAX_SHOWN_CHARS = 30;
/** Numbers get more room: the digit that puts one out of range can be far to the right. */
export const MAX_SHOWN_NUMBER_CHARS = 60;

/** A byte string as a JSON string for a message, cut to `maxChars` with "..." outside the quotes. */
export function quoteBytes(bytes: string, maxChars = MAX_SHOWN_CHARS): string {
  const text = bytesToDisplayText(bytes);
  const characters = Array.from(text);
  if (characters.length <= maxChars) return JSON.stringify(text);
  return `${JSON.stringify(characters.slice(0, maxChars).join(''))}...`;
}
