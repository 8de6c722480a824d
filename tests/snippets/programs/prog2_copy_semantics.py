import copy

class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None
        for c in self.children:
            c.parent = self

    def __repr__(self):
        return f"Node({self.name}, {len(self.children)} children)"

    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)

class Document:
    created = 0

    def __init__(self, title, tags, meta):
        Document.created += 1
        self.title = title
        self.tags = tags
        self.meta = meta
        self.version = 1

    def __copy__(self):
        new = Document.__new__(Document)
        new.__dict__.update(self.__dict__)
        new.version = self.version + 1
        return new

    def __deepcopy__(self, memo):
        new = Document.__new__(Document)
        memo[id(self)] = new
        new.title = self.title + " (copy)"
        new.tags = copy.deepcopy(self.tags, memo)
        new.meta = copy.deepcopy(self.meta, memo)
        new.version = 1
        return new

tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
clone = copy.deepcopy(tree)
clone.children[0].name = "A"
clone.children[0].children.append(Node("a3"))
print([f"{'  ' * d}{n.name}" for d, n in tree.walk()])
print([f"{'  ' * d}{n.name}" for d, n in clone.walk()])
print(clone.children[0].parent is clone, clone.children[0].parent is tree)
shallow = copy.copy(tree)
print(shallow.children is tree.children, shallow is not tree)

nested = {"a": [1, 2, {"x": [3]}], "b": (4, [5])}
nested["self"] = nested
deep = copy.deepcopy(nested)
deep["a"][2]["x"].append(99)
deep["b"][1].append(6)
print(nested["a"], nested["b"], deep["a"], deep["b"])
print(deep["self"] is deep, nested["self"] is nested, deep is not nested)

shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy([1, 2]) == [1, 2], copy.copy("s") == "s")

doc = Document("Report", ["draft"], {"author": "ann", "refs": [1, 2]})
c1 = copy.copy(doc)
c2 = copy.deepcopy(doc)
c1.tags.append("shared")
c2.meta["refs"].append(3)
print(doc.title, doc.version, doc.tags, doc.meta)
print(c1.title, c1.version, c1.tags is doc.tags)
print(c2.title, c2.version, c2.tags, c2.meta, Document.created)

grid = [[0] * 3] * 3
grid[0][0] = 1
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(grid, good)
a = [1, [2, 3]]
b = a[:]
c = list(a)
b[1].append(4)
print(a, c, a == b, a[1] is c[1])
