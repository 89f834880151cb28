l = [3, 1, 2]
l.append(5)
l.extend([9, 0])
l.insert(0, 7)
print(l, len(l))
print(l.pop(), l.pop(0), l)
l.remove(9)
print(l, l.index(2), l.count(1))
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
l.reverse()
print(l, l.copy(), l[1:], l[:-1], l[::2], l[-2])
l.clear()
print(l)
m = [1, 2, 3, 4, 5]
m[0] = 10
m[1:3] = [20, 30, 40]
print(m)
del m[0]
del m[-2:]
print(m)
a = [1, 2]
b = a
b += [3]
print(a, a is b, a == [1, 2, 3])
print([1, 2] + [3], [0] * 3, [[1, 2], [3]][1][0])
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([3, 1, 2], reverse=True))
nested = [[1, 2], [3, 4]]
print([x for row in nested for x in row], [x * x for x in range(5) if x % 2 == 0])
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -1)), range(3))
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t + (4,), len(t), 2 in t)
print(max([1, 5, 3]), min([4, 2, 8]), sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []))
print(max(["aa", "b", "ccc"], key=len), min([], default="vacía"), max(1, 2, 3))
print(any([0, 0, 1]), all([1, 2, 0]), any([]), all([]))
