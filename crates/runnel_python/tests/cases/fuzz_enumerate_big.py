# enumerate() counts from any int, as CPython (found by tools/fuzz/py_gen.py).
print(list(enumerate('ab', start=2**64)), list(enumerate('ab', 2**63-1)), list(enumerate('ab', True)), list(enumerate('ab', -2**70)))
try: enumerate('a', 1.5)
except Exception as e: print(type(e).__name__, e)
