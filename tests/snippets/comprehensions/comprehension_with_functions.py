def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(50) if is_prime(n)])
print(sum(1 for n in range(1000) if is_prime(n)))
words = ["Alpha", "beta", "Gamma", "delta"]
print(sorted([w.lower() for w in words], key=len))
print([f"{i}:{w}" for i, w in enumerate(words) if w[0].isupper()])
print(max(words, key=lambda w: w.lower()))
