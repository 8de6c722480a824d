# Integer arithmetic in while and for loops (no function calls in the hot path).
total = 0
i = 0
while i < 2_000_000:
    total = (total + i * 7) % 1_000_003
    i += 1
acc = 1
for j in range(1, 1_500_000):
    acc = (acc * 31 + j) & 0xFFFFFFFF
    if acc % 3 == 0:
        acc ^= j
print(total, acc)
