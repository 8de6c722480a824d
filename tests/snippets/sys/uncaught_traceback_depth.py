# an uncaught exception several frames deep prints the whole chain with exit status 1
import sys
def level3(x):
    return {'a': 1}[x]
def level2(x):
    return level3(x) + 1
def level1():
    try:
        level2('missing')
    except KeyError as e:
        raise RuntimeError('wrapped') from e
print('start', file=sys.stderr)
level1()
