# A missing indented block: CPython's IndentationError naming the clause and its line (found by tools/fuzz/py_gen.py).
print('never runs')
for word in ['a', 'b']:
    if word:
    print(word)
