# Depends on runnel_core's float repr matching CPython's.
print(1e20, 1e16, 1.5e-7, 123456789012345678.0, -0.0, 1e300 * 10)
print(str(2.0 ** 60), 0.1 * 3, 1 / 3)
