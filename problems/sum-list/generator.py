#!/usr/bin/env python3
"""Writes the file tests of sum-list into tests/. Deterministic: run it again and
nothing changes (it uses its own xorshift generator, not `random`)."""

from pathlib import Path

MAX_N = 200_000
MAX_ABS = 10**9
TESTS_DIR = Path(__file__).resolve().parent / "tests"


class XorShift:
    def __init__(self, seed: int) -> None:
        self.state = seed or 1

    def next(self) -> int:
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 7
        x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
        self.state = x
        return x

    def between(self, lo: int, hi: int) -> int:
        return lo + self.next() % (hi - lo + 1)


def random_values(seed: int, n: int, max_abs: int) -> list[int]:
    rng = XorShift(seed)
    return [rng.between(-max_abs, max_abs) for _ in range(n)]


CASES = {
    "01-small-random": random_values(1, 1_000, MAX_ABS),
    "02-all-max": [MAX_ABS] * 5_000,  # sum 5e12: overflows 32 bits
    "03-all-min": [-MAX_ABS] * 5_000,
    "04-wraps-to-zero-in-32-bits": [MAX_ABS] * 4_294 + [967_296_000],  # sum = 1000 * 2^32: 0 in 32 bits
    "05-large-values": random_values(5, 50_000, MAX_ABS),
    "06-max-n-small-values": random_values(6, MAX_N, 1_000),
}


def main() -> None:
    TESTS_DIR.mkdir(exist_ok=True)
    for name, values in CASES.items():
        assert 1 <= len(values) <= MAX_N and all(abs(v) <= MAX_ABS for v in values)
        (TESTS_DIR / f"{name}.in").write_text(f"{len(values)}\n{' '.join(map(str, values))}\n")
        (TESTS_DIR / f"{name}.out").write_text(f"{sum(values)}\n")
        print(f"{name}: n={len(values)} sum={sum(values)}")


if __name__ == "__main__":
    main()
