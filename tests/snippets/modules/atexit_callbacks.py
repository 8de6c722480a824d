# atexit: callbacks run newest first after the main module, with their arguments; unregister.
import atexit
def bye(name, punct="!"):
    print("bye", name + punct)
def first():
    print("registered first, runs last")
atexit.register(first)
atexit.register(bye, "world", punct="?")
print(atexit.register(bye, "again") is bye)
atexit.register(print, "to be removed")
atexit.unregister(print)

@atexit.register
def decorated():
    print("decorated")
print("main done")
