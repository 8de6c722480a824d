from .. import util
from ..util import NAME as UTIL_NAME
LEVEL = "sub"
