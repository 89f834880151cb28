import itertools
from itertools import chain, islice, count, cycle, repeat, groupby, combinations, permutations, product
from itertools import accumulate, zip_longest, starmap, takewhile, dropwhile, tee, compress, filterfalse
from functools import reduce, partial, lru_cache, cache, wraps
import functools
import operator

print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 1, 8, 3)))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(islice(repeat(0), 2)))
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0])])
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations([1, 2], 3)))
print(list(permutations("abc")), list(permutations(range(3), 2)))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), list(product()))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)))
print(list(zip_longest("abc", [1])), list(zip_longest([1, 2], [3], fillvalue=0)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(itertools.pairwise("abcd")))
evens = (x for x in count() if x % 2 == 0)
print(next(evens), next(evens), list(islice(evens, 3)))
seen = []
def noisy(x):
    seen.append(x)
    return x
it = map(noisy, count())
print(list(islice(it, 3)), seen)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(4), cube(2), list(map(square, [1, 2, 3])), partial(power, 2)(10), square(3, exp=4))
calls = []
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = lru_cache(maxsize=None)(fib)
print(fib(30), len(calls), fib.cache_info())
def sq(x):
    return x * x
sq = lru_cache(sq)
print(sq(3), sq(3), sq(4), sq.cache_info())
def ident(x):
    calls.append(("i", x))
    return x
ident = lru_cache(maxsize=2)(ident)
for v in [1, 2, 1, 3, 1, 2]:
    ident(v)
print(ident.cache_info(), calls[-3:])
ident.cache_clear()
print(ident.cache_info())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact = cache(fact)
print(fact(20))
def deco(f):
    def inner(*args):
        return f(*args) + 1
    return wraps(f)(inner)
def one():
    return 1
one = deco(one)
print(one())
from functools import cmp_to_key
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a < b else (1 if a > b else 0)
print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max([3, 9, 4], key=cmp_to_key(lambda a, b: a - b)))
