# math's int arguments all checked first, round() of ints past 64 bits, timedelta's C int overflow, a set looked up in a set as a frozenset (found by tools/fuzz/py_gen.py).
import math, datetime
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: math.lcm(0, -11.1), lambda: math.lcm(0, 0.5), lambda: math.gcd(0, 1.5), lambda: math.perm(-724224, float('nan')), lambda: math.comb(-5, -1e300), lambda: math.comb(5, 2.0), lambda: math.perm(5, None), lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.factorial(-1), lambda: math.isqrt(2.0), lambda: math.lcm(), lambda: math.gcd(2**70, 6), lambda: math.lcm(2**70, 6, -4)]:
    t(f)
for n in [2**63-1, -(2**63), 2**63-5, 10**30+5, 15, -25, 2**62]:
    for d in [-1, -2, -19, -20, -40]:
        t(lambda: round(n, d))
for k in [10**9, 3*10**9, -10**9, 999999999]:
    t(lambda: str(datetime.timedelta(days=k)))
    t(lambda: str(datetime.timedelta(weeks=k)))
    t(lambda: str(datetime.timedelta(hours=k * 1000)))
t(lambda: {-2} in frozenset([frozenset([-2])]))
t(lambda: {-2} not in frozenset([]))
t(lambda: {1} in {frozenset({1}), 2})
s = {frozenset({1}), 2}; s.discard({1}); print(s)
s = {frozenset({1}), 2}; s.remove({1}); print(s)
t(lambda: s.remove({5}))
t(lambda: [1] in {1})
t(lambda: {frozenset({1}): 'x'}.get({1}))
