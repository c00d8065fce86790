# Circle area: Python's repr of a float keeps every significant digit.
import math
import sys

tokens = sys.stdin.read().split()
t = int(tokens[0])
print("\n".join(str(math.pi * float(r) ** 2) for r in tokens[1 : 1 + t]))
