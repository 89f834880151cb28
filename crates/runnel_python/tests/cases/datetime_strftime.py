# strftime: every directive glibc knows in the C locale (as CPython 3.11 on Linux passes
# them on), flags, widths, E/O modifiers, unknown directives, on dates around year and
# ISO-week boundaries; date.strftime, time.strftime and format() agree.
import datetime
import time
import string

dates = [datetime.datetime(2024, 1, 1, 0, 5, 9, 123), datetime.datetime(2021, 1, 3, 13, 0, 0),
         datetime.datetime(2020, 12, 31, 23, 59, 59, 999999), datetime.datetime(1999, 7, 4, 12, 30),
         datetime.datetime(2026, 12, 28, 7, 8, 9), datetime.datetime(2010, 1, 2, 11, 59), datetime.datetime(2008, 12, 29, 12, 0)]
for c in string.ascii_letters + "%+:-_0^#":
    if c == "s":
        continue
    print(c, [d.strftime("%" + c) for d in dates])
for m in ["%Ey", "%EY", "%Od", "%-d", "%_d", "%0e", "%^a", "%#b", "%10Y", "%:z", "%Ec", "%-I:%M %p", "%_H", "%-j",
          "%^B %#p", "%5d|%-5d|%_5d", "%3a", "%-f", "%Y-%m-%dT%H:%M:%S.%f", "week %U/%W/%V of %G (%g)", "%", "a%", "%%%d%%"]:
    print(repr(m), [d.strftime(m) for d in dates[:4]])
d = datetime.date(2023, 10, 9)
print(d.strftime("%A %d %B %Y, day %j, week %U %W %V, %u %w, %C %D %F %G"), f"{d:%a %b %e}", format(d, "%x"))
print(time.strftime("%a %U %W %V %G %j %C %e %k %l %P %r", time.gmtime(1700000000)), time.strftime("%s", time.gmtime(0)) != "")
print(datetime.datetime(5, 2, 28, 7, 8, 9).strftime("%Y %C %G %F %c"), datetime.datetime(9999, 12, 31).strftime("%Y %G %V"))
