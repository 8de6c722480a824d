def gen(n):
    """gen doc"""
    yield n
g = gen(1)
print(type(g).__name__, gen.__name__, gen.__doc__)
print(g.__name__, g.__qualname__)
import inspect
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(g), inspect.isfunction(gen))
print(next(g))
