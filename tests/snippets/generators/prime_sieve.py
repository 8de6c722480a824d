def integers(start):
    while True:
        yield start
        start += 1
def sieve(nums):
    p = next(nums)
    yield p
    yield from sieve(n for n in nums if n % p)
primes = sieve(integers(2))
print([next(primes) for _ in range(25)])
