# Value semantics that live in runnel_core (set order, float repr), checked end to end.
s = {2, 3, 4}
print(s | {9}, s ^ {3, 7}, s.symmetric_difference({4, 8}))
print({"b", "a", "c"} == {"a", "b", "c"}, {10, 1, 100, 33})
