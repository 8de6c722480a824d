from __future__ import annotations


class Node:
    value: int
    next: Node | None = None
    children: list[Node]
    __private: Secret
    mapping: dict[str, list[tuple[int, float]]] = {}

    def link(self, other: Node) -> Node:
        self.next = other
        return self

    def method(self, x: __Mangled) -> __Other:
        pass


print(Node.__annotations__)
print(Node.link.__annotations__)
print(Node.method.__annotations__)
print(Node.next, Node.mapping)


class Empty:
    pass


print('__annotations__' in Empty.__dict__)


class WithAttrTargets:
    obj = type('O', (), {})()
    obj.attr: int = 5
    items = [0]
    items[0]: str = 'x'


print(WithAttrTargets.__annotations__, WithAttrTargets.obj.attr, WithAttrTargets.items)
