# The rarer str methods and the in-place set updates.
for s in ["a\tbc\td", "\t\tx\n\ty", "", "no tabs", "12345678\t9"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=2)))
for s in ["prefix_body_suffix", "body", ""]:
    print(s.removeprefix("prefix_"), s.removesuffix("_suffix"), s.removeprefix(""), s.removesuffix("x"))
print("{name} is {age:>4} ({age!r})".format_map({"name": "Ana", "age": 30}))
for s in ["abc", "é", "", "a b", "x1", "1x", "_", "a-b", "class", "ñandú"]:
    print(repr(s), s.isascii(), s.isidentifier(), s.isprintable())
print("\x07".isprintable(), "tab\t".isprintable(), "nl\n".isprintable())
s = {1, 2, 3, 4, 5}
s.difference_update({1}, [2, 9])
print(s)
s.intersection_update(range(4, 10), {4, 5, 6})
print(s)
s.symmetric_difference_update([5, 6, 7])
print(s)
s = set("hello")
s.symmetric_difference_update("world")
print(sorted(s))
try:
    "x".removeprefix(1)
except TypeError as e:
    print("TypeError", e)
