def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import random
for seed in [0, 42, -7, 2**70, "hello", b"bytes", 3.5, ""]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 50, 5), random.uniform(1, 2))
r = random.Random(123)
print(r.sample(range(100), 5), r.sample(["a", "b", "c"], 3), r.choices("abc", k=5), r.choices("abc", weights=[1, 0, 5], k=4), r.choices(range(4), cum_weights=[1, 2, 3, 10], k=4))
x = list(range(10)); r.shuffle(x); print(x)
print(r.getrandbits(70), r.gauss(0, 1), r.normalvariate(5, 2), r.expovariate(1.5), r.triangular(0, 10, 3), r.betavariate(2, 3), r.gammavariate(2, 1), r.lognormvariate(0, 1), r.paretovariate(3), r.weibullvariate(1, 2), r.vonmisesvariate(0, 1))
print(r.randbytes(5), r.sample(range(10), k=3, counts=None) if True else 0)
t(lambda: r.sample([1, 2], 3))
t(lambda: r.choice([]))
t(lambda: r.randrange(5, 5))
t(lambda: r.randint(3, 1))
t(lambda: r.sample(["x", "y"], 3, counts=[2, 1]))
t(lambda: r.choices("ab", weights=[1], k=2))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
random.seed(5); print([random.randint(0, 9) for _ in range(10)], random.sample("hello world", 4))
random.seed(None); print(type(random.random()).__name__)
