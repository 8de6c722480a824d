import inspect
def g():
    yield 1
    yield 2
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
list(gen)
print(inspect.getgeneratorstate(gen))
gen2 = g()
gen2.close()
print(inspect.getgeneratorstate(gen2))
print(gen.gi_running, gen.gi_frame)
