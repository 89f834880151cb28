import datetime
import time
from datetime import date, timedelta

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, type(d).__name__, type(d))
print(d + timedelta(days=1), d + timedelta(days=2), timedelta(days=366) + d, d - timedelta(weeks=9))
print(d + timedelta(hours=47), d - date(2023, 12, 25), date(2023, 12, 25) - d, (d - d).days)
print(d.isoformat(), d.strftime("%A %d %B %Y, day %j, %a %b %y"), d.weekday(), d.isoweekday())
print(f"{d:%Y/%m/%d}", f"{d}", format(d, ""), str(d), d.ctime(), date(2024, 1, 5).ctime())
print(d.toordinal(), date.fromordinal(738944), date.fromordinal(1), date.min, date.max)
print(date.fromisoformat("2021-07-04"), date.fromisoformat("20210704"), d.replace(day=1), d.replace(year=2023, month=3))
print(d < date(2024, 3, 1), d == date(2024, 2, 28), d != date(2024, 2, 29), max(date(2020, 1, 1), d), sorted([d, date(2000, 1, 1)]))
print(len({d, date(2024, 2, 28), date(2024, 2, 29)}), {d: 1}[date(2024, 2, 28)])
print(d == datetime.datetime(2024, 2, 28), isinstance(datetime.datetime(2024, 2, 28), date), isinstance(d, datetime.datetime), isinstance(d, date))
print(datetime.datetime(2024, 2, 28, 13, 5).date(), datetime.date(1999, 12, 31).timetuple())
print(date.today() == date.fromtimestamp(time.time()), type(date.today()).__name__)
print(date.fromtimestamp(0), date.fromtimestamp(86399.9), date.fromtimestamp(1700000000))
print([date(2024, 1, 31) + timedelta(days=k) for k in range(0, 60, 29)])
days = {}
for s in ["2024-03-01", "2024-03-02", "2024-03-01"]:
    k = date.fromisoformat(s)
    days[k] = days.get(k, 0) + 1
print(days)
for bad in [(2024, 13, 1), (2023, 2, 29), (0, 1, 1), (2024, 4, 31)]:
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    date(2024, 1)
except TypeError as e:
    print("TypeError", e)
try:
    date("2024", 1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    date.fromisoformat("2024/01/01")
except ValueError as e:
    print("ValueError", e)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError", e)
print(date(year=2020, month=5, day=17), date(2020, 5, day=17))
