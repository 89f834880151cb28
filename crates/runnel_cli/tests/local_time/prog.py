# Python's local time follows the machine's time zone (TZ), daylight saving included.
from datetime import datetime, date, timedelta
import time

for t in [0, 1e9, 1700000000.5, 1710054000, 1710057600, 1730606400, 1730617200,
          -946728000, 1234567890.123456, 1e-7, 2.5e-6]:
    dt = datetime.fromtimestamp(t)
    print(t, dt, repr(dt), dt.timestamp(), date.fromtimestamp(t), datetime.utcfromtimestamp(t))
# (No fold: 1730613600, the second 01:00 of 2024-11-03 in New York, is fold=1 in CPython.)
# A gap (2024-03-10 02:30 does not exist in New York) and a fold (2024-11-03 01:30 happens twice).
for args in [(2024, 3, 10, 2, 30), (2024, 11, 3, 1, 30), (2024, 7, 1, 12), (2024, 1, 1),
             (1969, 12, 31, 23, 59, 59, 500000), (2024, 3, 31, 2, 30), (2024, 10, 27, 2, 30)]:
    d = datetime(*args)
    print(d, d.timestamp(), datetime.fromtimestamp(d.timestamp()))
print(date.today() == datetime.now().date(), abs(datetime.now().timestamp() - time.time()) < 5)
print(abs((datetime.now() - datetime.fromtimestamp(time.time())).total_seconds()) < 5)
