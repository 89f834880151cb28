import statistics
from statistics import mean, median, mode, stdev, pstdev, variance, pvariance

print(mean([1, 2, 3, 4]), mean([1, 2, 3]), mean([0.1, 0.2, 0.3]), mean([1, 2.5]), mean(range(101)), mean([10**20, 1]))
print(statistics.fmean([1, 2, 3, 4]), statistics.fmean([0.1] * 10))
print(median([3, 1, 2]), median([4, 1, 3, 2]), median([1.5, 2.5]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(mode([1, 2, 2, 3, 3]), mode("abracadabra"), statistics.multimode("aabbc"), statistics.multimode([]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(variance(data), pvariance(data), stdev(data), pstdev(data))
print(variance([1, 3, 5]), variance([1, 2, 3, 4, 5]), pvariance([1, 2, 3, 4]), stdev([1, 2, 3, 4, 5]), pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(stdev([0.1, 0.2, 0.3, 0.4]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), variance([10**10 + 4, 10**10 + 7, 10**10 + 13, 10**10 + 16]))
print(variance([1, 2, 3, 4], 2.5), pvariance([1.0, 2.0, 3.0], mu=2.0), stdev(range(10)))
for bad in [lambda: mean([]), lambda: stdev([1]), lambda: median([]), lambda: mode([]), lambda: mean(["a"])]:
    try:
        bad()
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
try:
    variance([5])
except ValueError as e:
    print("ValueError", e)
