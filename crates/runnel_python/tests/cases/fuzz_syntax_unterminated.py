# An unclosed string: CPython's words, 'unterminated string literal (detected at line N)' (found by tools/fuzz/py_gen.py).
print('never runs')
words = ['a', 'b]
print(words)
