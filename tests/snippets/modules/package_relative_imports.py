from _helper_pkg.sub import LEVEL, UTIL_NAME, util
print(LEVEL, UTIL_NAME, util.shout("rel"))
from _helper_pkg.sub.deep import where
print(where())
import _helper_pkg.sub.deep as deep
print(deep.__name__, deep.where is where)
import _helper_pkg
print(hasattr(_helper_pkg, "sub"), hasattr(_helper_pkg.sub, "deep"))
