# statistics.median_grouped with ints, floats, intervals, repeated middles and errors.
import statistics as st
from fractions import Fraction

cases = [[1, 2, 2, 3, 4], [52, 52, 53, 54], [1, 3, 3, 5, 7], [1.5, 2.5, 2.5, 2.5, 3.5, 9.0],
         [7], [2, 2], [10, 20, 30, 40], [Fraction(1, 2), Fraction(3, 2), Fraction(3, 2)],
         [True, False, True], [-5, -1, -1, 0, 3, 3, 3]]
for data in cases:
    print(data, st.median_grouped(data), st.median_grouped(data, 2), st.median_grouped(data, interval=0.5))
for bad in ([], ["a", "b"]):
    try:
        print(st.median_grouped(bad))
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
try:
    st.median_grouped([1, 2, 3], "x")
except TypeError as e:
    print("TypeError:", e)
print(st.median_grouped(["1", "2", "2", "30"]), st.median_grouped([1, 2, 3], "2"), st.median_grouped([3, 1, 2, 2, 2, 5], interval=3))
try:
    st.median_grouped([None, None])
except TypeError as e:
    print("TypeError:", e)
