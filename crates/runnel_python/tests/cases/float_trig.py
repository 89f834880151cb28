# The trigonometric functions and what uses them (random.gauss, vonmisesvariate): glibc's
# results natively (Rust's f64 methods call glibc); the wasm engine's may differ in the
# last bit (runnel_core/src/fmath/trig.rs says why).
import math
import random

xs = [i / 8 for i in range(-40, 41)] + [0.1, 0.3, 2.5, 10.0, 100.0, 1e-5, 123.456, 700.0]
for name in ["sin", "cos", "tan", "atan"]:
    f = getattr(math, name)
    print(name, [f(x) for x in xs])
unit = [i / 64 for i in range(-64, 65)] + [0.999, -0.9999, 1e-9]
print("asin", [math.asin(x) for x in unit], "acos", [math.acos(x) for x in unit])
print("atan2", [math.atan2(y, x) for y in (-2.0, -0.0, 0.0, 0.5, 3.0) for x in (-1.5, -0.0, 0.0, 2.0)])
r = random.Random(7)
print([r.gauss(0, 1) for _ in range(4)], [r.vonmisesvariate(1, 4) for _ in range(3)])
