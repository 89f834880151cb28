from datetime import datetime, timedelta
import datetime as dtmod
import time

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=90), repr(timedelta(minutes=-1)), timedelta(minutes=-1))
print(timedelta(weeks=2), timedelta(milliseconds=1500), timedelta(hours=1.5), timedelta(days=0.1), timedelta(seconds=-0.5))
print(timedelta(days=-3, seconds=10), repr(timedelta(days=2, seconds=-1)), timedelta(microseconds=-1))
a, b = timedelta(hours=5), timedelta(minutes=30)
print(a + b, a - b, b - a, -a, abs(-a), a * 2, 3 * b, a / 2, a / b, a // b, a // 4, a % timedelta(hours=2), b * 1.5)
print(a > b, a == timedelta(minutes=300), a != b, sorted([a, b, timedelta(0)]), bool(timedelta(0)), bool(b), max(a, b))
print({a: 1}[timedelta(seconds=18000)], timedelta(seconds=1) < timedelta(seconds=2))

t = datetime(2024, 2, 28, 23, 30, 15)
print(t + timedelta(hours=1), t + timedelta(days=1, hours=1), t - timedelta(days=60), timedelta(minutes=45) + t)
print(datetime(2024, 3, 1) - datetime(2024, 2, 28, 12), datetime(2023, 1, 1) - datetime(2024, 1, 1), repr(t - t))
print(t < datetime(2025, 1, 1), t == datetime(2024, 2, 28, 23, 30, 15), sorted([datetime(2024, 1, 2), datetime(2023, 5, 5)]))
print(t.timetuple())
tt = t.timetuple()
print(tt.tm_year, tt.tm_yday, tt.tm_wday, tt[0], tt[7], list(tt)[:3], len(tt), t.isoweekday(), t.replace(year=2020, second=0))
p = datetime.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S")
print(p, repr(p), datetime.strptime("05/Mar/2024:02:07:09 PM", "%d/%b/%Y:%I:%M:%S %p"), datetime.strptime("24 150", "%y %j"))
print(datetime.strptime("2024-01-01T10:00:00.25", "%Y-%m-%dT%H:%M:%S.%f"), datetime.strptime("March 5 2024", "%B %d %Y"))
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("nope", "%Y")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)
print(time.gmtime(86400 * 365), time.strftime("%Y-%m-%d %H:%M", time.gmtime(1700000000)))
print(type(time.perf_counter()).__name__, type(time.monotonic()).__name__, dtmod.MINYEAR, dtmod.MAXYEAR)
for bad in [lambda: timedelta(days=1) + 1, lambda: timedelta(days=1e10), lambda: timedelta(hours=1) // 0, lambda: timedelta(x=1)]:
    try:
        bad()
    except (TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
