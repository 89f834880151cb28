# datetime.IsoCalendarDate: a named tuple in place, a plain tuple once copied (its
# __reduce__ gives tuple(self), which copy, deepcopy and pickle use).
import copy
from datetime import date, datetime

c = date(2024, 2, 29).isocalendar()
print(c, repr(c), c.week, c[0], type(c).__name__, tuple(c), c == (2024, 9, 4), isinstance(c, tuple))
for made in (copy.copy(c), copy.deepcopy(c), copy.deepcopy([c, {"k": c}])):
    print(repr(made), type(made).__name__)
d = datetime(2021, 1, 3, 12).isocalendar()
print(d, d.year, d.weekday, sorted([d, c]), max(c, d), hash(c) == hash(tuple(c)))
