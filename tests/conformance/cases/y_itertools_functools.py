# batch: 1
# batches: 2
# itertools and functools in map functions: groupby over sorted records, accumulate,
# combinations/permutations/product, chain, islice, zip_longest, starmap, reduce, partial,
# and cmp_to_key. (An lru_cache function cannot be pickled by Spark from the harness: the
# interpreter's corpus tests lru_cache.)
import itertools
import functools
import operator


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def by_len_then_rev(a, b):
    return (len(a) - len(b)) or ((a < b) - (a > b))


def analyse(words):
    groups = [(k, list(g)) for k, g in itertools.groupby(sorted(words, key=len), key=len)]
    return (groups, list(itertools.accumulate(len(w) for w in words)),
            list(itertools.accumulate(words, lambda a, b: a + b[0]))[-1])


data = [[["sol luna estrella mar", "rio"], ["a bb ccc dd e"]],
        [["uno dos tres cuatro cinco"]]]
lines = ssc.queueStream(createQUEUERDD(data))
words = lines.map(str.split)
words.map(analyse).pprint()
words.map(lambda ws: (list(itertools.combinations(ws[:3], 2)), len(list(itertools.permutations(ws, 2))),
                      list(itertools.product("ab", repeat=2))[:3])).pprint()
words.map(lambda ws: (list(itertools.chain.from_iterable(ws))[:6], list(itertools.islice(itertools.cycle(ws), 1, 7, 2)),
                      list(itertools.zip_longest(ws, range(2), fillvalue="-")))).pprint()
words.map(lambda ws: (functools.reduce(operator.add, map(len, ws), 100), list(itertools.starmap(pow, [(2, len(ws)), (len(ws), 2)])),
                      sorted(ws, key=functools.cmp_to_key(by_len_then_rev)))).pprint()
add10 = functools.partial(operator.add, 10)
lines.map(len).map(lambda n: (add10(n), fib(n * 3), list(itertools.takewhile(lambda x: x < n, itertools.count(0, 7))))).pprint()
lines.flatMap(str.split).map(lambda w: (w[0], len(w))).reduceByKey(operator.add).transform(lambda rdd: rdd.sortByKey()).pprint(20)
