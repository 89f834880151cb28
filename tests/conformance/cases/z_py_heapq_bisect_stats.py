# batch: 1
# batches: 2
# Grades per course: heapq.nlargest/nsmallest with key=, heappush/heappop/heapreplace
# on a list of tuples, heapq.merge of sorted partitions, bisect for letter grades and
# insort, statistics median_low/median_high/mode/multimode/pstdev/pvariance/quantiles/fmean.
import bisect
import heapq
import statistics


def letter(score, cuts=[60, 70, 80, 90], letters="FDCBA"):
    return letters[bisect.bisect(cuts, score)]


def summary(kv):
    course, scores = kv
    s = sorted(scores)
    return (course, statistics.median_low(s), statistics.median_high(s), statistics.mode(s), statistics.multimode(s),
            round(statistics.pstdev(s), 6), statistics.pvariance(s), statistics.quantiles(s, n=4) if len(s) > 1 else None,
            statistics.fmean(s), statistics.median(s))


data = [[[("math", 90), ("math", 72), ("art", 60)], [("math", 72), ("art", 85), ("art", 60), ("bio", 99)]],
        [[("bio", 59), ("bio", 70), ("bio", 80), ("bio", 70)], [("art", 100)]]]
grades = ssc.queueStream(createQUEUERDD(data))
grades.map(lambda kv: (kv[0], kv[1], letter(kv[1]), bisect.bisect_left([60, 70, 80, 90], kv[1]))).pprint()
nuevoDStream = grades.groupByKey().mapValues(list).map(summary)
nuevoDStream.pprint()


def top(rdd):
    xs = rdd.collect()
    print(heapq.nlargest(3, xs, key=lambda kv: kv[1]), heapq.nsmallest(2, xs, key=lambda kv: (kv[1], kv[0])))
    h = []
    for course, score in xs:
        heapq.heappush(h, (-score, course))
    print([heapq.heappop(h) for _ in range(2)], heapq.heapreplace(h, (0, "zz")), h[0], len(h))
    parts = [sorted(p) for p in rdd.glom().collect()]
    print(list(heapq.merge(*parts, key=lambda kv: kv[1])))
    line = []
    for _, s in xs:
        bisect.insort(line, s)
    print(line, bisect.bisect_right(line, 72), bisect.bisect_left(line, 72))


grades.foreachRDD(top)
