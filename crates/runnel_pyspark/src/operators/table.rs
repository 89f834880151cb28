//! The entries: PySpark 3.5's signatures (`pyspark/streaming/dstream.py` and
//! `context.py`), parameter names and defaults as there.

use super::{Arity, OpKind, Operator, Param, ParamKind as K, Receiver};

const fn p(name: &'static str, kind: K) -> Param {
    Param {
        name,
        default: None,
        kind,
        variadic: false,
    }
}

const fn d(name: &'static str, default: &'static str, kind: K) -> Param {
    Param {
        name,
        default: Some(default),
        kind,
        variadic: false,
    }
}

const fn star(name: &'static str, kind: K) -> Param {
    Param {
        name,
        default: None,
        kind,
        variadic: true,
    }
}

#[allow(clippy::too_many_arguments)]
const fn op(
    receiver: Receiver,
    name: &'static str,
    kind: OpKind,
    params: &'static [Param],
    arity: Arity,
    doc: &'static str,
    example: &'static str,
    case: Option<&'static str>,
) -> Operator {
    Operator {
        name,
        kind,
        receiver,
        params,
        arity,
        stateful: matches!(kind, OpKind::State | OpKind::Window),
        doc,
        example,
        case,
    }
}

const fn ds(
    name: &'static str,
    kind: OpKind,
    params: &'static [Param],
    doc: &'static str,
    example: &'static str,
    case: Option<&'static str>,
) -> Operator {
    op(
        Receiver::DStream,
        name,
        kind,
        params,
        Arity::Fixed(1),
        doc,
        example,
        case,
    )
}

const fn ds2(
    name: &'static str,
    params: &'static [Param],
    doc: &'static str,
    example: &'static str,
    case: Option<&'static str>,
) -> Operator {
    op(
        Receiver::DStream,
        name,
        OpKind::Transformation,
        params,
        Arity::Fixed(2),
        doc,
        example,
        case,
    )
}

const FN: K = K::Function;
const T: OpKind = OpKind::Transformation;
const W: OpKind = OpKind::Window;
const NUM_PARTITIONS: Param = d("numPartitions", "None", K::Int);
const PRESERVES: Param = d("preservesPartitioning", "False", K::Bool);

/// Every operator, sources first, then the DStream methods in PySpark's order.
pub static OPERATORS: &[Operator] = &[
    // StreamingContext: the sources and the operators over several DStreams.
    op(Receiver::StreamingContext, "queueStream", OpKind::Source,
        &[p("rdds", K::Rdds), d("oneAtATime", "True", K::Bool), d("default", "None", K::Rdd)],
        Arity::Fixed(0), "A DStream of the given RDDs (or lists), one per batch.",
        "ssc.queueStream([sc.parallelize([1, 2]), sc.parallelize([3])])", Some("map_upper")),
    op(Receiver::StreamingContext, "socketTextStream", OpKind::Source,
        &[p("hostname", K::Str), p("port", K::Int),
          d("storageLevel", "StorageLevel.MEMORY_AND_DISK_2", K::StorageLevel)],
        Arity::Fixed(0), "Lines of text received from a TCP server, one record per line.",
        "ssc.socketTextStream(\"localhost\", 9999)", None),
    op(Receiver::StreamingContext, "textFileStream", OpKind::Source, &[p("directory", K::Str)],
        Arity::Fixed(0), "The lines of new files appearing in a directory.",
        "ssc.textFileStream(\"data/\")", None),
    op(Receiver::StreamingContext, "binaryRecordsStream", OpKind::Source,
        &[p("directory", K::Str), p("recordLength", K::Int)],
        Arity::Fixed(0), "Fixed-length byte records of new files appearing in a directory.",
        "ssc.binaryRecordsStream(\"data/\", 4)", None),
    op(Receiver::StreamingContext, "transform", T,
        &[p("dstreams", K::Dstreams), p("transformFunc", FN)],
        Arity::Any, "The RDD a function makes of the RDDs of several DStreams, each batch.",
        "ssc.transform([a, b], lambda rdds: rdds[0].union(rdds[1]))", Some("x_ssc_transform_union")),
    op(Receiver::StreamingContext, "union", T, &[star("dstreams", K::Dstream)],
        Arity::Any, "The records of several DStreams together, each batch.",
        "ssc.union(a, b, c)", Some("x_ssc_transform_union")),
    // DStream, in pyspark/streaming/dstream.py's order.
    ds("context", OpKind::Other, &[], "The StreamingContext of this DStream.",
        "lines.context()", None),
    ds("count", T, &[], "The number of records of each batch.", "lines.count()", Some("count")),
    ds("filter", T, &[p("f", FN)], "The records for which f is true.",
        "lines.filter(lambda l: len(l) > 3)", Some("filter_len")),
    ds("flatMap", T, &[p("f", FN), PRESERVES], "Every item of f(record), for each record.",
        "lines.flatMap(lambda l: l.split(\" \"))", Some("flatmap_split")),
    ds("map", T, &[p("f", FN), PRESERVES], "f of each record.",
        "lines.map(lambda l: l.upper())", Some("map_upper")),
    ds("mapPartitions", T, &[p("f", FN), PRESERVES],
        "f of each partition's records (an iterator), flattened.",
        "nums.mapPartitions(lambda it: [sum(it)])", Some("x_map_partitions_generator")),
    ds("mapPartitionsWithIndex", T, &[p("f", FN), PRESERVES],
        "f of each partition's index and records, flattened.",
        "nums.mapPartitionsWithIndex(lambda i, it: [(i, sum(it))])",
        Some("x_map_partitions_with_index")),
    ds("reduce", T, &[p("func", FN)], "Each batch reduced to one record with func.",
        "nums.reduce(lambda a, b: max(a, b))", Some("reduce_max")),
    ds("reduceByKey", T, &[p("func", FN), NUM_PARTITIONS],
        "The values of each key reduced with func, each batch.",
        "pairs.reduceByKey(lambda a, b: a + b)", Some("x_word_count")),
    ds("combineByKey", T,
        &[p("createCombiner", FN), p("mergeValue", FN), p("mergeCombiners", FN), NUM_PARTITIONS],
        "The values of each key combined with three functions, each batch.",
        "pairs.combineByKey(lambda v: (v, 1), lambda c, v: (c[0] + v, c[1] + 1), lambda a, b: (a[0] + b[0], a[1] + b[1]))",
        Some("x_combine_by_key_avg")),
    ds("partitionBy", T, &[p("numPartitions", K::Int), d("partitionFunc", "portable_hash", FN)],
        "The records placed in numPartitions partitions by the hash of their key.",
        "pairs.partitionBy(3)", Some("x_partition_by_func")),
    ds("foreachRDD", OpKind::Output, &[p("func", FN)],
        "Calls func(rdd) or func(time, rdd) on the driver for each batch.",
        "lines.foreachRDD(lambda rdd: print(rdd.collect()))", Some("foreach_rdd_print")),
    ds("pprint", OpKind::Output, &[d("num", "10", K::Int)],
        "Prints the batch time and the first num records of each batch.",
        "lines.pprint()", Some("pprint_num")),
    ds("mapValues", T, &[p("f", FN)], "f of each (key, value) record's value.",
        "pairs.mapValues(lambda v: v * 2)", Some("x_combine_by_key_avg")),
    ds("flatMapValues", T, &[p("f", FN)], "(key, x) for every x of f(value).",
        "pairs.flatMapValues(lambda v: range(v))", Some("x_flat_map_values")),
    ds("glom", T, &[], "Each partition as one list.", "nums.glom()", Some("x_glom")),
    ds("cache", OpKind::Other, &[], "Keeps the batches in memory (MEMORY_ONLY).",
        "lines.cache()", None),
    ds("persist", OpKind::Other, &[p("storageLevel", K::StorageLevel)],
        "Keeps the batches at the given storage level.",
        "lines.persist(StorageLevel.MEMORY_ONLY)", None),
    ds("checkpoint", OpKind::Other, &[p("interval", K::Duration)],
        "Checkpoints the batches every interval seconds.", "counts.checkpoint(10)", None),
    ds("groupByKey", T, &[NUM_PARTITIONS], "The values of each key together, each batch.",
        "pairs.groupByKey()", Some("x_group_by_key_list")),
    ds("countByValue", T, &[], "(record, count) for each distinct record, each batch.",
        "words.countByValue()", Some("count_by_value")),
    ds("saveAsTextFiles", OpKind::Output, &[p("prefix", K::Str), d("suffix", "None", K::Str)],
        "Writes each batch as text files under prefix-TIME_IN_MS[.suffix].",
        "counts.saveAsTextFiles(\"out/counts\", \"txt\")", None),
    ds("transform", T, &[p("func", FN)],
        "The RDD func(rdd) or func(time, rdd) returns, each batch.",
        "lines.transform(lambda rdd: rdd.distinct())", Some("transform_distinct")),
    ds2("transformWith", &[p("func", FN), p("other", K::Dstream), d("keepSerializer", "False", K::Bool)],
        "The RDD func(rdd, other_rdd) returns, each batch.",
        "a.transformWith(lambda x, y: x.union(y), b)", Some("x_transform_with_union")),
    ds("repartition", T, &[p("numPartitions", K::Int)],
        "The records spread over numPartitions partitions.", "lines.repartition(4)",
        Some("repartition")),
    ds2("union", &[p("other", K::Dstream)], "The records of both DStreams, each batch.",
        "a.union(b)", Some("union")),
    ds2("cogroup", &[p("other", K::Dstream), NUM_PARTITIONS],
        "For each key, the values of both DStreams, each batch.", "a.cogroup(b)",
        Some("cogroup")),
    ds2("join", &[p("other", K::Dstream), NUM_PARTITIONS],
        "(key, (v, w)) for each pair of values of a key in both, each batch.", "a.join(b)",
        Some("join")),
    ds2("leftOuterJoin", &[p("other", K::Dstream), NUM_PARTITIONS],
        "join, keeping keys only on the left (w is None).", "a.leftOuterJoin(b)",
        Some("left_outer_join")),
    ds2("rightOuterJoin", &[p("other", K::Dstream), NUM_PARTITIONS],
        "join, keeping keys only on the right (v is None).", "a.rightOuterJoin(b)",
        Some("right_outer_join")),
    ds2("fullOuterJoin", &[p("other", K::Dstream), NUM_PARTITIONS],
        "join, keeping keys of either side.", "a.fullOuterJoin(b)", Some("full_outer_join")),
    ds("slice", OpKind::Other, &[p("begin", K::Time), p("end", K::Time)],
        "The RDDs of the batches from begin to end (both included), as a list.",
        "lines.slice(t - timedelta(seconds=2), t)", Some("x_dstream_slice")),
    // A window keeps no state of its own (it reads the batches it covers).
    Operator {
        stateful: false,
        ..ds("window", W, &[p("windowDuration", K::Duration), d("slideDuration", "None", K::Duration)],
            "The records of the batches in a sliding window.", "lines.window(3, 1)",
            Some("window_slide"))
    },
    ds("reduceByWindow", W,
        &[p("reduceFunc", FN), p("invReduceFunc", FN), p("windowDuration", K::Duration),
          p("slideDuration", K::Duration)],
        "The records of a sliding window reduced to one with reduceFunc.",
        "nums.reduceByWindow(lambda a, b: a + b, None, 3, 1)", Some("reduce_by_window")),
    ds("countByWindow", W, &[p("windowDuration", K::Duration), p("slideDuration", K::Duration)],
        "The number of records in a sliding window.", "lines.countByWindow(3, 1)",
        Some("count_by_window")),
    ds("countByValueAndWindow", W,
        &[p("windowDuration", K::Duration), p("slideDuration", K::Duration), NUM_PARTITIONS],
        "(record, count) for each distinct record in a sliding window.",
        "words.countByValueAndWindow(3, 1)", Some("count_by_value_and_window")),
    ds("groupByKeyAndWindow", W,
        &[p("windowDuration", K::Duration), p("slideDuration", K::Duration), NUM_PARTITIONS],
        "The values of each key in a sliding window together.",
        "pairs.groupByKeyAndWindow(3, 1)", Some("x_group_by_key_and_window")),
    ds("reduceByKeyAndWindow", W,
        &[p("func", FN), p("invFunc", FN), p("windowDuration", K::Duration),
          d("slideDuration", "None", K::Duration), NUM_PARTITIONS, d("filterFunc", "None", FN)],
        "The values of each key in a sliding window reduced with func.",
        "pairs.reduceByKeyAndWindow(lambda a, b: a + b, None, 3, 1)",
        Some("reduce_by_key_and_window")),
    ds("updateStateByKey", OpKind::State,
        &[p("updateFunc", FN), NUM_PARTITIONS, d("initialRDD", "None", K::Rdd)],
        "Each key's state: updateFunc(new values, old state), each batch.",
        "pairs.updateStateByKey(lambda vs, s: sum(vs) + (s or 0))",
        Some("update_state_by_key_max")),
];
