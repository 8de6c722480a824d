class Node:
    pass
root = Node()
root.child = Node()
root.child.child = Node()
root.child.child.value = "deep"
print(root.child.child.value)
root.a = root.b = 3
print(root.a, root.b)
root.items = [0, 0, 0]
root.items[1] = root.child.child.value
print(root.items)
