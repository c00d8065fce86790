// Moving one number towards 0: each round offers a few values between what is known to
// lose the failure (`below`) and the smallest value known to keep it (`failing`), smallest
// first, so the first that still fails is the best of the round. Converges in a handful of
// rounds even for 10^18.

/** How many values one round offers. */
const RUNGS = 8;

/**
 * Magnitudes strictly between `below` and `failing`, ascending, at most RUNGS of them:
 * `below + 1` first (0 when nothing is known yet), then points halving the distance to `failing`.
 */
export function ladder(below: bigint, failing: bigint): bigint[] {
  if (failing - below <= 1n) return [];
  const values = new Set<bigint>([below + 1n]);
  let gap = failing - below;
  for (let rung = 0; rung < RUNGS * 2 && values.size < RUNGS; rung++) {
    gap /= 2n;
    if (gap === 0n) break;
    values.add(failing - gap);
  }
  return [...values].filter((value) => value > below && value < failing).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const INTEGER = /^-?\d+$/;

export function isInteger(token: string): boolean {
  return INTEGER.test(token);
}

/** "-12" -> 12n, and how to write a magnitude back with the token's sign. */
export function magnitudeOf(token: string): { magnitude: bigint; write: (magnitude: bigint) => string } {
  const negative = token.startsWith('-');
  const magnitude = BigInt(negative ? token.slice(1) : token);
  return { magnitude, write: (value) => (negative && value !== 0n ? `-${value}` : String(value)) };
}
