import math, re, json, statistics, heapq, bisect, itertools, functools, operator, collections
class Word(str): pass
class Count(int): pass
class Ratio(float): pass
class Pair(tuple): pass
class Bag(list): pass
class Table(dict): pass
w = Word("a,b")
sep = Word(",")
print("x,y".split(sep), "a-b".replace(Word("-"), Word("+")), "abc".startswith(Word("a")), "abc".find(Word("c")), "abc".index(Word("b")))
print("abc".count(Word("b")), "a,b".partition(sep), "aXb".strip(Word("a")), "{0}-{1}".format(Word("p"), Count(2)), Word("{}!").format(1))
print(int(Word("ff"), 16), int(Word(" 7 ")), float(Count(3)), complex if False else 0, str(Count(9)), bool(Bag()), len(Table(a=1, b=2)))
print(math.sqrt(Count(16)), math.floor(Ratio(2.5)), math.gcd(Count(12), 8), math.isclose(Ratio(0.1), 0.1), round(Count(5)), round(Ratio(2.5)))
print(statistics.mean([Count(1), Count(2)]), statistics.median([Ratio(1.0), Ratio(3.0)]), heapq.nlargest(2, [Count(3), 1, Count(5)]))
print(bisect.bisect([1, 2, 3], Count(2)), list(itertools.repeat(Word("z"), Count(2))), functools.reduce(operator.add, [Count(1), Count(2)]))
print("%(name)s is %(age)d" % Table(name=Word("Ann"), age=Count(30)), "%s-%s" % Pair(("a", "b")))
print(collections.Counter(Word("hello")).most_common(1), collections.OrderedDict(Table(x=1)), sorted(Bag([3, 1, 2])))
print([1, 2, 3].index(Count(2)), Word("abc") in ["abc"], {"abc": 1}.get(Word("abc")), {Word("abc")} & {"abc"}, Bag([1]) == [1], Pair((1,)) == (1,))
print(re.compile(Word("a+")).findall("caaat"), re.escape(Word("a.b")), re.fullmatch(Word(r"\d+"), Word("123")) is not None, re.sub(Word("a"), Word("b"), "aa"))
print(json.loads(Word('{"k": [1, 2]}')), json.dumps(Word("é"), ensure_ascii=False), json.dumps(Table(k=Bag([Pair((1,))]))))
print(list(zip(Word("ab"), Pair((1, 2)))), dict(Pair((("a", 1),))), max(Table(a=1, b=2)), list(reversed(Bag([1, 2]))), list(enumerate(Word("ab"), Count(1))))
print(Word("a") + "b", "b" + Word("a"), Word("ab") * Count(2), Count(2) * Word("ab"), [0] * Count(2), Pair((1,)) + (2,), Bag([1]) + [2])
print(hash(Pair((1, 2))) == hash((1, 2)), hash(Ratio(1.5)) == hash(1.5), Count(2) ** 3, Count(7) // 2, Count(7) % 3, -Count(1), ~Count(0))
print(str.join(sep, ["a", "b"]), sep.join(Bag(["x", "y"])), Word("  x ").strip(), Word("a b").split(), type(Word("a b").split()[0]).__name__)
print("{:>5}|{:<4}|{:^6.1f}".format(Word("r"), Count(3), Ratio(2.25)), f"{Count(255):x} {Ratio(0.125):.2e} {Word('q')!s:*>3}")
print(sorted([Word("b"), "a", Word("c")], reverse=True), sorted({Word("k"): 1, "j": 2}.items()), min(Pair((3, 1))), sum(Pair((1, 2)), Count(10)))
