import os
path = f"/tmp/ferrum_snippet_open_binary_{os.getpid()}.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data))
with open(path, "rb") as f:
    content = f.read()
print(len(content), content[:5], content[-3:], content == data)
with open(path, "rb") as f:
    print(f.read(4), f.read(2), f.tell())
    f.seek(250)
    print(f.read())
with open(path, "wb") as f:
    f.write(b"line1\nline2\n")
with open(path, "rb") as f:
    print(f.readlines())
with open(path, "r") as f:
    print(f.read().split())
os.remove(path)
print(os.path.exists(path))
