# UnicodeEncodeError names the whole run of unencodable characters, as CPython (found by tools/fuzz/py_gen.py).
for s in ['ΣΑΣ', 'aΩμb', 'é€', '€é€x€', 'x😀😀', 'abc€']:
    for enc in ['ascii', 'latin-1']:
        try: print(s.encode(enc))
        except UnicodeEncodeError as e: print(e)
