"""A helper package."""
VERSION = "1.2.3"
print("initializing package", __name__)
from .util import shout
