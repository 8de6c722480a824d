# sys.stdout/stderr: write returns the count, flush, buffer writes bytes, attributes
import sys
n = sys.stdout.write('hello\n')
print(n, sys.stdout.write(''), sys.stdout.write('日本\n'))
sys.stdout.flush()
sys.stdout.buffer.write(b'raw bytes\n')
sys.stdout.buffer.flush()
print(sys.stdout.encoding.lower().replace('-', ''), sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.__stdout__ is not None, sys.__stderr__ is not None, sys.__stdin__ is not None)
print(sys.stdout.buffer.writable(), sys.stdin.buffer.readable())
print(sys.stdin.read(), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    sys.stdout.write(b'bytes')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.buffer.write('str')
except TypeError as e:
    print(type(e).__name__, e)
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def getvalue(self):
        return ''.join(self.parts)
old = sys.stdout
sys.stdout = Capture()
print('captured')
cap = sys.stdout.getvalue()
sys.stdout = old
print(repr(cap))
