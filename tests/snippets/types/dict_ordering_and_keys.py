d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d, list(d))
d["z"] = 10
print(d)
del d["a"]
d["a"] = 4
print(d)
keys = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool-overwrites-1", frozenset([1]): "fs"}
print(keys)
print({1: "a", 1.0: "b"}, {0: "x", False: "y"}, {"1": 1, 1: 2})
print(d == {"m": 3, "a": 4, "z": 10}, list(d.items()) == list({"m": 3, "a": 4, "z": 10}.items()))
