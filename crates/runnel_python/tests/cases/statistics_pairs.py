# statistics: covariance, correlation, linear_regression, geometric/harmonic means and
# quantiles, on ints, floats and mixed data, with their errors.
import statistics

xs = [1, 2, 3, 4, 5, 6, 7, 8, 9]
ys = [1, 2, 3, 1, 2, 3, 1, 2, 3]
fs = [0.1, 2.5, 3.3, 4.75, 10.0, 1e-3]
print(statistics.covariance(xs, ys), statistics.covariance(fs, fs[::-1]))
print(statistics.correlation(xs, ys), statistics.correlation(xs, [x * x for x in xs]), statistics.correlation(fs, sorted(fs)))
lr = statistics.linear_regression(xs, [2 * x + 1 for x in xs])
print(lr, lr.slope, lr.intercept, statistics.linear_regression(fs, fs[::-1]))
print(statistics.linear_regression(xs, ys, proportional=True), statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean(fs), statistics.geometric_mean([2 ** 60, 3]))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean(fs), statistics.harmonic_mean([2.5, 3, 10]),
      statistics.harmonic_mean([7]), statistics.harmonic_mean([3, 0, 4]), statistics.harmonic_mean([1, 3, 7, 11, 13]))
for data in [xs, fs, [1, 2], [10, 20, 30, 40, 50, 60, 70], [1.5, 2, 100]]:
    print(statistics.quantiles(data), statistics.quantiles(data, n=10)[:4], statistics.quantiles(data, n=3, method="inclusive"),
          statistics.quantiles(data, n=1))
bad = [lambda: statistics.covariance([1], [2]), lambda: statistics.covariance([1, 2], [1]),
       lambda: statistics.correlation([1, 1, 1], [1, 2, 3]), lambda: statistics.linear_regression([2, 2], [1, 5]),
       lambda: statistics.geometric_mean([1, -2]), lambda: statistics.harmonic_mean([1, -2]), lambda: statistics.harmonic_mean([]),
       lambda: statistics.quantiles([1]), lambda: statistics.quantiles([1, 2], n=0), lambda: statistics.quantiles([1, 2], method="x")]
for b in bad:
    try:
        print(b())
    except (statistics.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
