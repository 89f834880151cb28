# Short lists sort by CPython's own steps (count_run, then binary insertion): NaNs stay where CPython leaves them, the first failing pair is CPython's, __lt__ is called in the same order (found by tools/fuzz/py_gen.py).
nan = float('nan')
for xs in [[3.0, nan, 1.0, 2.0], [nan, 2.0, 1.0], [1.0, 2.0, nan, 0.5, 3.0], [5, 4, nan, 3, 2, 1], [2.0, 1.0, nan, nan, 0.0], [nan, 1, nan, 0]]:
    print(sorted(xs), sorted(xs, reverse=True), sorted(xs, key=lambda x: -x))
    ys = list(xs); ys.sort(); print(ys)
for xs in [[2.0, -2, 'title', 1], ['a', 1, 2.5], [1, 2, 'x', None], [(1, 'a'), (1, 2)], [3, 1, 'b', 'a']]:
    try: print(sorted(xs))
    except TypeError as e: print(e)
    try: print(sorted(xs, reverse=True))
    except TypeError as e: print(e)
import json
try: print(json.dumps({2.0: 255, -2: 1, 'title case me': 3}, sort_keys=True))
except TypeError as e: print(e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __repr__(self): return 'K(%r)' % self.v
print(sorted([K(3), K(1), K(2), K(1), K(5), K(0)]))
print(sorted([K(1), K(2), K(3)], reverse=True))
pairs = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
print(sorted(pairs, key=lambda kv: kv[1]), sorted(pairs, key=lambda kv: kv[1], reverse=True), sorted(pairs, key=lambda kv: -kv[1]))
print(sorted(range(100), key=lambda x: (x * 37) % 17)[:10], sorted(list(range(70)) + [nan] + list(range(5)))[:8])
