# batch: 1
# batches: 2
# More itertools in mapPartitions: tee, pairwise, compress, filterfalse, dropwhile,
# groupby on unsorted input, accumulate with initial, product of ranges, and
# combinations_with_replacement; generators that keep state across a partition.
import itertools
import operator


def pairs_in_partition(it):
    a, b = itertools.tee(it)
    firsts = list(itertools.islice(a, 2))
    rest = list(b)
    yield ("tee", firsts, len(rest))
    yield ("pairwise", list(itertools.pairwise(rest)))
    yield ("compress", list(itertools.compress(rest, [x % 2 for x in rest])))
    yield ("filterfalse", list(itertools.filterfalse(lambda x: x > 4, rest)))
    yield ("dropwhile", list(itertools.dropwhile(lambda x: x < 3, rest)))
    yield ("groupby", [(k, len(list(g))) for k, g in itertools.groupby(rest, key=lambda x: x % 2)])
    yield ("accumulate", list(itertools.accumulate(rest, operator.mul, initial=1)))


def running(it):
    total = 0
    for x in it:
        total += x
        yield (x, total)


data = [[[1, 3, 5, 2, 4], [7, 7, 8]], [[10, 1, 2, 3], []]]
nums = ssc.queueStream(createQUEUERDD(data))
nums.mapPartitions(pairs_in_partition).pprint(20)
nums.mapPartitions(running).pprint()
nums.glom().map(lambda p: (list(itertools.combinations_with_replacement(p[:3], 2))[:4], list(itertools.product(range(2), p[:2])),
                           list(itertools.chain(p, "ab"))[-3:], list(itertools.repeat(len(p), 2)))).pprint()
