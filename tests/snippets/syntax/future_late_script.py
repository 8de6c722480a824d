"""A late future import is a SyntaxError of the whole module."""
print("never printed")
from __future__ import annotations
