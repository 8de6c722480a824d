x = 5
assert (x, "message")
assert (1, 2)
assert (x)
print("ran")
compile("assert (a, b)\n", "<w>", "exec")
compile("assert (1,)\n", "<w2>", "exec")
compile("if 1:\n    assert (a, b)\n", "<w3>", "exec")
print("done")
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


saved = sys.stderr
sys.stderr = Capture()
compile("x = 1\nassert (x, 'm')\n", "<captured>", "exec")
captured = ''.join(sys.stderr.parts)
sys.stderr = saved
print(repr(captured))
raise SystemExit(1)
