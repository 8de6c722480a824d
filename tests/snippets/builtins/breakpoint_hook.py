# breakpoint() calls sys.breakpointhook with its arguments; replacing and restoring the hook
import sys
calls = []
def hook(*args, **kwargs):
    calls.append((args, sorted(kwargs.items())))
    return 'hook-result'
sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, 2, k=3), calls)
sys.breakpointhook = sys.__breakpointhook__
print(sys.breakpointhook is sys.__breakpointhook__, callable(sys.__breakpointhook__))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
sys.breakpointhook = lambda: 'no-args'
try:
    breakpoint(1)
except TypeError as e:
    print(type(e).__name__, str(e).split('(')[0] if False else 'TypeError-raised')
sys.breakpointhook = 42
try:
    breakpoint()
except TypeError as e:
    print(type(e).__name__, e)
