for i in range(3):
    print("i", i)
else:
    print("for else")
for i in range(10):
    if i == 2:
        continue
    if i == 4:
        break
    print("loop", i)
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
x = 5
if x > 10:
    print("big")
elif x > 3:
    print("medium")
else:
    print("small")
print("yes" if x else "no")
for k, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(k, a, b)
for ch in "ab":
    for d in [1, 2]:
        print(ch, d, end=" ")
print()
print(1, 2, 3, sep=", ", end="!\n")
if __name__ == "__main__":
    print("main", __name__)
assert x == 5, "never"
squares = {}
i = 0
while i < 5:
    squares[i] = i * i
    i += 1
print(squares)
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1] = 5
print(matrix)
