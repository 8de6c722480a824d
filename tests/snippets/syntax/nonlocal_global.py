tests = [
    "def f():\n    global x\n    nonlocal x",
    "def f():\n    def g():\n        nonlocal x\n        global x\n    x = 1",
    "def f():\n    global x\n    y = 1\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n\n\n        global x",
    "def f(x):\n    global x",
    "def f():\n    x = 1\n    def g(x):\n        nonlocal x",
]
for src in tests:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno)
