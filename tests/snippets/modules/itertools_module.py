# The itertools module: every iterator, combinatorics, groupby sharing, tee, error messages.
import itertools as it
from itertools import *
print(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)), list(islice(count(10, -2), 4)))
print(list(islice(cycle("abc"), 7)), list(cycle([])), list(repeat("x", 3)), list(islice(repeat(1), 2)), list(repeat(0, -1)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])), list(chain()))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, "", "a"])), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 1, None, 2)), list(islice("abc", 0)), list(islice("abcdefg", 2, None)))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print(list(pairwise("abcd")), list(pairwise("a")))
print(list(product("ab", [1, 2])), list(product("ab", repeat=2)), list(product()), list(product("ab", [])))
print(list(permutations("abc", 2)), len(list(permutations(range(4)))), list(permutations("ab", 3)), list(permutations([])))
print(list(combinations("abcd", 2)), list(combinations("ab", 3)), list(combinations("abc", 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement("a", 0)))
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
groups = [(k, g) for k, g in groupby("aabb")]
print([(k, list(g)) for k, g in groups])
a, b = tee([1, 2, 3])
print(list(a), list(b), len(tee("x", 3)))
print(type(count()).__name__, type(count()).__module__, isinstance(chain(), chain))
for bad in [lambda: islice("a", -1), lambda: islice("a", 0, 1, 0), lambda: combinations("a", -1), lambda: count("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
