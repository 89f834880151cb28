# Set displays of folded constants (found by tools/fuzz/py_gen.py): CPython's AST
# optimizer folds `2**64-1`, `'x'*5`, `-(2**63)`, `not 0` into constants, so the display
# is a frozenset constant merged into a new set, and its order is that table's.
print({1000, 'ΣΑΣ', -1, (2, 'café'), 0.5, ((2**64-1), 'Hello World')})
print({-0.0, 'q"uote', ('x'*5), 100, 7, (1, -(2**63))})
print({229659, 2.0, (-13, '-42'), (2**64), 'Ωμέγα', ('x'*5)})
print({((12345678901234567890), 'one two  three'), (648162, '-inf'), False, 'nan', ((2**64), '0b101')})
print({(10**30), 3**40, 2**61-1, 'ab' + 'cd', b'x' * 3, not 0, ~5, 1 << 70, 7 // 2, 7 / 2, 7 % 3})
# Too big to fold (CPython's limits): built by adding each item in order.
print({2**100, 'a', 'b', 'c', 'd', 'e', 'f'})
print({1 << 200, 'a' * 5000, (1,) * 300, 'x', 'y', 'z'} == {1 << 200, 'a' * 5000, (1,) * 300, 'x', 'y', 'z'})
print({'%s' % 1, 'a', 'b', 'c', 'd', 'e', 'f'})
print({'abc'[1], 'a', 'b', 'c', 'd', 'e', 'f', 'g'})
