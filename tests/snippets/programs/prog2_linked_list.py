class _Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None

class LinkedList:
    def __init__(self, iterable=()):
        self.head = self.tail = None
        self._n = 0
        for v in iterable:
            self.append(v)

    def append(self, v):
        node = _Node(v)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next = self.tail, node
            self.tail = node
        self._n += 1

    def appendleft(self, v):
        node = _Node(v)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next, self.head.prev = self.head, node
            self.head = node
        self._n += 1

    def _node_at(self, i):
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError("linked list index out of range")
        if i < self._n // 2:
            node = self.head
            for _ in range(i):
                node = node.next
        else:
            node = self.tail
            for _ in range(self._n - 1 - i):
                node = node.prev
        return node

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(self[j] for j in range(*i.indices(self._n)))
        return self._node_at(i).value

    def __setitem__(self, i, v):
        self._node_at(i).value = v

    def __delitem__(self, i):
        node = self._node_at(i)
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self._n -= 1

    def __len__(self):
        return self._n

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __iadd__(self, other):
        for v in other:
            self.append(v)
        return self

    def __repr__(self):
        return "LinkedList([" + " <-> ".join(map(repr, self)) + "])"

    def reverse(self):
        node = self.head
        while node:
            node.prev, node.next = node.next, node.prev
            node = node.prev
        self.head, self.tail = self.tail, self.head

ll = LinkedList("abcde")
print(ll, len(ll))
ll.appendleft("z")
ll.append("f")
print(ll[0], ll[-1], ll[3], ll[1:6:2], ll[::-1])
ll[2] = "B"
del ll[0]
del ll[-1]
del ll[2]
print(ll, list(reversed(ll)))
ll.reverse()
print(ll, ll.head.value, ll.tail.value)
ll += range(3)
print(ll + ["x"], ll == LinkedList(ll), "B" in ll, "q" in ll)
print(sorted(ll, key=str), [v for v in ll if isinstance(v, int)], ", ".join(map(str, ll)))
a, b, *rest = ll
print(a, b, rest)
for idx in (7, -8, 100):
    try:
        ll[idx]
    except IndexError as e:
        print(idx, "IndexError:", e)
empty = LinkedList()
print(empty, len(empty), list(reversed(empty)), bool(empty))
