# timedelta times and divided by ints and floats exactly, rounded half to even, as CPython (found by tools/fuzz/py_gen.py: td / 7 was off by microseconds).
import datetime
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for td in [datetime.timedelta(hours=10**9), datetime.timedelta(microseconds=7), datetime.timedelta(microseconds=-5), datetime.timedelta(days=-3, seconds=5, microseconds=999999), datetime.timedelta(seconds=1)]:
    for k in [7, -7, 3, 2, 10**6]:
        t(lambda: td / k)
        t(lambda: td // k)
    for f in [1.5, 0.1, -2.5, 1e-7, 3.0, 1/3, 0.0, float('nan'), float('inf'), 1e300]:
        t(lambda: td * f)
        t(lambda: td / f)
    for o in [datetime.timedelta(seconds=7), datetime.timedelta(microseconds=-3), datetime.timedelta(days=2)]:
        t(lambda: (td % o, td // o, td / o, divmod(td, o)))
