from contextlib import ExitStack
class R:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self.n
    def __exit__(self, *a):
        print("close", self.n)
with ExitStack() as stack:
    values = [stack.enter_context(R(i)) for i in range(3)]
    stack.callback(print, "callback ran")
    print("values", values)
print("all closed")
