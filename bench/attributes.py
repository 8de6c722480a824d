# Attribute reads and writes on instances and classes.
class Point:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y


def run():
    pts = [Point(i, -i) for i in range(100)]
    checksum = 0
    for step in range(90_000):
        for p in pts[: (step % 50) + 25]:
            p.x = p.y + step
            p.y = p.x - Point.scale
            checksum += p.x ^ p.y
        checksum &= 0xFFFFFFFF
    return checksum


print(run())
