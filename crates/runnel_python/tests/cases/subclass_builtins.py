import json, re
from collections import Counter, defaultdict

class Word(str):
    def shout(self):
        return self.upper() + "!"

class Count(int):
    pass

class Ratio(float):
    pass

class Pair(tuple):
    pass

class Bag(list):
    pass

class Table(dict):
    pass

w = Word("spark")
ws = [Word("b"), Word("a"), Word("c")]
print(len(w), w.shout(), "-".join(ws), ", ".join([w, "x"]), w in "pyspark", "ar" in w)
print("%s and %r" % (w, w), "{} {!r} {:>8}".format(w, w, w), f"{w}|{w!r}|{w:^9}|")
print(int(Word("42")), float(Word("2.5")), int(Count(7)), str(Count(7)), Count(3) + Count(4), type(Count(3) + 1).__name__)
d = {w: 1}
print(d["spark"], d[w], "spark" in d, w in {"spark": 0}, {"spark": 2}[w], hash(w) == hash("spark"))
print(sorted(ws), max(ws), min(ws), sorted(ws, key=len), sorted([Count(3), 1, Count(2)]))
print(re.findall(r"[aeiou]", w), re.sub("a", "4", w), re.split("a", w), re.match("sp", w).group(0), re.compile("k$").search(w).span())
print(json.dumps(w), json.dumps({w: Count(3)}), json.dumps([Ratio(1.5), Pair((1, 2)), Bag([1]), Table(a=1)]))
print(json.dumps({w: 1}, sort_keys=True))
print(Counter([Word("a"), "a", Word("b")]), dict(Counter(ws)))
dd = defaultdict(int)
dd[Word("k")] += 1
dd["k"] += 1
print(dict(dd))
print(w.split("a"), w.replace("s", "S"), w[1:3], w * 2, w + w, type(w + w).__name__, type(w[0]).__name__)
print(str(w), repr(w), type(str(w)).__name__, w == "spark", w != "x", w < "zzz", "a" < w)
print(set([w, "spark", Word("x")]) == {"spark", "x"}, len({w, "spark"}))
print("x".join(Pair(("a", "b"))), len(Pair((1, 2, 3))), sum(Bag([1, 2])), len(Table(a=1)), sorted(Table(b=1, a=2)))
print(", ".join(sorted(set(Word(x) for x in "cab"))))
print(ord(Word("a")), chr(Count(98)), abs(Count(-3)), round(Ratio(2.567), 1), divmod(Count(7), 2), pow(Count(2), 10))
print(list(map(str.upper, ws)), str.lower(Word("ABC")), str.strip(Word(" z ")), w.count("a"), w.find("r"), w.encode())
print(isinstance(w, str), issubclass(Word, str), type(w).__name__, w.__class__.__name__)
print("%d %5.2f %x" % (Count(5), Ratio(3.14159), Count(255)), format(Count(5), "03d"), format(Ratio(0.5), ".1%"))
print(range(Count(3)), [1, 2, 3, 4][Count(1)], "abcd"[Count(2)], list(range(Count(2), Count(5))))
print(bool(Word("")), bool(Count(0)), Word("a,b").split(","), tuple(Word("ab")), list(Word("ab")))
print(max(Count(1), Count(5)), min([Ratio(2.0), Ratio(1.0)]), str(Ratio(1.0)), repr(Ratio(1.0)), int(Ratio(3.9)))
print(Word("x") is not None, hash(Count(5)) == hash(5), {Count(5): "five"}[5], {5: "f"}[Count(5)])
print(" ".join(w for w in ws), w.startswith(("sp", "x")), "SPARK".lower() == w, w.title(), w.center(9, "*"))
