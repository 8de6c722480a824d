def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print("Hello from Ferrum!")
print("fib(50) =", fib(50))
print("squares:", [i * i for i in range(10)])
