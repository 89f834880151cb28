def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in [0, 1, -1, 12345678, -1234567.891, 3.14159, 1e20, 1.5e-7, 2**70, True, float('inf'), float('nan'), -0.0]:
    for spec in ['', ',', '_', '10,', '>12_', '<10', '^11', '=+12', '+', ' ', 'e', '.3e', 'E', 'f', '.2f', ',.2f', '_.3f', 'g', '.3g', 'G', '%', '.1%', 'n', 'x', '#x', 'X', 'o', '#o', 'b', '#b', '_b', ',d', 'c', '08.3f', '-^9', '*>+10.2f', '010', '#.0f', '.0e', 's']:
        t(lambda: format(v, spec))
