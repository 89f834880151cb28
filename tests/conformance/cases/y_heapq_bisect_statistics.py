# batch: 1
# batches: 2
# Grades per student: heapq (nlargest/nsmallest, push/pop, merge), bisect for letter
# grades, statistics (mean, median, stdev, pstdev, mode, variance, median_low/high),
# operator.itemgetter/attrgetter/methodcaller.
import bisect
import heapq
import statistics
import operator

BREAKS = [5, 7, 9]
LETTERS = "DCBA"


def letter(score):
    return LETTERS[bisect.bisect(BREAKS, score)]


def summary(kv):
    name, scores = kv
    scores = list(scores)
    h = []
    for s in scores:
        heapq.heappush(h, -s)
    best = -heapq.heappop(h)
    return (name, best, heapq.nsmallest(2, scores), heapq.nlargest(2, scores),
            statistics.mean(scores), statistics.median(scores), statistics.median_low(scores),
            round(statistics.pstdev(scores), 6), statistics.mode(scores),
            round(statistics.stdev(scores), 6) if len(scores) > 1 else None,
            statistics.variance(scores) if len(scores) > 1 else None, letter(statistics.fmean(scores)))


data = [[[("ana", 7), ("luis", 4), ("ana", 9)], [("luis", 6), ("eva", 10), ("ana", 7)]],
        [[("eva", 8.5), ("eva", 9.5), ("eva", 7)], [("bob", 5)]]]
grades = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = grades.groupByKey().map(summary).transform(lambda rdd: rdd.sortBy(operator.itemgetter(0)))
nuevoDStream.pprint()
grades.map(operator.itemgetter(1)).glom().map(lambda p: list(heapq.merge(sorted(p), [5, 6]))).pprint()
grades.map(lambda kv: (operator.methodcaller("upper")(kv[0]), operator.attrgetter("real")(kv[1]), letter(kv[1]),
                       bisect.bisect_left([4, 7, 9], kv[1]), operator.mul(kv[1], 2), operator.neg(kv[1]))).pprint(3)


def insort_all(p):
    out = []
    for _, s in p:
        bisect.insort(out, s)
    return [out]


grades.mapPartitions(insort_all).pprint()
