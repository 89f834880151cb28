# batch: 1
# batches: 3
# statistics over each batch's readings: mean, fmean, median, median_low/high, mode,
# multimode, stdev and pstdev, variance, quantiles, geometric_mean, harmonic_mean, with
# StatisticsError caught for one-value stdev and empty data, per key through groupByKey
# and for the whole batch in foreachRDD; Fraction-free floats printed with repr.
import statistics as st


def resumen(vals):
    vals = sorted(vals)
    out = [st.mean(vals), st.median(vals), st.median_low(vals), st.median_high(vals), st.mode(vals)]
    try:
        out.append(round(st.stdev(vals), 6))
    except st.StatisticsError as e:
        out.append(str(e))
    out.append(st.pstdev(vals))
    return out


data = [[[("a", 3), ("a", 1), ("b", 2.5)], [("a", 4), ("c", 7), ("b", 2.5), ("a", 1)]],
        [[("a", 10), ("b", -1)], [("b", 4), ("b", 4), ("b", 3)]],
        [[("c", 1.5), ("c", 2.5)], [("c", 3.5), ("c", 2.5)]]]
readings = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = readings.groupByKey().mapValues(resumen)
nuevoDStream.pprint()


def global_stats(rdd):
    vals = rdd.values().collect()
    print("n", len(vals), "fmean", st.fmean(vals), "var", st.variance(vals), "pvar", st.pvariance(vals))
    print("multimode", st.multimode(vals), "quantiles", st.quantiles(vals, n=4))
    pos = [v for v in vals if v > 0]
    print("geo", round(st.geometric_mean(pos), 10), "harm", st.harmonic_mean(pos))
    try:
        st.mean([])
    except st.StatisticsError as e:
        print("error:", e)
    print(st.median_grouped([1, 2, 2, 3, 4]), st.mode(["x", "y", "y"]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))


readings.foreachRDD(global_stats)
