# "takes no keyword arguments" names the type for methods, not for functions
tests = ["'a'.center(width=3)", "[].append(x=1)", "{}.get(k=1)", "(1).bit_length(x=1)", "'a'.join(x=1)", "b''.hex(x=1)", "[].index(x=1)", "set().add(x=1)", "(1,).count(x=1)", "'a'.startswith(x=1)", "'a'.count(x=1)", "'a'.encode(x=1)", "len(obj=1)", "abs(x=1)", "'a'.ljust(width=1)", "'a'.replace(old=1)", "[].insert(i=1)", "{}.pop(k=1)", "{}.setdefault(k=1)", "(1.5).hex(x=1)", "divmod(a=1)", "b''.center(x=1)", "bytearray().append(x=1)", "'a'.zfill(width=1)", "'a'.find(sub='a')", "'a'.partition(sep='a')", "'a'.strip(chars='a')", "'a'.__format__(format_spec='')", "[].__getitem__(i=0)", "isinstance(obj=1)", "getattr(o=1)", "iter(o=1)", "next(it=1)", "repr(obj=1)", "object.__new__(object, x=1)", "type.__call__(int, x=1)"]
for t in tests:
    try:
        eval(t)
    except TypeError as e:
        print(t, '->', e)
# Bound method objects: METH_VARARGS methods use the bare name, others the type of self.
for call in [lambda: 'ab'.count(zz=1), lambda: str.count('ab', zz=1), lambda: True.bit_length(1),
             lambda: getattr('ab', 'count')(zz=1), lambda: getattr(True, 'bit_length')(zz=1),
             lambda: [].sort(1, foo=2), lambda: (5).to_bytes(1, 'big', False), lambda: 'a'.split(1, 2, sep=3),
             lambda: 'a'.split(1, 2, 3), lambda: [].sort(key=None, reverse=False, x=1), lambda: (5).to_bytes(x=1, y=2, z=3, w=4)]:
    try:
        call()
    except TypeError as e:
        print(e)
