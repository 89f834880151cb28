# batch: 1
# batches: 2
# Output formatting of the print lines tutorials write: str.format with widths and
# alignment, f-strings with conversions, %-formatting of ints, floats and strings,
# thousands separators, percentages, zero padding, and print with sep/end.
data = ssc.queueStream(createQUEUERDD([[[("apple", 1234567, 0.25), ("kiwi", 3, 1 / 3)]], [[("ñandú", -42, 12.5), ("", 0, 0.0)]]]))


def report(t, rdd):
    print("Batch", t, sep=" @ ", end=" |\n")
    for name, n, ratio in sorted(rdd.collect()):
        print("{:<8}|{:>10,}|{:^9.2%}|{!r}".format(name, n, ratio, name))
        print(f"{name!s:>6} {n:08d} {ratio:.3e} {ratio:g} {n:+} {n:x} {n:o} {n:b}"[:90])
        print("%-6s %5d %7.3f %s %r %%" % (name, n, ratio, ratio, name))


data.foreachRDD(report)
nuevoDStream = data.map(lambda r: "{0}:{1:.1f}".format(r[0], r[2] * 100))
data.map(lambda r: "{name}={n:_}".format(name=r[0], n=r[1])).pprint()
