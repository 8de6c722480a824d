class Base: pass
class Left(Base): pass
print("defining Bad")
class Bad(Base, Left):
    pass
print("unreachable")
