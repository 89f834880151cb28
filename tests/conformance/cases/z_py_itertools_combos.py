# batch: 1
# batches: 2
# Market-basket style itertools in RDD functions: combinations of sorted baskets counted
# with reduceByKey, groupby after sorted in mapPartitions, accumulate (running sum, max,
# with initial), product, permutations, islice, chain.from_iterable, zip_longest, starmap,
# pairwise, compress, takewhile/dropwhile, count and cycle with islice.
import itertools
import operator

data = [[["milk bread eggs", "bread eggs"], ["milk eggs", "bread"]],
        [["eggs milk bread jam", "jam"]]]
baskets = ssc.queueStream(createQUEUERDD(data)).map(lambda l: sorted(set(l.split())))
pairs = baskets.flatMap(lambda b: itertools.combinations(b, 2)).map(lambda p: (p, 1)).reduceByKey(operator.add)
nuevoDStream = pairs.transform(lambda rdd: rdd.sortBy(lambda kv: (-kv[1], kv[0])))
nuevoDStream.pprint()


def grouped(it):
    words = sorted(itertools.chain.from_iterable(it), key=len)
    return [(k, list(g)) for k, g in itertools.groupby(words, key=len)]


baskets.mapPartitions(grouped).pprint()
baskets.map(lambda b: (list(itertools.accumulate(map(len, b))), list(itertools.accumulate(map(len, b), max)),
                       list(itertools.accumulate(b, operator.add, initial="")),
                       list(itertools.islice(itertools.product(b, repeat=2), 3)),
                       len(list(itertools.permutations(b))))).pprint()
baskets.map(lambda b: (list(itertools.zip_longest(b, range(2), fillvalue="-")), list(itertools.starmap(operator.mul, zip(range(1, 4), b))),
                       list(itertools.pairwise(b)), list(itertools.compress(b, [1, 0, 1])),
                       list(itertools.takewhile(lambda w: w < "f", b)), list(itertools.dropwhile(lambda w: w < "f", b)),
                       list(itertools.islice(itertools.cycle(b), 5)), list(zip(itertools.count(10, 5), b)))).pprint()
