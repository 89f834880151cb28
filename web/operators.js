// Generated from the Rust operator registry (crates/runnel_pyspark/src/operators) by
// `RUNNEL_REGENERATE=1 cargo test -p runnel_pyspark --test registry`: do not edit.
// One entry per PySpark Streaming operator: the builder, its TypeScript types and the
// playground's palette follow it.

/** The registry as data (frozen). */
export const OPERATORS = deepFreeze([
  {
    "name": "queueStream",
    "kind": "source",
    "receiver": "StreamingContext",
    "params": [
      {
        "name": "rdds",
        "kind": "rdds"
      },
      {
        "name": "oneAtATime",
        "default": "True",
        "kind": "bool"
      },
      {
        "name": "default",
        "default": "None",
        "kind": "rdd"
      }
    ],
    "arity": 0,
    "stateful": false,
    "doc": "A DStream of the given RDDs (or lists), one per batch.",
    "example": "ssc.queueStream([sc.parallelize([1, 2]), sc.parallelize([3])])",
    "case": "map_upper"
  },
  {
    "name": "socketTextStream",
    "kind": "source",
    "receiver": "StreamingContext",
    "params": [
      {
        "name": "hostname",
        "kind": "str"
      },
      {
        "name": "port",
        "kind": "int"
      },
      {
        "name": "storageLevel",
        "default": "StorageLevel.MEMORY_AND_DISK_2",
        "kind": "storageLevel"
      }
    ],
    "arity": 0,
    "stateful": false,
    "doc": "Lines of text received from a TCP server, one record per line.",
    "example": "ssc.socketTextStream(\"localhost\", 9999)"
  },
  {
    "name": "textFileStream",
    "kind": "source",
    "receiver": "StreamingContext",
    "params": [
      {
        "name": "directory",
        "kind": "str"
      }
    ],
    "arity": 0,
    "stateful": false,
    "doc": "The lines of new files appearing in a directory.",
    "example": "ssc.textFileStream(\"data/\")"
  },
  {
    "name": "binaryRecordsStream",
    "kind": "source",
    "receiver": "StreamingContext",
    "params": [
      {
        "name": "directory",
        "kind": "str"
      },
      {
        "name": "recordLength",
        "kind": "int"
      }
    ],
    "arity": 0,
    "stateful": false,
    "doc": "Fixed-length byte records of new files appearing in a directory.",
    "example": "ssc.binaryRecordsStream(\"data/\", 4)"
  },
  {
    "name": "transform",
    "kind": "transformation",
    "receiver": "StreamingContext",
    "params": [
      {
        "name": "dstreams",
        "kind": "dstreams"
      },
      {
        "name": "transformFunc",
        "kind": "function"
      }
    ],
    "arity": "any",
    "stateful": false,
    "doc": "The RDD a function makes of the RDDs of several DStreams, each batch.",
    "example": "ssc.transform([a, b], lambda rdds: rdds[0].union(rdds[1]))",
    "case": "x_ssc_transform_union"
  },
  {
    "name": "union",
    "kind": "transformation",
    "receiver": "StreamingContext",
    "params": [
      {
        "name": "dstreams",
        "kind": "dstream",
        "variadic": true
      }
    ],
    "arity": "any",
    "stateful": false,
    "doc": "The records of several DStreams together, each batch.",
    "example": "ssc.union(a, b, c)",
    "case": "x_ssc_transform_union"
  },
  {
    "name": "context",
    "kind": "other",
    "receiver": "DStream",
    "params": [],
    "arity": 1,
    "stateful": false,
    "doc": "The StreamingContext of this DStream.",
    "example": "lines.context()"
  },
  {
    "name": "count",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [],
    "arity": 1,
    "stateful": false,
    "doc": "The number of records of each batch.",
    "example": "lines.count()",
    "case": "count"
  },
  {
    "name": "filter",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "f",
        "kind": "function"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "The records for which f is true.",
    "example": "lines.filter(lambda l: len(l) > 3)",
    "case": "filter_len"
  },
  {
    "name": "flatMap",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "f",
        "kind": "function"
      },
      {
        "name": "preservesPartitioning",
        "default": "False",
        "kind": "bool"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "Every item of f(record), for each record.",
    "example": "lines.flatMap(lambda l: l.split(\" \"))",
    "case": "flatmap_split"
  },
  {
    "name": "map",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "f",
        "kind": "function"
      },
      {
        "name": "preservesPartitioning",
        "default": "False",
        "kind": "bool"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "f of each record.",
    "example": "lines.map(lambda l: l.upper())",
    "case": "map_upper"
  },
  {
    "name": "mapPartitions",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "f",
        "kind": "function"
      },
      {
        "name": "preservesPartitioning",
        "default": "False",
        "kind": "bool"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "f of each partition's records (an iterator), flattened.",
    "example": "nums.mapPartitions(lambda it: [sum(it)])",
    "case": "x_map_partitions_generator"
  },
  {
    "name": "mapPartitionsWithIndex",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "f",
        "kind": "function"
      },
      {
        "name": "preservesPartitioning",
        "default": "False",
        "kind": "bool"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "f of each partition's index and records, flattened.",
    "example": "nums.mapPartitionsWithIndex(lambda i, it: [(i, sum(it))])",
    "case": "x_map_partitions_with_index"
  },
  {
    "name": "reduce",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "func",
        "kind": "function"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "Each batch reduced to one record with func.",
    "example": "nums.reduce(lambda a, b: max(a, b))",
    "case": "reduce_max"
  },
  {
    "name": "reduceByKey",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "func",
        "kind": "function"
      },
      {
        "name": "numPartitions",
        "default": "None",
        "kind": "int"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "The values of each key reduced with func, each batch.",
    "example": "pairs.reduceByKey(lambda a, b: a + b)",
    "case": "x_word_count"
  },
  {
    "name": "combineByKey",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "createCombiner",
        "kind": "function"
      },
      {
        "name": "mergeValue",
        "kind": "function"
      },
      {
        "name": "mergeCombiners",
        "kind": "function"
      },
      {
        "name": "numPartitions",
        "default": "None",
        "kind": "int"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "The values of each key combined with three functions, each batch.",
    "example": "pairs.combineByKey(lambda v: (v, 1), lambda c, v: (c[0] + v, c[1] + 1), lambda a, b: (a[0] + b[0], a[1] + b[1]))",
    "case": "x_combine_by_key_avg"
  },
  {
    "name": "partitionBy",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "numPartitions",
        "kind": "int"
      },
      {
        "name": "partitionFunc",
        "default": "portable_hash",
        "kind": "function"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "The records placed in numPartitions partitions by the hash of their key.",
    "example": "pairs.partitionBy(3)",
    "case": "x_partition_by_func"
  },
  {
    "name": "foreachRDD",
    "kind": "output",
    "receiver": "DStream",
    "params": [
      {
        "name": "func",
        "kind": "function"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "Calls func(rdd) or func(time, rdd) on the driver for each batch.",
    "example": "lines.foreachRDD(lambda rdd: print(rdd.collect()))",
    "case": "foreach_rdd_print"
  },
  {
    "name": "pprint",
    "kind": "output",
    "receiver": "DStream",
    "params": [
      {
        "name": "num",
        "default": "10",
        "kind": "int"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "Prints the batch time and the first num records of each batch.",
    "example": "lines.pprint()",
    "case": "pprint_num"
  },
  {
    "name": "mapValues",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "f",
        "kind": "function"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "f of each (key, value) record's value.",
    "example": "pairs.mapValues(lambda v: v * 2)",
    "case": "x_combine_by_key_avg"
  },
  {
    "name": "flatMapValues",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "f",
        "kind": "function"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "(key, x) for every x of f(value).",
    "example": "pairs.flatMapValues(lambda v: range(v))",
    "case": "x_flat_map_values"
  },
  {
    "name": "glom",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [],
    "arity": 1,
    "stateful": false,
    "doc": "Each partition as one list.",
    "example": "nums.glom()",
    "case": "x_glom"
  },
  {
    "name": "cache",
    "kind": "other",
    "receiver": "DStream",
    "params": [],
    "arity": 1,
    "stateful": false,
    "doc": "Keeps the batches in memory (MEMORY_ONLY).",
    "example": "lines.cache()"
  },
  {
    "name": "persist",
    "kind": "other",
    "receiver": "DStream",
    "params": [
      {
        "name": "storageLevel",
        "kind": "storageLevel"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "Keeps the batches at the given storage level.",
    "example": "lines.persist(StorageLevel.MEMORY_ONLY)"
  },
  {
    "name": "checkpoint",
    "kind": "other",
    "receiver": "DStream",
    "params": [
      {
        "name": "interval",
        "kind": "duration"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "Checkpoints the batches every interval seconds.",
    "example": "counts.checkpoint(10)"
  },
  {
    "name": "groupByKey",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "numPartitions",
        "default": "None",
        "kind": "int"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "The values of each key together, each batch.",
    "example": "pairs.groupByKey()",
    "case": "x_group_by_key_list"
  },
  {
    "name": "countByValue",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [],
    "arity": 1,
    "stateful": false,
    "doc": "(record, count) for each distinct record, each batch.",
    "example": "words.countByValue()",
    "case": "count_by_value"
  },
  {
    "name": "saveAsTextFiles",
    "kind": "output",
    "receiver": "DStream",
    "params": [
      {
        "name": "prefix",
        "kind": "str"
      },
      {
        "name": "suffix",
        "default": "None",
        "kind": "str"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "Writes each batch as text files under prefix-TIME_IN_MS[.suffix].",
    "example": "counts.saveAsTextFiles(\"out/counts\", \"txt\")"
  },
  {
    "name": "transform",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "func",
        "kind": "function"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "The RDD func(rdd) or func(time, rdd) returns, each batch.",
    "example": "lines.transform(lambda rdd: rdd.distinct())",
    "case": "transform_distinct"
  },
  {
    "name": "transformWith",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "func",
        "kind": "function"
      },
      {
        "name": "other",
        "kind": "dstream"
      },
      {
        "name": "keepSerializer",
        "default": "False",
        "kind": "bool"
      }
    ],
    "arity": 2,
    "stateful": false,
    "doc": "The RDD func(rdd, other_rdd) returns, each batch.",
    "example": "a.transformWith(lambda x, y: x.union(y), b)",
    "case": "x_transform_with_union"
  },
  {
    "name": "repartition",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "numPartitions",
        "kind": "int"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "The records spread over numPartitions partitions.",
    "example": "lines.repartition(4)",
    "case": "repartition"
  },
  {
    "name": "union",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "other",
        "kind": "dstream"
      }
    ],
    "arity": 2,
    "stateful": false,
    "doc": "The records of both DStreams, each batch.",
    "example": "a.union(b)",
    "case": "union"
  },
  {
    "name": "cogroup",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "other",
        "kind": "dstream"
      },
      {
        "name": "numPartitions",
        "default": "None",
        "kind": "int"
      }
    ],
    "arity": 2,
    "stateful": false,
    "doc": "For each key, the values of both DStreams, each batch.",
    "example": "a.cogroup(b)",
    "case": "cogroup"
  },
  {
    "name": "join",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "other",
        "kind": "dstream"
      },
      {
        "name": "numPartitions",
        "default": "None",
        "kind": "int"
      }
    ],
    "arity": 2,
    "stateful": false,
    "doc": "(key, (v, w)) for each pair of values of a key in both, each batch.",
    "example": "a.join(b)",
    "case": "join"
  },
  {
    "name": "leftOuterJoin",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "other",
        "kind": "dstream"
      },
      {
        "name": "numPartitions",
        "default": "None",
        "kind": "int"
      }
    ],
    "arity": 2,
    "stateful": false,
    "doc": "join, keeping keys only on the left (w is None).",
    "example": "a.leftOuterJoin(b)",
    "case": "left_outer_join"
  },
  {
    "name": "rightOuterJoin",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "other",
        "kind": "dstream"
      },
      {
        "name": "numPartitions",
        "default": "None",
        "kind": "int"
      }
    ],
    "arity": 2,
    "stateful": false,
    "doc": "join, keeping keys only on the right (v is None).",
    "example": "a.rightOuterJoin(b)",
    "case": "right_outer_join"
  },
  {
    "name": "fullOuterJoin",
    "kind": "transformation",
    "receiver": "DStream",
    "params": [
      {
        "name": "other",
        "kind": "dstream"
      },
      {
        "name": "numPartitions",
        "default": "None",
        "kind": "int"
      }
    ],
    "arity": 2,
    "stateful": false,
    "doc": "join, keeping keys of either side.",
    "example": "a.fullOuterJoin(b)",
    "case": "full_outer_join"
  },
  {
    "name": "slice",
    "kind": "other",
    "receiver": "DStream",
    "params": [
      {
        "name": "begin",
        "kind": "time"
      },
      {
        "name": "end",
        "kind": "time"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "The RDDs of the batches from begin to end (both included), as a list.",
    "example": "lines.slice(t - timedelta(seconds=2), t)",
    "case": "x_dstream_slice"
  },
  {
    "name": "window",
    "kind": "window",
    "receiver": "DStream",
    "params": [
      {
        "name": "windowDuration",
        "kind": "duration"
      },
      {
        "name": "slideDuration",
        "default": "None",
        "kind": "duration"
      }
    ],
    "arity": 1,
    "stateful": false,
    "doc": "The records of the batches in a sliding window.",
    "example": "lines.window(3, 1)",
    "case": "window_slide"
  },
  {
    "name": "reduceByWindow",
    "kind": "window",
    "receiver": "DStream",
    "params": [
      {
        "name": "reduceFunc",
        "kind": "function"
      },
      {
        "name": "invReduceFunc",
        "kind": "function"
      },
      {
        "name": "windowDuration",
        "kind": "duration"
      },
      {
        "name": "slideDuration",
        "kind": "duration"
      }
    ],
    "arity": 1,
    "stateful": true,
    "doc": "The records of a sliding window reduced to one with reduceFunc.",
    "example": "nums.reduceByWindow(lambda a, b: a + b, None, 3, 1)",
    "case": "reduce_by_window"
  },
  {
    "name": "countByWindow",
    "kind": "window",
    "receiver": "DStream",
    "params": [
      {
        "name": "windowDuration",
        "kind": "duration"
      },
      {
        "name": "slideDuration",
        "kind": "duration"
      }
    ],
    "arity": 1,
    "stateful": true,
    "doc": "The number of records in a sliding window.",
    "example": "lines.countByWindow(3, 1)",
    "case": "count_by_window"
  },
  {
    "name": "countByValueAndWindow",
    "kind": "window",
    "receiver": "DStream",
    "params": [
      {
        "name": "windowDuration",
        "kind": "duration"
      },
      {
        "name": "slideDuration",
        "kind": "duration"
      },
      {
        "name": "numPartitions",
        "default": "None",
        "kind": "int"
      }
    ],
    "arity": 1,
    "stateful": true,
    "doc": "(record, count) for each distinct record in a sliding window.",
    "example": "words.countByValueAndWindow(3, 1)",
    "case": "count_by_value_and_window"
  },
  {
    "name": "groupByKeyAndWindow",
    "kind": "window",
    "receiver": "DStream",
    "params": [
      {
        "name": "windowDuration",
        "kind": "duration"
      },
      {
        "name": "slideDuration",
        "kind": "duration"
      },
      {
        "name": "numPartitions",
        "default": "None",
        "kind": "int"
      }
    ],
    "arity": 1,
    "stateful": true,
    "doc": "The values of each key in a sliding window together.",
    "example": "pairs.groupByKeyAndWindow(3, 1)",
    "case": "x_group_by_key_and_window"
  },
  {
    "name": "reduceByKeyAndWindow",
    "kind": "window",
    "receiver": "DStream",
    "params": [
      {
        "name": "func",
        "kind": "function"
      },
      {
        "name": "invFunc",
        "kind": "function"
      },
      {
        "name": "windowDuration",
        "kind": "duration"
      },
      {
        "name": "slideDuration",
        "default": "None",
        "kind": "duration"
      },
      {
        "name": "numPartitions",
        "default": "None",
        "kind": "int"
      },
      {
        "name": "filterFunc",
        "default": "None",
        "kind": "function"
      }
    ],
    "arity": 1,
    "stateful": true,
    "doc": "The values of each key in a sliding window reduced with func.",
    "example": "pairs.reduceByKeyAndWindow(lambda a, b: a + b, None, 3, 1)",
    "case": "reduce_by_key_and_window"
  },
  {
    "name": "updateStateByKey",
    "kind": "state",
    "receiver": "DStream",
    "params": [
      {
        "name": "updateFunc",
        "kind": "function"
      },
      {
        "name": "numPartitions",
        "default": "None",
        "kind": "int"
      },
      {
        "name": "initialRDD",
        "default": "None",
        "kind": "rdd"
      }
    ],
    "arity": 1,
    "stateful": true,
    "doc": "Each key's state: updateFunc(new values, old state), each batch.",
    "example": "pairs.updateStateByKey(lambda vs, s: sum(vs) + (s or 0))",
    "case": "update_state_by_key_max"
  }
]);

/** The operator registry: a fresh copy the caller may change. */
export function operators() {
  return JSON.parse(JSON.stringify(OPERATORS));
}

function deepFreeze(v) {
  if (v && typeof v === "object") {
    Object.values(v).forEach(deepFreeze);
    Object.freeze(v);
  }
  return v;
}
