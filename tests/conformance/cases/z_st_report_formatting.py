# batch: 1
# batches: 2
# A sales report printed from foreachRDD: f-strings with alignment (:>10, :<12, :^8),
# fill characters, :.2f, :,.2f, :_, :+d, :e, :%, :#o, :08.3f, nested width/precision,
# !r/!s/!a conversions (accents and emoji through ascii()), %-formatting (%5s, %-5d, %.3e,
# %r, %c, %x, %(name)s with a dict), str.format with indexes, keys and attributes, and
# format() of ints, floats and strings with the same specs.
class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price


data = [[[("café", 2, 1.5), ("tostada", 10, 2.25)], [("zumo🍊", 1500, 3.0), ("té", 0, 0.995)]],
        [[("croissant", 123456, 1.125), ("ñoquis", 7, 12345.678)]]]
ventas = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = ventas.map(lambda r: (r[0], r[1] * r[2]))
nuevoDStream.pprint()
ventas.map(lambda r: "%-10s|%5d|%8.2f|%.3e|%r|%c|%x|%%" % (r[0], r[1], r[2], r[1] * r[2], r[0], 65 + r[1] % 26, r[1])).pprint()
ventas.map(lambda r: "{0:>12}|{1:^8}|{2:*<9.1f}|{3[0]}|{4.name}".format(r[0], r[1], r[2], r, Item(r[0], r[2]))).pprint()


def informe(rdd):
    total = 0.0
    w, p = 9, 3
    print(f"{'producto':<12}{'uds':>8}{'precio':>10}{'importe':>14}")
    for name, qty, price in sorted(rdd.collect(), key=lambda r: -r[1] * r[2]):
        imp = qty * price
        total += imp
        print(f"{name:<12}{qty:>8,}{price:>10.2f}{imp:>14,.2f} {qty:+d} {imp:e} {price:{w}.{p}f} {qty:#o} {price:08.3f}")
    print(f"{'TOTAL':.<34}{total:>.2f} {total:_.1f} {0.25:%} {0.125:.1%} {name!r} {name!a} {name!s:>8}")
    print("%(n)s tiene %(c)d letras" % {"n": name, "c": len(name)}, format(total, ",.3f"), format(42, "08b"), format("x", "^5"), format(3.0, "g"), format(1e20, "g"), format(-0.0, "+.1f"))


ventas.foreachRDD(informe)
