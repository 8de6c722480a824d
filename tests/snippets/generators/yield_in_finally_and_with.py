# Yield inside try/finally and with blocks: cleanup order when generators are closed or exhausted.
class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return False

def reader():
    with Resource("file"):
        yield "line1"
        yield "line2"
    print("after with")

print(list(reader()))
r = reader()
print(next(r))
r.close()
print("---")
def nested():
    try:
        with Resource("outer"):
            try:
                yield 1
            finally:
                print("inner finally")
                yield "yield in finally"
    finally:
        print("outer finally")

n = nested()
print(next(n))
print(next(n))
print(next(n, "done"))
n2 = nested()
next(n2)
try:
    n2.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("---")
def swallow():
    try:
        yield 1
    finally:
        return "returned from finally"
s = swallow()
next(s)
try:
    s.throw(KeyError("lost"))
except StopIteration as e:
    print("StopIteration:", e.value)
