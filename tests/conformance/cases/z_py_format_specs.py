# batch: 1
# batches: 2
# Report lines built with f-string format specs ({x:>10.3f}, {n:,}, {d!r}, {p:.1%},
# {n:08b}, {n:#x}, {s:^9}, {x:+.2e}, nested width fields) and %-formatting
# (%-8s|%5.2f|%03d|%e|%g|%x|%r|%%), printed from map and from foreachRDD.
data = [[[("apple", 3, 1234.5678), ("kiwi", 12, 0.5)], [("fig", 250, 1e-5)]],
        [[("banana", 1000000, 99.995), ("nut", 0, -2.5)]]]
items = ssc.queueStream(createQUEUERDD(data))


def line(rec):
    name, qty, price = rec
    w = len(name) + 4
    return (f"|{name:<8}|{qty:>7,}|{price:>10.3f}|{price:+.2e}|{name!r:^12}|{qty:08b}|{qty:#x}|"
            f"{price:{w}.{2}f}|{qty / 3:.1%}|{name:*^9}|{qty:_d}|{price:g}|{-qty:=+6}|")


def pct(rec):
    name, qty, price = rec
    return "%-8s|%5.2f|%03d|%e|%g|%x|%r|%%|%+d|%10.4s|%-5d|" % (name, price, qty, price, price, qty, name, qty, name, qty)


items.map(line).pprint()
nuevoDStream = items.map(pct)
nuevoDStream.pprint()


def table(rdd):
    rows = rdd.collect()
    total = sum(q * p for _, q, p in rows)
    print(f"{'name':<8}{'total':>14}")
    for n, q, p in sorted(rows, key=lambda r: r[1] * r[2], reverse=True):
        print(f"{n:<8}{q * p:>14,.2f}")
    print(f"{'sum':<8}{total:>14,.2f} {total!s:>22} {len(rows):>{3}d} {format(total, '.3g')} {'%.0f' % total}")


items.foreachRDD(table)
