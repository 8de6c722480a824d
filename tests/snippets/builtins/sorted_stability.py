records = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1), ("f", 3)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
print(sorted(records, key=lambda r: r[1], reverse=True))
two_pass = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(two_pass)
nums = [5, -3, 2, -2, 3, 0, -5]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (abs(x), x)))
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big) == sorted(big, key=lambda x: x))
