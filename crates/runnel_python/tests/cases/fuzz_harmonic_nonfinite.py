# statistics.harmonic_mean with a nan or infinite item: CPython's _sum keeps the float alone (found by tools/fuzz/py_gen.py).
import statistics
nan, inf = float('nan'), float('inf')
for data in [[nan, 223.2, 10**30], [inf, 2.0], [1.0, inf, inf], [2.5, nan], [1, 2, 4], [0.5, 1e308, 1e308]]:
    try: print(statistics.harmonic_mean(data))
    except Exception as e: print(type(e).__name__, e)
print(statistics.harmonic_mean([inf, 2.0], weights=[1, 3]))
