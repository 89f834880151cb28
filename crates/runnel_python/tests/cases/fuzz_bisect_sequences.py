# bisect on any sequence, as CPython's _bisect, and deque.insert (found by tools/fuzz/py_gen.py).
import bisect
from collections import deque
print(bisect.bisect_right('acegi', 'd'), bisect.bisect_left((1, 2, 2, 3), 2), bisect.bisect(range(0, 100, 5), 42), bisect.bisect_left('abc', 'b', 1))
d = deque([1, 3, 5]); bisect.insort(d, 4); print(d)
print(bisect.bisect(['a', 'B', 'c'], 'b', key=str.lower))
for bad in [lambda: bisect.bisect(1, 1), lambda: bisect.bisect([1], 1, -1), lambda: bisect.insort((1, 2), 1), lambda: bisect.bisect(None, 1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
d = deque('abc'); d.insert(1, 'x'); d.insert(-1, 'y'); d.insert(99, 'z'); d.insert(-99, 'w'); print(d)
d = deque([1, 2], maxlen=2)
try: d.insert(0, 9)
except Exception as e: print(type(e).__name__, e)
