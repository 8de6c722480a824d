from . import LEVEL
from .. import VERSION
def where():
    return f"{__name__} level={LEVEL} version={VERSION}"
