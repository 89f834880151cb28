# batch: 1
# batches: 3
# Seeded randomness per partition, as a student simulates noise: random.Random(seed +
# index) in mapPartitionsWithIndex (random, randint, uniform, choice, gauss, sample,
# shuffle, choices with weights, randrange, getrandbits), a string seed, and a module-level
# random.seed on the driver in foreachRDD; noisy readings aggregated with reduceByKey.
import random


def ruido(idx, it):
    rng = random.Random(42 + idx)
    for sensor, v in it:
        yield (sensor, round(v + rng.uniform(-1, 1), 6), rng.randint(1, 6), rng.choice("abc"), rng.random())


def muestreo(idx, it):
    rng = random.Random("semilla-%d" % idx)
    items = list(it)
    rng.shuffle(items)
    yield (idx, items, rng.sample(range(100), 3), round(rng.gauss(0, 1), 12), rng.randrange(0, 100, 7), rng.getrandbits(70))


data = [[[("s1", 10.0), ("s2", 20.0), ("s1", 11.0)], [("s3", 5.0), ("s2", 21.0)]],
        [[("s1", 9.5)], [("s3", 4.0), ("s3", 6.0)]],
        [[("s2", 19.0), ("s2", 22.5), ("s1", 10.5)]]]
rd = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = rd.mapPartitionsWithIndex(ruido)
nuevoDStream.pprint()
nuevoDStream.map(lambda r: (r[0], r[1])).reduceByKey(lambda a, b: round(a + b, 6)).pprint()
rd.mapPartitionsWithIndex(muestreo).pprint()


def driver(t, rdd):
    random.seed(len(rdd.collect()))
    print(random.random(), random.choices(["x", "y", "z"], weights=[1, 5, 2], k=5), random.randint(-5, 5))
    r = random.Random(2**70 + 1)
    print(r.random(), r.expovariate(2.0), r.triangular(0, 10, 3), r.betavariate(2, 3))


rd.foreachRDD(driver)
