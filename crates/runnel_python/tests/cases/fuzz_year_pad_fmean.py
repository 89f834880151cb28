# Years below 1000 in isoformat()/ctime() have four digits; statistics on ints beyond 64 bits, CPython's messages (found by tools/fuzz/py_gen.py).
import datetime, statistics
for y in [1, 73, 999, 2024]:
    d = datetime.datetime(y, 3, 2, 4, 5, 6, 7)
    print(d.isoformat(), str(d), repr(d), d.date().isoformat(), str(d.date()), d.isoformat(' ', 'minutes'), d.ctime(), d.strftime('%Y|%G|%C|%y'), d.date().ctime())
print(statistics.fmean([2**61-1, 3**40, 10**30, -13]), statistics.geometric_mean([2**64+1, 10**30]))
for f in [lambda: statistics.geometric_mean([-878259, 2**64+1]), lambda: statistics.fmean(['a']), lambda: statistics.fmean([2**1024]), lambda: statistics.geometric_mean(['a'])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
