# %-formatting of ints beyond 64 bits and of floats beyond them (found by tools/fuzz/py_gen.py).
print('%g %e %e' % ((3**40), (1.23456789e-7), (10/4)))
print('%8.3f %g %-5d|' % (-419401, (2**64-1), (0.5)))
print('%05d' % ((1.7976931348623157e308),))
print('%.1f %s %x' % ((-10**30), (), 2**70))
print('%d %i' % (1e20, -2.5e19))
for bad in [float('inf'), float('nan')]:
    try: print('%d' % bad)
    except Exception as e: print(type(e).__name__, e)
try: print('%f' % (10**400,))
except Exception as e: print(type(e).__name__, e)
