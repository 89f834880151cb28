# The time module's local time follows the machine's time zone (TZ), daylight saving included.
import time

for t in [0, 1e9, 1700000000.5, 1710054000, 1710057600, 1730606400, 1730613600, 1730617200,
          1711846800, 1729990800, 1719835200, -946728000, 1234567890.9]:
    lt = time.localtime(t)
    print(t, tuple(lt), lt.tm_isdst, lt.tm_gmtoff, time.mktime(lt), time.strftime("%Y-%m-%d %H:%M:%S %z %c|%x|%X|%j|%a %A %b %B|%p|%e|%w|%u", lt))
    print(" ", time.asctime(lt), "|", time.ctime(t), "|", tuple(time.gmtime(t)), time.gmtime(t).tm_zone, time.gmtime(t).tm_gmtoff)
for fields in [(2024, 3, 10, 2, 30, 0, 0, 0, -1), (2024, 11, 3, 1, 30, 0, 0, 0, -1),
               (2024, 11, 3, 1, 30, 0, 0, 0, 0), (2024, 11, 3, 1, 30, 0, 0, 0, 1),
               (2024, 7, 1, 12, 0, 0, 0, 0, 0), (2024, 7, 1, 12, 0, 0, 0, 0, 1), (2024, 7, 1, 12, 0, 0, 0, 0, -1),
               (2024, 1, 1, 0, 0, 0, 0, 0, 1), (2024, 1, 1, 0, 0, 0, 0, 0, -1),
               (2024, 3, 31, 2, 30, 0, 0, 0, -1), (2024, 10, 27, 2, 30, 0, 0, 0, -1)]:
    print(fields, time.mktime(fields), time.strftime("%Y-%m-%d %H:%M %z|", fields), time.asctime(fields))
now = time.localtime()
print(type(now).__name__, len(now), abs(time.mktime(now) - time.time()) < 5, time.strftime("%Y") == str(now.tm_year))
print(time.localtime(time.mktime(time.localtime(1700000000))) == time.localtime(1700000000))
