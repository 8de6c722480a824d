def read_numbers(text):
    for tok in text.split():
        yield int(tok)
def evens(nums):
    for n in nums:
        if n % 2 == 0:
            yield n
def scaled(nums, k):
    for n in nums:
        yield n * k
text = "1 2 3 4 5 6 7 8 9 10"
print(list(scaled(evens(read_numbers(text)), 10)))
print(sum(scaled(evens(read_numbers(text)), 1)))
