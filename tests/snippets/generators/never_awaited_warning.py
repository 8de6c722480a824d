# "coroutine ... was never awaited" RuntimeWarning appears when an unstarted coroutine dies.
async def job(n):
    return n

print("creating and dropping")
job(1)
print("after drop")
c = job(2)
c.close()
print("closed explicitly: no warning")
started = job(3)
try:
    started.send(None)
except StopIteration as e:
    print("ran to", e.value)
del started
print("end")
