import sys
print(sys.getrecursionlimit())
for bad in (0, -5, 1.5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
def at_depth(n, limit):
    if n:
        return at_depth(n - 1, limit)
    try:
        sys.setrecursionlimit(limit)
        return "set"
    except RecursionError as e:
        return str(e)
print(at_depth(5, 4))
print(at_depth(5, 8))
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
def r(n):
    return r(n + 1)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0))
try:
    r(0)
except RecursionError as e:
    print(e)
sys.setrecursionlimit(120)
print(sys.getrecursionlimit(), count(0))
