def countdown(n):
    print_every(n)
    return countdown(n - 1)
def print_every(n):
    if n % 250 == 0:
        print("at", n)
countdown(1000)
