import random
r = random.Random(7)
xs = [1.5, 0.1, -0.0, 0.0, float("inf"), float("-inf"), float("nan"), 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1e300, -1e-300, 1.0, 2.0, 0.5, 3.141592653589793, 1.7976931348623157e308]
xs += [r.uniform(-1e6, 1e6) for _ in range(20)] + [r.random() * 10 ** r.randint(-300, 300) for _ in range(20)]
for x in xs:
    print(repr(x), x.hex())
