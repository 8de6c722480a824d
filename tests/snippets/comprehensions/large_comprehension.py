squares = [i * i for i in range(10000)]
print(len(squares), squares[-1], sum(squares))
d = {i: str(i) for i in range(5000)}
print(len(d), d[4999])
s = {i % 977 for i in range(100000)}
print(len(s))
g = sum(i for i in range(100000) if i & 1)
print(g)
