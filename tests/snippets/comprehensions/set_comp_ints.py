print({i * 7 % 10 for i in range(20)})
s = {n for n in range(1, 50) if n % 7 == 0 or n % 11 == 0}
print(s, len(s))
print({n // 10 for n in s})
evens = {x for x in range(10) if x % 2 == 0}
print(evens & {x for x in range(5)}, evens - {0, 2})
