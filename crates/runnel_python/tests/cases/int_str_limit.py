import sys
n = 10 ** 4300
try:
    str(n)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 4299)))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
for v in ([1, 10 ** 5000], (2, {3: -10 ** 4300}), {"k": [7 ** 6000]}):
    try:
        print(v)
    except ValueError as e:
        print("ValueError in print", type(v).__name__)
    try:
        repr(v)
    except ValueError as e:
        print("ValueError in repr", type(v).__name__)
print(len(repr(-10 ** 4299)), len(str([10 ** 4299])))
x = 2 ** 20000
print(x % 1000, hash(x) > 0)
try:
    f"{x}"
except ValueError as e:
    print("fstring", e)
try:
    "%d" % x
except ValueError as e:
    print("percent", e)
