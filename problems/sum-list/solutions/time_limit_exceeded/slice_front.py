# Time limit exceeded: `tokens[1:]` copies the rest of the list every time, so reading
# n numbers this way costs about n^2 / 2 copies (2e10 when n = 2e5).
import sys

tokens = sys.stdin.read().split()
tokens = tokens[1:]  # skip n
total = 0
while tokens:
    head, tokens = tokens[0], tokens[1:]
    total += int(head)
print(total)
