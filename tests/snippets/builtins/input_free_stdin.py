import sys
print(sys.stdin is not None)
data = sys.stdin.read()
print(repr(data))
print(sys.stdout.isatty() if False else "tty check skipped")
