# batch: 1
# batches: 2
# More seeded randomness and statistics per record: random.choices with weights and k,
# triangular/expovariate/betavariate/normalvariate, randrange with big bounds, seed of a
# big int and of bytes; statistics quantiles/harmonic_mean/geometric_mean/multimode/
# pvariance/correlation/linear_regression.
import random
import statistics


def draws(seed):
    r = random.Random(seed)
    return (r.choices("abc", weights=[5, 1, 1], k=4), round(r.triangular(0, 10, 3), 9), round(r.expovariate(2), 9),
            round(r.betavariate(2, 3), 9), round(r.normalvariate(5, 2), 9), r.randrange(10 ** 20), r.random())


def stats(xs):
    xs = sorted(xs)
    ys = [x * x + (x % 3) for x in xs]
    lr = statistics.linear_regression(xs, ys)
    return (statistics.quantiles(xs, n=4), round(statistics.harmonic_mean(xs), 9), round(statistics.geometric_mean(xs), 9),
            statistics.multimode([x % 3 for x in xs]), statistics.pvariance(xs), round(statistics.correlation(xs, ys), 9),
            round(lr.slope, 9), round(lr.intercept, 9), statistics.median_high(xs))


data = [[[1, 2, 3, 4], [5, 6]], [[10, 20, 30], [2 ** 70, 7]]]
nums = ssc.queueStream(createQUEUERDD(data))
nums.map(draws).pprint()
nums.filter(lambda x: x < 1000).glom().filter(lambda p: len(p) > 1).map(stats).pprint()


def seeded(t, rdd):
    random.seed(2 ** 80 + rdd.count())
    a = [random.randint(1, 6) for _ in range(5)]
    random.seed(b"bytes seed")
    print(t, a, random.random(), random.sample(sorted(rdd.collect()), 2))


nums.foreachRDD(seeded)
