import _helper_pkg
print(_helper_pkg.VERSION, _helper_pkg.__name__, _helper_pkg.__doc__)
print(_helper_pkg.shout("hi"))
import _helper_pkg.util
print(_helper_pkg.util.NAME)
from _helper_pkg import util as u
print(u is _helper_pkg.util)
