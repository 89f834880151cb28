# find/index/count/startswith with a start past the end find nothing, not even "" (CPython's ADJUST_INDICES); bytes' find/count take start and end (found by tools/fuzz/py_gen.py).
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['', 'abc', 'straße', '٣']:
    for a in [(100,), (1, 1), (100, 100), (2, 2), (3,), (4,), (-1,), (-100, -100), (0, -100), (len(s),), (len(s) + 1,)]:
        t(lambda: (s.find('', *a), s.rfind('', *a), s.count('', *a), s.startswith('', *a), s.endswith(('', 'c'), *a)))
        t(lambda: s.index('', *a))
        t(lambda: s.rindex('', *a))
        b = s.encode()
        t(lambda: (b.find(b'', *a), b.count(b'', *a), b.startswith(b'', *a)))
b=b'abcb'
print(b.find(b'b', 2), b.count(b'b', 2), b.find(98, 2), b.count(98, 2), b.find(b'b', -1, 10), b.index(b'b', 2), b.rfind(98, 0, 2))
