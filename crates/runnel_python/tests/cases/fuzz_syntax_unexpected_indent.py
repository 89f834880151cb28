# Indentation after a statement that opens no block: IndentationError 'unexpected indent'.
x = 1
  y = 2
print(x)
