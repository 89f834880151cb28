import random
from random import Random

r = Random(42)
print([r.random() for _ in range(5)])
print([r.randint(1, 100) for _ in range(10)])
print([r.randrange(10) for _ in range(10)], r.randrange(5, 50, 7), r.randrange(50, 5, -3))
print([r.getrandbits(k) for k in (1, 7, 31, 32, 33, 50, 63)])
for seed in (0, 1, -5, 2**32, 2**40 + 17, 123456789012345, True, 3.5, -2.25, "hello", "", "päivää"):
    g = Random(seed)
    print(repr(seed), g.random(), g.randrange(1000))

random.seed(7)
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.choice("abcdef"), random.choice([1, 2, 3]), random.choice(range(100, 200)))
print(random.sample(range(1000), 10))
print(random.sample(["a", "b", "c", "d", "e"], 3))
print(random.sample(range(10), 10))
print(random.sample(range(100), 30))
print(random.sample(["x", "y"], k=5, counts=[3, 4]))
print(random.choices("abc", k=6))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=8))
print(random.choices([1, 2, 3], cum_weights=[0.1, 0.5, 1.0], k=8))
print(random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(5, 2), random.gauss(0, 1))
print(random.normalvariate(), random.normalvariate(10, 3))
print(random.expovariate(1.5), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.gammavariate(2.5, 1), random.gammavariate(0.5, 2))
print(random.gammavariate(1.0, 3), random.betavariate(2, 3), random.paretovariate(3))
print(random.weibullvariate(1, 1.5))

a = Random("spark")
b = Random("spark")
print(a.random() == b.random(), a.random())
state = a.getstate()
first = a.random()
a.setstate(state)
print(a.random() == first, len(state[1]), state[0])
random.seed(99)
print(random.random())
random.seed(99)
print(random.random())
for name, bad in [
    ('random.choice([])', lambda: random.choice([])),
    ('random.randrange(0)', lambda: random.randrange(0)),
    ('random.randrange(5, 5)', lambda: random.randrange(5, 5)),
    ('random.randrange(1, 10, 0)', lambda: random.randrange(1, 10, 0)),
    ('random.sample([1, 2], 3)', lambda: random.sample([1, 2], 3)),
    ('random.sample({1, 2}, 1)', lambda: random.sample({1, 2}, 1)),
    ('random.choices([1], [1, 2])', lambda: random.choices([1], [1, 2])),
    ('random.randrange(2.5)', lambda: random.randrange(2.5)),
    ('random.getrandbits(-1)', lambda: random.getrandbits(-1)),
    ('random.gammavariate(0, 1)', lambda: random.gammavariate(0, 1)),
    ('random.seed([1])', lambda: random.seed([1])),
    ('random.choices([1, 2], 3)', lambda: random.choices([1, 2], 3)),
]:
    try:
        bad()
    except Exception as e:
        print(name, type(e).__name__, e)
big = random.Random(2**100 + 12345)
print(big.random(), big.getrandbits(64), big.getrandbits(100), random.Random(-(2**70)).random())
random.seed(5)
print(random.getrandbits(200))
