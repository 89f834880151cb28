# batch: 1
# batches: 3
import random


def noisy(x):
    r = random.Random("seed-%d" % x)
    return (x, round(r.gauss(0, 1), 6), r.choice("abcdef"), r.sample(range(10), 3))


def shuffled(it):
    items = list(it)
    random.seed(42)
    random.shuffle(items)
    return items


data = [[[1, 2, 3], [4, 5]], [[6, 7, 8, 9]]]
nums = ssc.queueStream(createQUEUERDD(data))
nums.map(lambda x: (x, random.Random(x).randint(1, 100))).pprint()
nums.map(noisy).pprint()
nums.mapPartitions(shuffled).pprint()
nums.map(lambda x: random.Random(x * 7).random()).pprint()
