# calendar's date arithmetic and names, as a PySpark program labels its aggregates.
import calendar
import time
from calendar import month_name, day_name, monthrange

print(monthrange(2024, 2), monthrange(1900, 2), monthrange(2023, 12), calendar.weekday(2024, 5, 17))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900))
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2023, 10))
print(calendar.timegm((2024, 5, 17, 12, 30, 15, 0, 0, 0)), calendar.timegm((1960, 1, 1, 0, 0, 0)))
print(calendar.timegm(time.gmtime(1700000000)), calendar.timegm((2024, 1, 31, 25, 61, 61)))
print(list(month_name), list(calendar.day_abbr), len(calendar.month_abbr), month_name[-1], day_name[0:2])
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.weekday(10000, 1, 1), calendar.weekday(-5, 3, 1))
counts = {(2024, m): m * 10 for m in (1, 2, 12)}
for (y, m), n in sorted(counts.items()):
    first, days = monthrange(y, m)
    print(f"{month_name[m]:>9} {y}: {n} events, starts on {day_name[first]}, {days} days")

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

show(lambda: calendar.monthrange(2024, 13))
show(lambda: calendar.weekday(2024, 2, 30))
show(lambda: calendar.monthcalendar(2024, 0))
show(lambda: calendar.weekday(2024, 13, 1))
show(lambda: calendar.timegm((2024, 13, 1, 0, 0, 0)))
show(lambda: calendar.month_name[13])
