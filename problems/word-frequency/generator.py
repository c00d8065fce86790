#!/usr/bin/env python3
"""Writes tests/1.in ... tests/10.in and their .ans files. Deterministic: run it again and
nothing changes (it uses its own xorshift generator, not `random`)."""

import re
from collections import Counter
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent / "tests"


class XorShift:
    def __init__(self, seed: int) -> None:
        self.state = seed or 1

    def below(self, bound: int) -> int:
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 7
        x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
        self.state = x
        return x % bound


def random_text(seed: int, words: int, vocabulary: int) -> str:
    rng = XorShift(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(letters[rng.below(26)] for _ in range(1 + rng.below(8))) for _ in range(vocabulary)]
    separators = [" ", " ", " ", ", ", ". ", "! ", "? ", " - ", "; ", "\n", "\t", "'", " 42 "]
    out = []
    for _ in range(words):
        word = vocab[min(rng.below(vocabulary), rng.below(vocabulary))]  # skewed: some words are common
        if rng.below(4) == 0:
            word = "".join(c.upper() if rng.below(2) else c for c in word)
        out.append(word + separators[rng.below(len(separators))])
    return "".join(out).rstrip() + "\n"


CASES = [
    "the cat and the hat\n",
    "Apple apple APPLE banana Banana\n",
    "Hello, world! Hello... world? hello; (world)\n",
    "don't stop 2day, it's 4ever\n",
    "zeta alpha mu alpha zeta mu beta\n",
    "one two\r\n\r\n\ttwo  three\r\nthree three\n\n\n",
    ("echo " * 10 + "\n") * 100,
    "a" * 1000 + " aa a AAA aa a\n",
    random_text(9, 5_000, 300),
    random_text(10, 20_000, 2_000),
]


def answer(text: str) -> str:
    counts = Counter(word.lower() for word in re.findall(r"[A-Za-z]+", text))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "".join(f"{word} {count}\n" for word, count in ranked)


def main() -> None:
    TESTS_DIR.mkdir(exist_ok=True)
    for number, text in enumerate(CASES, start=1):
        assert re.search(r"[A-Za-z]", text) and len(text) <= 1 << 20
        (TESTS_DIR / f"{number}.in").write_bytes(text.encode("ascii"))
        (TESTS_DIR / f"{number}.ans").write_bytes(answer(text).encode("ascii"))
        print(f"{number}: {len(text)} bytes, {len(answer(text).splitlines())} distinct words")


if __name__ == "__main__":
    main()
