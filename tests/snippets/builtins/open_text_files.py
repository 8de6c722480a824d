import os
path = f"/tmp/ferrum_snippet_open_text_{os.getpid()}.txt"
with open(path, "w") as f:
    n = f.write("first line\nsecond line\nthird line\n")
print("wrote", n)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "r") as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(path, "w", encoding="utf-8") as f:
    f.write("unicode: é € 😀\n")
with open(path, encoding="utf-8") as f:
    print(f.read().strip())
print(os.path.getsize(path))
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
