import heapq
import bisect
import string
import operator
from operator import itemgetter, attrgetter, methodcaller

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))
tasks = []
for pri, name in [(3, "write"), (1, "read"), (2, "think"), (1, "eat")]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a, bisect.bisect_left(a, 4, 0, 3), bisect.bisect_right([("a", 1), ("b", 2)], 2, key=itemgetter(1)))
grades = [60, 70, 80, 90]
print(["FDCBA"[bisect.bisect(grades, s)] for s in [33, 99, 77, 70, 89, 90, 100]])

print(string.capwords("hello   world  of python"), string.capwords("a-b-c", "-"), string.ascii_lowercase[:5], string.digits)
t = string.Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="Tim", what="apple"), t.substitute({"who": "Ann", "what": "pear"}), t.template)
print(string.Template("$a and $b").safe_substitute(a=1), string.Template("x $ y").safe_substitute())
for bad in [lambda: string.Template("$a").substitute(), lambda: string.Template("x $ y").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)

print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.lshift(1, 4), operator.rshift(256, 2), operator.neg(5), operator.pos(-5), operator.invert(5), operator.not_(0), operator.truth([]))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.is_(None, None), operator.is_not(1, None), operator.concat([1], [2]), operator.getitem({"k": 9}, "k"), operator.index(7))
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iadd(1, 2))
d = {}
operator.setitem(d, "x", 1)
operator.setitem(d, "y", 2)
operator.delitem(d, "x")
print(d)
rows = [("bob", 30, "b"), ("ann", 25, "a"), ("cid", 35, "c")]
print(sorted(rows, key=itemgetter(1)), list(map(itemgetter(0, 2), rows)), itemgetter(1)("hello"))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("x,y,z"), methodcaller("replace", "a", "o")("banana"))
print(attrgetter("real")(3.5), attrgetter("real", "real")(2.0))
