# Value semantics that live in runnel_core (set order, float repr), checked end to end.
print(1e20, 1e16, 1.5e-7, 123456789012345678.0, -0.0, 1e300 * 10)
print(str(2.0 ** 60), 0.1 * 3, 1 / 3)
print(str(2.5e-5), 1e-5 * 3, 1.7976931348623157e308)
