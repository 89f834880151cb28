# min/max compare each new item with the best so far (item < best, item > best): the
# TypeError names the types in that order.
for f in (min, max):
    for args in (([1, "a"],), (["a", 1],), (1, "a"), ("a", 1), ([2, 1, None],), ([None, 1],)):
        try:
            print(f.__name__, f(*args))
        except TypeError as e:
            print(f.__name__, "TypeError", e)
    try:
        print(f.__name__, f([3, "x"], key=lambda v: v))
    except TypeError as e:
        print(f.__name__, "TypeError", e)
print(max([1, 3, 2]), min([3, 1, 2]), max("b", "a"), min([], default=0))
