import errno
for args in [(), ("msg",), (2, "No such file"), (2, "No such file", "f.txt"), (13, "denied", "a", None, "b"), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e))
e = OSError(errno.ENOENT, "gone", "x.txt")
print(type(e).__name__, isinstance(e, FileNotFoundError))
for code in [errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EAGAIN, errno.ECHILD, errno.ESRCH, errno.EINTR, errno.ECONNREFUSED, errno.ECONNRESET, errno.EPIPE, errno.ETIMEDOUT, 9999]:
    print(code, type(OSError(code, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError)
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, e.strerror, e.filename)
    print(str(e))
e = FileNotFoundError("only message")
print(e.errno, e.strerror, str(e))
e = PermissionError(1, "Operation not permitted", "p", 7, "q")
print(str(e), e.filename2)
class MyOSError(OSError):
    pass
print(type(MyOSError(2, "x")).__name__)
e = OSError(2, "x")
e.errno = 5
e.strerror = "changed"
print(e.errno, e.strerror, str(e))
