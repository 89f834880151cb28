import math
print(max("apple", "pear", key=len), min([3, 1, 2], key=lambda v: -v), sorted(["b", "A", "c"], key=str.lower))
print(list(map(str, [1, 2])), list(map(int, ["3", "4"])), list(map(len, ["ab", "c"])), "".join(map(str.upper, "ab")))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), max({"x": 1, "y": 5}.items(), key=lambda kv: kv[1]))
d = {"x": 3, "y": 1}
print(max(d, key=d.get), sorted(d, key=d.get, reverse=True), dict(sorted(d.items())))
words = ["a", "bb", "a", "ccc", "bb", "a"]
freq = {}
for w in words:
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq, sorted(freq, key=lambda k: (-freq[k], k)))
print(list(zip(*[(1, "a"), (2, "b")])), [list(t) for t in zip([1, 2], [3, 4])])
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), 17 // -5, 17 % -5, -17 // 5.0)
print(abs(-0.0), -0.0 == 0.0, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3) if hasattr(math, "isclose") else True)
print(True + True, True * 3, False - 1, 3 / True, bool(None), bool(0.0), bool("False"))
print(1 if [] else 0, [] or "empty", {} and 1, None or 0 or "" or "last")
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0], [(x, y) for x in "ab" for y in (1, 2) if y > 1])
print(list(enumerate(["x", "y"])), dict(enumerate("ab")), list(reversed(range(3))), list(range(0)))
print("a b  c".split(" "), "a b  c".split(), "  lead".split(), "x,y".split(",", 0), "a-b-c".rsplit("-", 1))
print(" x ".strip() == "x", "xxhixx".strip("x"), "..a..".lstrip("."), "ab".rstrip("b"), "Title Case".istitle() if hasattr("", "istitle") else "")
s = "Spark Streaming"
print(s.lower().count("s"), s.find("Stream"), s[6:], s[:5].upper(), s.replace(" ", "_"), s.split()[1][::-1])
print(len([]), len(()), len({}), len(set()), len(range(10)), len(range(0, 10, 3)), len("abc"))
nums = [5, 3, 8, 1]
nums2 = sorted(nums)
print(nums, nums2, nums.index(8), 8 in nums, nums[-1], nums[1:-1])
print(list(range(10, 0, -3)), range(10)[2], range(2, 20, 4)[1:3], list(range(-5, 5, 2)), 7 in range(0, 10, 7))
print(type(3.0).__name__, type(None).__name__, type(print).__name__ if False else "x", isinstance([], list))
print(hash(1) == hash(1.0), hash("x") == hash("x"), hash((1, 2)) == hash((1, 2)), hash(True))
print(str([1, "a", (2, None)]), repr({"k": [1.5, "v"]}), str({1, 2}), str((1,)), str(()))
print(chr(65) + chr(0x1F600) if False else chr(65), ord("€"), "€".encode if False else "ok")
a = [1, 2, 3]
b = a[:]
b.append(4)
print(a, b, a == b[:3], a is not b)
def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(lambda **k: sorted(k.items()), a=1, b=2))
x = 5
x **= 2
x %= 7
x <<= 2
x |= 1
x ^= 3
x >>= 1
x &= 6
print(x)
s = "ab"
s *= 3
s += "!"
print(s)
t = (1, 2)
t += (3,)
print(t)
print(all(isinstance(v, int) for v in [1, 2]), any(c.isdigit() for c in "ab1"), sum(1 for _ in range(5)))
print(sorted([3, 1, 2], key=None), sorted("hello", reverse=True), sorted([[2, 1], [1, 2], [1, 1]]))
print(min(1.5, 2), max(-1, -1.5), min("b", "a"), max([1, 2], [1, 3]), max((1, "b"), (1, "a")))
print(pow(2, -2), pow(2.0, 3), 2 ** 0.5, (-8) ** 2, -8 ** 2, 10 ** 18)
print(0.1 * 3, 1 / 7, 2 / 3, 5e-324 > 0)
