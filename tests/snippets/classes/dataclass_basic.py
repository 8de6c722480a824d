from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
q = Point(1, 0)
print(p, p == q, p.tags is not q.tags)
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]))
try:
    Version(1, 0).major = 2
except Exception as e:
    print(type(e).__name__)
