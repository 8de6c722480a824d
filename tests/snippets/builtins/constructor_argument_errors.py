# Builtin type constructors with bad arguments: CPython's exception types and messages
tests = ["int('12', 16)", "int('z', 36)", "int(x=1)", "int('1', base=2, x=3)", "int(1, 2)", "int('1', 2, 3)", "float(1, 2)", "float(x=1)",
 "str(1, 2)", "str(b'a', 'ascii', 'strict', 4)", "str(object=1)", "str(b'a', encoding='ascii')", "str(x=1)", "bytes(1, 2)", "bytes('a')",
 "bytes(x=1)", "bytes('a', 'ascii', 'strict', 1)", "bytearray(1, 2)", "list(1, 2)", "list(x=1)", "tuple(x=1)", "tuple(1, 2)", "dict(1, 2)",
 "dict([1])", "dict([(1, 2, 3)])", "set(1, 2)", "set(x=1)", "frozenset(x=1)", "range()", "range(1, 2, 3, 4)", "range(x=1)", "range(0, 1, 0)",
 "slice()", "slice(1, 2, 3, 4)", "slice(x=1)", "complex(1, 2, 3)", "complex('1', 2)", "complex(x=1)", "bool(1, 2)", "bool(x=1)",
 "object(1)", "object(x=1)", "type(1, 2)", "type('a', 1, {})", "type('a', (), 1)", "memoryview()", "enumerate()", "zip(x=1)",
 "map()", "map(len)", "filter()", "filter(None)", "property(1, 2, 3, 4, 5)", "super(1, 2, 3)", "iter()", "iter(1, 2, 3)", "reversed([], [])",
 "int('')", "int(' ')", "int('1_')", "float('')", "float('1e')", "complex('1+')", "int(1.5, 2)", "int('5', 1)", "int('5', 37)",
 "str(1, encoding='x')", "bytes(-1)", "bytearray(-1)", "bytes([256])", "bytes(1.5)", "chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')"]
for t in tests:
    try:
        r = eval(t)
        print(t, '=', repr(r))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
