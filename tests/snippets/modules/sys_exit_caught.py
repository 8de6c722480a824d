import sys
for arg in [0, 5, "message", None, (1, 2)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
