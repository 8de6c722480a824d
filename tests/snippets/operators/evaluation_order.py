log = []
def t(name, v=None):
    log.append(name)
    return v if v is not None else name
class Obj:
    def __getattr__(self, n):
        log.append("get " + n)
        return 1
    def __setattr__(self, n, v):
        log.append(f"set {n}={v}")
class Sub:
    def __getitem__(self, k):
        log.append(f"getitem {k}")
        return 10
    def __setitem__(self, k, v):
        log.append(f"setitem {k}={v}")
o, s = Obj(), Sub()
t("a", o).x = t("b", 5)
print(log); log.clear()
t("obj", o).y += t("rhs", 2)
print(log); log.clear()
t("s", s)[t("k", 3)] += t("v", 4)
print(log); log.clear()
d = {}
d[t("key", "k")] = t("val", "v")
print(log); log.clear()
x = [t(1, 1), t(2, 2)][t("i", 0)]
print(log); log.clear()
t("f", print)(t("arg1", "A"), t("arg2", "B"), sep=t("sep", "-"))
print(log); log.clear()
r = t("l", 1) < t("m", 2) < t("n", 0) < t("never", 5)
print(r, log); log.clear()
r = t("p", 0) or t("q", 0) or t("z", 3)
print(r, log); log.clear()
{t("k1", 1): t("v1", 1), t("k2", 2): t("v2", 2)}
print(log); log.clear()
a = b = t("chain", 7)
print(a, b, log); log.clear()
t("x1", [0])[0], t("x2", [0])[0] = t("r1", 1), t("r2", 2)
print(log); log.clear()
def kw(**k): return k
kw(**{t("d1", "a"): 1}, b=t("bv", 2))
print(log); log.clear()
t("cond", True) if t("test", False) else t("else", 1)
print(log); log.clear()
f"{t('fa', 1)}{t('fb', 2)}"
print(log); log.clear()
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 9
print(i, lst)
