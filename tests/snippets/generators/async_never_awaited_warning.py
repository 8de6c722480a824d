# "coroutine ... was never awaited" RuntimeWarning on stderr; the program ends with an
# uncaught error so that stderr is compared.


async def job(n):
    return n


def forget():
    job(1)
    print("forgot job in forget()")


forget()
for i in range(3):
    job(i)  # warned once for this line
print("loop done")
c = job(5)
del c
print("after del")
d = job(6)
d.close()  # closed coroutines do not warn
print("closed one")
e = job(7)
try:
    e.send(None)
except StopIteration as s:
    print("awaited one", s.value)
del e
print("end")
raise SystemExit("exit with stderr")
