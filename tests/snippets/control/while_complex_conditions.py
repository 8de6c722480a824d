a, b = 0, 1
fibs = []
while b < 100 and len(fibs) < 20:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack and isinstance(stack[-1], list):
    stack = stack[-1]
    depth += 1
print(depth, stack)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
