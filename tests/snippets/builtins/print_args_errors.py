# print(): sep/end/file/flush arguments, None defaults and error messages
import sys
print('a', 'b', sep='')
print('a', 'b', sep=None, end=None)
print('x', end='|'); print('y', end='\n')
print(1, 2, 3, sep=' -- ', end=' END\n')
class Buf:
    def __init__(self):
        self.text = ''
        self.flushed = 0
    def write(self, s):
        self.text += s
    def flush(self):
        self.flushed += 1
buf = Buf()
print('to buffer', 42, file=buf, flush=True)
print(repr(buf.text), buf.flushed)
print(file=None)
print()
print(*[1, 2, 3], sep=',')
print(*'abc')
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('p', 'q', file=w, sep='+')
print(w.parts)
for kw in [dict(sep=1), dict(end=2), dict(file=5), dict(flush=1, file=W()), dict(bogus=1)]:
    try:
        print('z', **kw)
        print('ok')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
