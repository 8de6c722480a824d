"""Module docstring before the future import."""
from __future__ import annotations
from __future__ import generator_stop, division

count: int = 3
name: "str"
ratio: float | None
pair: tuple[int, str] = (1, 'a')
print(__annotations__)
print(__doc__)
print(count, pair)
try:
    name
except NameError as e:
    print('NameError', e)
