# batch: 1
# batches: 3
# Hashtag co-occurrence with itertools: combinations of each tweet's sorted tags as
# reduceByKey keys, groupby of sorted words by first letter, chain.from_iterable,
# accumulate (running sums and max), islice, pairwise, zip_longest, product,
# permutations, starmap, compress, dropwhile/takewhile, count and cycle with islice, tee.
import itertools as it
import operator


def pares(tweet):
    tags = sorted(set(w.lower() for w in tweet.split() if w.startswith("#")))
    return list(it.combinations(tags, 2))


data = [[["#spark #python hola #Spark", "#big #data #spark"], ["#python #data"]],
        [["#data #spark #python #big"], ["sin tags", "#solo"]],
        [["#big #python"]]]
tweets = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = tweets.flatMap(pares).map(lambda p: (p, 1)).reduceByKey(operator.add)
nuevoDStream.pprint()
tweets.map(lambda t: [(k, list(g)) for k, g in it.groupby(sorted(t.lower().split()), key=lambda w: w[:2])]).pprint()


def ventanas(rdd):
    palabras = rdd.flatMap(lambda t: t.split()).collect()
    largos = [len(p) for p in palabras]
    print(list(it.accumulate(largos)), list(it.accumulate(largos, max)), list(it.accumulate(largos, operator.mul, initial=1))[:4])
    print(list(it.islice(palabras, 1, None, 2)), list(it.pairwise(largos))[:3])
    print(list(it.zip_longest(palabras[:3], largos[:2], fillvalue="?")), list(it.product("ab", repeat=2)))
    print(len(list(it.permutations(palabras[:4]))), list(it.starmap(pow, [(2, 3), (3, 2)])),
          list(it.compress(palabras, [1, 0, 1])), list(it.takewhile(lambda n: n < 7, largos)),
          list(it.dropwhile(lambda n: n < 7, largos))[:2])
    a, b = it.tee(it.chain.from_iterable(p.split("#") for p in palabras[:2]))
    print(list(a), list(it.islice(zip(it.count(10, 5), it.cycle("xy"), b), 4)))


tweets.foreachRDD(ventanas)
