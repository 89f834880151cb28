# datetime.fromisoformat in the forms CPython 3.11 reads (naive), with its errors.
from datetime import datetime as D
for s in ['2024-12-31T23:59:59.5', '2024-12-31T23:59:59,5', '2024-12-31T23:59:59.1234567', '20241231', '2024-12-31T2359',
          '2024-12-31T23:59:59.12', '2024-12-31 235959', '20241231T10', '2024-12-31T24:00', '2024-12-31T23:60', '2024-02-30',
          '2024-12-31T', '2024-12-31T1', 'x', '2024-12-31T23:59:59.', '2024-03-04', '2024-03-04x05:06']:
    try:
        print(s, repr(D.fromisoformat(s)))
    except ValueError as e:
        print(s, 'ValueError', e)
