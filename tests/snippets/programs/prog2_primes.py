from math import isqrt, prod, gcd
from collections import Counter
from itertools import count, islice, takewhile

def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(is_p) if f]

def primes():
    composites = {}
    for q in count(2):
        if q not in composites:
            yield q
            composites[q * q] = [q]
        else:
            for p in composites[q]:
                composites.setdefault(p + q, []).append(p)
            del composites[q]

def factorize(n):
    f = Counter()
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] += 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        f[n] += 1
    return f

def fmt_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))

def divisors(n):
    divs = [1]
    for p, e in factorize(n).items():
        divs = [d * p ** k for d in divs for k in range(e + 1)]
    return sorted(divs)

def totient(n):
    return prod(p ** (e - 1) * (p - 1) for p, e in factorize(n).items())

ps = sieve(100)
print(len(ps), ps)
print(list(islice(primes(), 25)) == ps, len(sieve(10000)), sieve(10000)[-3:])
for n in [360, 97, 1001, 2**10, 600851475143, 9999991, 1]:
    f = factorize(n)
    print(f"{n:>13} = {fmt_factors(f) or '1':<22} divisors={len(divisors(n)):>3} phi={totient(n)}")
print(divisors(360))
perfect = [n for n in range(2, 10000) if sum(divisors(n)) - n == n]
print("perfect:", perfect)
twins = [(p, q) for p, q in zip(ps, ps[1:]) if q - p == 2]
print("twins:", twins)
gold = {n: next((p, n - p) for p in ps if n - p in set(ps)) for n in range(4, 40, 6)}
print("goldbach:", gold)
print("coprime to 12 under 30:", [k for k in range(1, 30) if gcd(k, 12) == 1])
gaps = Counter(q - p for p, q in zip(sieve(1000), sieve(1000)[1:]))
print(sorted(gaps.items()))
print(list(takewhile(lambda p: p < 60, primes()))[-3:], sum(sieve(2000000 // 100)))
