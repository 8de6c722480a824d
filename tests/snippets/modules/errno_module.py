# errno: the Linux error numbers and errorcode.
import errno, os
print(errno.ENOENT, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11], errno.errorcode[95], errno.errorcode[35])
print(len(errno.errorcode), len([n for n in dir(errno) if n.startswith("E")]), sorted(errno.errorcode)[:5])
try:
    os.stat("/definitely/missing")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
