class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
    def __reversed__(self):
        return iter(self.items[::-1])
b = Bag()
b += "apple"
b += "pear"
print(len(b), "pear" in b, "kiwi" in b, list(reversed(b)))
class Broken:
    def __len__(self):
        return -1
try:
    len(Broken())
except ValueError as e:
    print("ValueError:", e)
