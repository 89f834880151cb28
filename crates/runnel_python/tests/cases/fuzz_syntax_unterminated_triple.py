# An unclosed triple-quoted string: detected at the program's last line, as CPython's tokenizer.
print('never runs')
doc = '''text
more text

print(doc)
