# Set layouts as CPython 3.11 lays them out (iteration order): displays of constants
# (a frozenset constant merged into a new set), starred displays and set(s) (merges),
# the methods with sets, dicts and lists as arguments, in-place operators on the set
# itself (other names see the change), s | s and s & s, and pop. Generated programs,
# each in its own function.
def case_6():
    s0 = {'b', 3, True, 'y', 'a', 'a', 'c', (1, 2), -4}
    s1 = {True, 2.5, 1, 1, True, 'a', 'y'}
    s2 = {True, 'x', 2.5, 2, 17, 17, (1, 2)}
    s3 = {'x'}
    s2.pop() if s2 else None
    print(s2)
    s2.pop() if s2 else None
    print(s2)
    s0.pop() if s0 else None
    print(s0)
    s1.add('x')
    print(s1)
    s0.difference_update(['a', (1, 2)])
    print(s0)
    s3.intersection_update(s3)
    print(s3)
    s0.symmetric_difference_update([True, 'b', -4])
    print(s0)
    s2 |= s3
    print(s2)
    s0.update([-4, True, 1, 'x'])
    print(s0)
    print(s3.union(['y', -4, 3, (1, 2), 3, 3, 'c']))
    print(set(dict.fromkeys([(1, 2), 2, 3, 2.5, True])))
    print({*s0, *s1})
    s0.add(2)
    print(s0)
    print(s3 ^ s0)
case_6()
def case_15():
    s0 = {'a', 17, 2.5}
    s1 = set()
    s2 = {'x', 'a'}
    s3 = set()
    s1 ^= s2
    print(s1)
    print(set(dict.fromkeys(['y', 2.5, 17])))
    print(s2 | s3)
    s2.add(2.5)
    print(s2)
    print(set(s2))
    s3.intersection_update(s3)
    print(s3)
    s3.update([2.5, 'b', 'y', 'b'])
    print(s3)
    print(s1.difference([3, 'a', 17, 'a', 3, 'b', -4], s3))
    print(s0 & s0)
    print(s2.difference([17, 'a', True, 2], s3))
    s1.difference_update([1, 'x', (1, 2), -4, 1])
    print(s1)
    print(set(dict.fromkeys([2.5])))
    s3.discard(-4)
    print(s3)
    s2.difference_update(['x', 17, (1, 2), 17, (1, 2), 'b'])
    print(s2)
case_15()
def case_37():
    s0 = {'b', -4, (1, 2), 2.5, (1, 2), 17, 'a', (1, 2), 1}
    s1 = {17, True, 'b', (1, 2), 3, -4, True}
    s2 = {2, 2.5, 2, 3}
    s3 = {True, 'a'}
    print({x for x in s0})
    s2.difference_update([17, 2, 'b'])
    print(s2)
    s0 |= s1
    print(s0)
    print(s0.intersection(s1))
    print(s3.difference(s1))
    print(s0.union(s2, {1}))
    print(s0.symmetric_difference([17, 'y', 3]))
    s1.pop() if s1 else None
    print(s1)
    s0 |= s2
    print(s0)
    s1.update([-4, 2.5, 3, 1, True, 17, 'y'])
    print(s1)
    print(s0.copy())
    s1 -= s2
    print(s1)
    s0 -= s2
    print(s0)
    s1.update(['c', 'c', 'x'])
    print(s1)
case_37()
def case_304():
    s0 = {'x', 2}
    s1 = {3, 'a', 'x', True, (1, 2), 2.5, 'y', 'x'}
    s2 = {2.5, 'x', True, 'a', 'a', 'y', 'y', (1, 2), 'b'}
    s3 = {2, 'c', 'c', 2}
    s3.add('y')
    print(s3)
    print(s3 - s3)
    s0.update([True, 'a', 2, 1, 1, 'x', 'x'])
    print(s0)
    print(s3.union([]))
    print(s3 & s1)
    print(s3 - s0)
    print(s3.union(s1, set()))
    print(s2.symmetric_difference(['b', 2, 'x', 'b']))
    print(s0 ^ s1)
    s3.symmetric_difference_update([17, 3, (1, 2), True, 2])
    print(s3)
    s1.discard(True)
    print(s1)
    print(set([17, 'x', 'a']))
    print(set().union(s0, s0))
    print(set().union(s3, s1))
case_304()
def case_307():
    s0 = {'y', True, 2.5, 'y', 17, 3, 2, 'y'}
    s1 = set()
    s2 = {(1, 2), 'x', -4, 1, 'b', 'x'}
    s3 = {2.5, 'y', 2, 2.5, (1, 2), 'a', 'c'}
    s2 &= s1
    print(s2)
    print(s0 ^ s0)
    print(s1 - s3)
    print(s0.union([(1, 2)]))
    print(s1.difference([], s2))
    print(s1.union(['b']))
    s2.pop() if s2 else None
    print(s2)
    print(frozenset(s2))
    s0.difference_update([(1, 2), 'c'])
    print(s0)
    print(set(dict.fromkeys([-4, 17, (1, 2), 'b'])))
    s2.update([-4, 'b'])
    print(s2)
    print(s2.intersection(['b', 17, 2.5]))
    s1.difference_update(['x', 2.5])
    print(s1)
    print(s0 & s1)
case_307()
def case_310():
    s0 = {'b', 'x', (1, 2), 'y', 'c', 'y', -4, 17}
    s1 = {1, 3, 2, 2.5, 'x'}
    s2 = {-4, 'y'}
    s3 = {1, 'x'}
    s1 &= s1
    print(s1)
    print({*s2, *s0})
    print(s0.union([]))
    s1.symmetric_difference_update([])
    print(s1)
    print(s3.copy())
    print(set(s2))
    s3.intersection_update(s0)
    print(s3)
    s0 -= s1
    print(s0)
    s3.intersection_update(s1)
    print(s3)
    s2 -= s0
    print(s2)
    s0 |= s2
    print(s0)
    print(s2 | s1)
    print(set(s0))
    s0.intersection_update(s2)
    print(s0)
case_310()
def case_5():
    s0 = {'y', 2.5, 1, True, 2.5, 2.5, (1, 2), 17, 'a'}
    s1 = {True, 'x', (1, 2), 'a', 'c', 'b', 1}
    s2 = {'x', 2, 17, 'b', -4, 'x', 'a'}
    s3 = {2, 'y', 'c'}
    s3 |= s1
    print(s3)
    s1 -= s1
    print(s1)
    print({x for x in s1})
    print({*s0, *s2})
    s3 |= s1
    print(s3)
    print(s3.copy())
    s2 &= s3
    print(s2)
    s1.update(['c', 1, 'y', 2.5, 17])
    print(s1)
    print(s1.difference(s0))
    print({*s3, *s0})
    print(s2.union([2.5, -4]))
    s3.add(-4)
    print(s3)
    s3.add(2)
    print(s3)
    print({x for x in s1})
case_5()
def case_9():
    s0 = {-4, 1, 'y', 'c', 'c', (1, 2), 'a'}
    s1 = {17, 3, -4, 'b', 1}
    s2 = {-4, 2.5, 'a', 2.5, 2, 'c', 2.5, 3}
    s3 = {'c', 'c', 'x', 'a', 'b', 'c'}
    s0.intersection_update(s3)
    print(s0)
    s0 -= s2
    print(s0)
    print(s0 | s1)
    print({x for x in s0})
    s1.discard('y')
    print(s1)
    print(s1.intersection([]))
    print(s1.intersection(s0))
    s0 &= s3
    print(s0)
    s0 &= s0
    print(s0)
    s3.discard('c')
    print(s3)
    print(frozenset(s1))
    s2 &= s0
    print(s2)
    print(s0 ^ s3)
    print({*s0, *s2})
case_9()
def case_21():
    s0 = {2, 2.5}
    s1 = {(1, 2), 'y', 3, 'x', True, 3}
    s2 = {'c', 17, 17, 'x', True, 'a', 'a', 1}
    s3 = {2, 'b', 'c', True, True, 'x', 'x', 2.5, 'a'}
    s3 &= s3
    print(s3)
    print(s0 & s3)
    s3.pop() if s3 else None
    print(s3)
    print({*s0, *s0})
    print(set().union(s3, s2))
    s1.update(['c'])
    print(s1)
    s1 ^= s0
    print(s1)
    s3 ^= s1
    print(s3)
    s1 |= s0
    print(s1)
    print(s3.union(s1, {1, (1, 2), 'c', 'c', 2.5, 2.5}))
    print({*s3, *s0})
    print(set(s2))
    print(s1 ^ s3)
    print(s1.intersection([True, 'c', 'b', 'b', (1, 2), 'y', 'c']))
case_21()
def case_44():
    s0 = {17, 17, 2.5, 'b', 'c', 2}
    s1 = {'y', 'a', 'x'}
    s2 = {-4}
    s3 = set()
    print(set(s0))
    print(set(s2))
    print(s0.intersection(s2))
    s1.pop() if s1 else None
    print(s1)
    s3.difference_update([1, 3, (1, 2), 3, -4])
    print(s3)
    s0.pop() if s0 else None
    print(s0)
    s2.intersection_update(s2)
    print(s2)
    s0.discard(2.5)
    print(s0)
    s2 ^= s0
    print(s2)
    print(frozenset(s0))
    print(set(dict.fromkeys([1])))
    print({*s3, *s2})
    s0 -= s2
    print(s0)
    print(s0.union([(1, 2), (1, 2), 2.5, True, 2, 2]))
case_44()
alias = {1, 2, 3}
same = alias
alias |= {4, 17}
alias -= {2}
alias ^= {3, 33}
alias &= {1, 4, 33, 17}
print(same, same is alias)
