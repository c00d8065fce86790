# Wrong answer: two decimals are far from the 1e-6 tolerance (3.14 instead of 3.14159...).
import math
import sys

tokens = sys.stdin.read().split()
t = int(tokens[0])
for r in tokens[1 : 1 + t]:
    print(f"{math.pi * float(r) ** 2:.2f}")
