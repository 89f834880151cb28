# date/datetime/time methods a student reaches for: datetime.time, combine, isocalendar,
# weekday, replace, toordinal, ctime, comparisons and hashing of times, format().
from datetime import datetime, date, time, timedelta
import datetime as dtmod

t = time(14, 7)
print(t, repr(t), repr(time()), repr(time(1, 2, 3, 4)), time(9, 30, 15).isoformat(), t.isoformat("minutes"), t.isoformat(timespec="milliseconds"))
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.strftime("%I:%M %p"), f"{t:%H.%M}", f"{t}", format(time(1, 2, 3, 45), ""))
print(t < time(15), t == time(14, 7, 0), time(0) < time(0, 0, 0, 1), sorted([time(3), time(1), time(2)]), len({time(1), time(1, 0)}))
print(t.replace(minute=59), t.replace(hour=0, second=5), max(time(8), time(20, 1)))
d = date(2024, 3, 5)
dt = datetime.combine(d, t)
print(dt, repr(dt), dt.time(), dt.date(), datetime.combine(d, time()), datetime.combine(dt, time(1)))
for x in [date(2024, 1, 1), date(2021, 1, 3), date(2020, 12, 31), date(2026, 12, 28), date(2008, 12, 29)]:
    ic = x.isocalendar()
    print(x, ic, ic.year, ic.week, ic[2], tuple(ic), x.weekday(), x.isoweekday(), x.toordinal(), x.ctime())
y, w, wd = dt.isocalendar()
print(y, w, wd, dt.toordinal(), dt.ctime(), dt.weekday(), dt.isoweekday(), dt.timetuple().tm_wday)
print(dt.replace(year=2023, month=2), d.replace(day=31), (dt + timedelta(hours=12)).time(), dtmod.time(23, 59, 59).isoformat())
for bad in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 1, 1000000), lambda: datetime.combine(1, t), lambda: d.replace(month=2, day=30)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(t).__name__, isinstance(t, time), type(dt.isocalendar()).__name__, dtmod.time.__name__)
