# os on the native posix module: paths, stat, listdir, mkdir/rmdir/remove/rename, raw fds, environ.
import os, os.path
print(os.name, os.sep, os.path.join("a", "b", "c.txt"), os.path.basename("/x/y.py"), os.path.splitext("f.tar.gz"))
d = "ferrum_os_test_dir"
if os.path.exists(d):
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    os.rmdir(d)
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "w") as fh:
    fh.write("hello")
st = os.stat(p)
print(st.st_size, os.path.getsize(p), os.path.isfile(p), os.path.isdir(d), os.path.exists(p + "x"))
print(sorted(os.listdir(d)), len(st), st[6], isinstance(os.getcwd(), str))
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 3))
os.close(fd)
os.rename(p, p + ".bak")
print(os.listdir(d))
try:
    os.stat(p)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
os.remove(p + ".bak")
os.rmdir(d)
print(os.path.exists(d), os.fspath(d), os.environ.get("FERRUM_SURELY_UNSET"), "PATH" in os.environ)
os.environ["FERRUM_X"] = "1"
print(os.environ["FERRUM_X"], os.getenv("FERRUM_X"), len(os.urandom(8)), os.strerror(2))
print(os.path.abspath(".") == os.getcwd(), os.path.normpath("a//b/../c"), os.path.dirname("/a/b/c"))
