# throw() into a generator that does not handle the exception: it surfaces at the throw() call.
def worker():
    try:
        yield "ready"
    finally:
        print("worker cleanup")

w = worker()
print(next(w))
w.throw(ValueError("shutdown requested"))
