# list and date take any int (an int subclass too) where CPython's operator.index does,
# and refuse floats with its message.
import datetime

class I(int):
    pass

nums = [10, 20, 30, 20]
print(nums.pop(I(1)), nums.index(20, I(1)), nums.index(20, 0, I(3)))
nums.insert(I(0), 5)
print(nums, datetime.date(I(2020), I(2), True), datetime.date.fromordinal(I(737000)))
for bad in [lambda: [1].pop(1.0), lambda: [1].insert("0", 1), lambda: [1].index(1, 0.5),
            lambda: datetime.date(2020.0, 1, 1), lambda: datetime.date(2020, "1", 1),
            lambda: datetime.date.fromordinal(1.5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
