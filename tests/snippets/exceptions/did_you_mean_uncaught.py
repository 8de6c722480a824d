class Point:
    def __init__(self):
        self.horizontal = 1
        self.vertical = 2
def show(p):
    return p.horizontl
print("start")
show(Point())
