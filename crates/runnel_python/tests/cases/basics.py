x = 1
y = 2.5
s = "hola" " mundo"
print(x, y, s)
print(x + y, x * 3, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 7 / 2)
print(1 == 1.0, True + 1, None is None, not x, x and y, 0 or "z")
print(1 < 2 < 3, 3 > 2 > 2, 1 != 2)
print(~5, -x, +y, 6 & 3, 6 | 3, 6 ^ 3, 1 << 4, 256 >> 2)
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
n = 10
n += 5
n -= 1
n *= 2
n //= 3
print(n)
t = ()
print(t, (1,), [1, [2, 3]], {"a": 1}, {1, 2, 3})
print(7.0 // 2, 7.5 % 2, -7.5 % 2, 2 ** -1, 10 / 4)
print(type(1), type("x"), type([]) == list)
