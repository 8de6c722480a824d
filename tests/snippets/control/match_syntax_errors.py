cases = [
    "match x:\n    case a:\n        pass\n    case b:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass",
    "match x:\n    case a | b:\n        pass",
    "match x:\n    case 1 | a:\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case {**rest, 'a': 1}:\n        pass",
    "match x:\n    case f():\n        pass",
    "match x:\n    case Point(x=1, x=2):\n        pass",
    "match x:\n    case _ as y:\n        pass\n    case 1:\n        pass",
    "match x:\n    case -a:\n        pass",
]
for src in cases:
    try:
        compile(src, "<m>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno)
match = 5
case = 6
print(match + case)
def match(x): return x * 2
print(match(4))
