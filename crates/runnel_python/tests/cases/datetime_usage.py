# datetime as log-processing programs use it: parsing timestamps, bucketing by hour/week,
# formatting reports, durations, time-of-day windows.
from datetime import datetime, date, time, timedelta

lines = ["2024-03-04 08:15:02 INFO start", "2024-03-04 23:59:59 WARN late", "2024-03-10 00:00:01 ERROR boom",
         "2024-12-30 12:00:00 INFO year-end", "2025-01-01 09:30:00 INFO new-year"]
events = []
for ln in lines:
    d, t, level, msg = ln.split(" ", 3)
    ts = datetime.strptime(f"{d} {t}", "%Y-%m-%d %H:%M:%S")
    events.append((ts, level, msg))
by_week = {}
for ts, level, msg in events:
    y, w, _ = ts.isocalendar()
    by_week.setdefault(f"{y}-W{w:02d}", []).append(msg)
print(by_week)
print([ts.strftime("%a %d %b %Y %I:%M:%S %p") for ts, _, _ in events])
print([ts.strftime("%Y week %U (Sun) / %W (Mon), day %j, %A") for ts, _, _ in events[:3]])
work = (time(9), time(17, 30))
print([work[0] <= ts.time() <= work[1] for ts, _, _ in events])
span = events[-1][0] - events[0][0]
print(span, span.days, span.total_seconds(), span // timedelta(hours=1), str(timedelta(minutes=90)))
print(max(events)[2], min(e[0] for e in events).date(), sorted({ts.date() for ts, _, _ in events})[-1].strftime("%d/%m/%y"))
start = datetime.combine(date(2024, 3, 4), time(8))
print([(start + timedelta(minutes=45 * i)).strftime("%H:%M") for i in range(4)], start.replace(hour=0) < start)
print(datetime.strptime("04/Mar/2024:08:15:02", "%d/%b/%Y:%H:%M:%S"), datetime.strptime("March 4, 2024", "%B %d, %Y").date())
print(f"{events[0][0]:%Y-%m-%dT%H:%M}", "{:%H}h".format(events[1][0]), format(events[2][0].date(), "%G-W%V-%u"))
