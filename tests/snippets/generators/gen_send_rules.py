# send(): priming, values flowing in, and the errors CPython raises.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(g.send(None), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    g.send(1)
except StopIteration as e:
    print("again:", e.value, e.args)
print(next(echo()), next(iter(echo())))
def adder():
    total = 0
    while True:
        total += yield total
a = adder()
next(a)
print([a.send(i) for i in range(5)])
try:
    a.send("str")
except TypeError as e:
    print("TypeError:", e)
try:
    a.send(1)
except StopIteration:
    print("generator finished after its error")
