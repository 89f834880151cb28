import sys
import string
from functools import reduce
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
print(string.punctuation, string.ascii_lowercase, string.digits)
line = "¡Hola, mundo! ¿Qué tal? (bien)."
table = str.maketrans("", "", string.punctuation)
print(line.translate(table), "abc".translate(str.maketrans("ab", "xy")), "abc".translate({97: None, 98: "BB"}))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(max, [3, 9, 2]), reduce(lambda a, b: a * b, [], 1))
print(len(sys.argv), sys.maxsize)
words = [w.strip(string.punctuation).lower() for w in "Uno, dos; ¡tres! uno.".split()]
print(words)
sys.exit(0)
print("not reached")
