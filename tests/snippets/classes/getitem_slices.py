class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::2], r[1:2, 3], r[...], r["k"], r[:, None])
s = r[1:10:3]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(5))
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
q = Seq(list(range(10)))
print(q[2], q[-1], q[2:5], q[::-3], list(q)[:3])
for x in Seq("ab"):
    print(x)
