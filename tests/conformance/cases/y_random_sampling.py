# batch: 1
# batches: 2
# Seeded randomness: random.Random(seed) per record, module-level seed with a string,
# shuffle/choice/sample/randint/uniform/gauss, and RDD sample/takeSample with and without
# replacement (PySpark's own sampler: same records as Spark for the same seed).
import random


def noisy(x):
    r = random.Random(x)
    return (x, r.randint(1, 100), round(r.uniform(0, 1), 6), r.choice("abcdef"), r.sample(range(50), 3))


def show(t, rdd):
    print(t)
    print("sample", rdd.sample(False, 0.5, 42).collect())
    print("sample repl", rdd.sample(True, 1.5, 7).collect())
    print("takeSample", rdd.takeSample(False, 4, 11))
    print("takeSample repl", rdd.takeSample(True, 6, 3))
    random.seed("curso")
    xs = list(range(8))
    random.shuffle(xs)
    print("shuffle", xs, round(random.gauss(0, 1), 9), random.getrandbits(40), random.randrange(0, 100, 5))


nums = ssc.queueStream(createQUEUERDD([[list(range(0, 10)), list(range(10, 25))], [[100, 200, 300], [7]]]))
nums.map(noisy).pprint(3)
nums.foreachRDD(show)
