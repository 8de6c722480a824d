# sys.displayhook prints the repr of non-None values and stores them in builtins._
import sys, builtins
sys.displayhook(42)
sys.displayhook(None)
sys.displayhook('text')
print(builtins._)
sys.displayhook([1, 2])
print(builtins._)
seen = []
sys.displayhook = seen.append
exec(compile('1 + 1', '<demo>', 'single')); exec(compile('"x"', '<demo>', 'single'))
print(seen)
sys.displayhook = sys.__displayhook__
