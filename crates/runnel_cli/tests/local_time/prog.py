# Python's local time follows the machine's time zone (TZ), daylight saving included.
from datetime import datetime, date, timedelta
import time

for t in [0, 1e9, 1700000000.5, 1710054000, 1710057600, 1730606400, 1730617200,
          -946728000, 1234567890.123456, 1e-7, 2.5e-6]:
    dt = datetime.fromtimestamp(t)
    print(t, dt, repr(dt), dt.timestamp(), date.fromtimestamp(t), datetime.utcfromtimestamp(t))
# A gap (2024-03-10 02:30 does not exist in New York) and a fold (2024-11-03 01:30 happens twice).
for args in [(2024, 3, 10, 2, 30), (2024, 11, 3, 1, 30), (2024, 7, 1, 12), (2024, 1, 1),
             (1969, 12, 31, 23, 59, 59, 500000), (2024, 3, 31, 2, 30), (2024, 10, 27, 2, 30)]:
    d = datetime(*args)
    print(d, d.timestamp(), datetime.fromtimestamp(d.timestamp()))
print(date.today() == datetime.now().date(), abs(datetime.now().timestamp() - time.time()) < 5)
print(abs((datetime.now() - datetime.fromtimestamp(time.time())).total_seconds()) < 5)
# PEP 495's fold: the second reading of a repeated hour (1730613600 is the second 01:00 of
# 2024-11-03 in New York, 1729990800 the second 02:00 of 2024-10-27 in Madrid).
for t in [1730613600, 1730611800, 1730615400, 1729990800, 1729987200, 1729992600, 1700000000]:
    d = datetime.fromtimestamp(t)
    print(t, repr(d), d.fold, d.timestamp(), d.replace(fold=0).timestamp(), d == d.replace(fold=1 - d.fold))
for args in [(2024, 11, 3, 1, 30), (2024, 10, 27, 2, 30), (2024, 3, 10, 2, 30), (2024, 3, 31, 2, 30), (2024, 7, 1)]:
    for fold in (0, 1):
        d = datetime(*args, fold=fold)
        print(repr(d), d.fold, d.timestamp(), hash(d) == hash(d.replace(fold=0)), (d + timedelta(0)).fold)
try:
    datetime(2024, 1, 1, fold=2)
except ValueError as e:
    print("ValueError", e)
