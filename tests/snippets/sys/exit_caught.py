# SystemExit is an exception: it can be caught, carries .code and args, and is not an Exception
import sys
for arg in [(), (0,), (5,), ('msg',), (None,), ((1, 2),), (True,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args, isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    exit_fn = sys.exit
    exit_fn(2)
except SystemExit as e:
    print('caught', e.code)
print('still running')
sys.exit(None)
