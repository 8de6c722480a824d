import os
path = f"/tmp/ferrum_snippet_with_file_{os.getpid()}.txt"
with open(path, "w") as f:
    f.write("hello\n")
    f.write("world\n")
    print("closed inside?", f.closed)
print("closed after?", f.closed)
with open(path) as f:
    print(f.read().splitlines())
try:
    with open(path) as f:
        raise RuntimeError("while reading")
except RuntimeError:
    print("closed after error?", f.closed)
os.remove(path)
print(os.path.exists(path))
