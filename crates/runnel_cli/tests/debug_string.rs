//! `rdd.toDebugString()` against what Spark 3.5.9 printed for the same program
//! (`tests/debug_string/*.spark`: the program run with `PYTHONHASHSEED=0
//! /work/venv-spark/bin/python`, its absolute path then replaced by `PROG`, and the
//! directory of the py4j PySpark names in streaming call sites, `site-packages`, by `SITE`).

use std::path::Path;
use std::process::Command;

fn run(program: &str) -> (bool, String, String) {
    run_with(program, &[])
}

/// A streaming program run for `batches` batches on the logical clock (as its
/// `time.sleep` runs them on Spark's wall clock, without the wait).
fn run_batches(program: &str, batches: usize) -> (bool, String, String) {
    run_with(program, &["--batches", &batches.to_string()])
}

fn run_with(program: &str, options: &[&str]) -> (bool, String, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/debug_string")
        .join(program);
    let path = path.display().to_string();
    let out = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .arg("run")
        .args(options)
        .arg(&path)
        // Where the programs' data files are (`textFile("lines.txt")`).
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/debug_string"))
        .output()
        .expect("run runnel");
    let stdout = String::from_utf8_lossy(&out.stdout)
        .replace(&path, "PROG")
        .replace("/usr/local/lib/python3.11/site-packages", "SITE");
    (
        out.status.success(),
        stdout,
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn lineage_of_narrow_steps_shuffles_and_unions_is_sparks() {
    let (ok, stdout, stderr) = run("lineage.py");
    assert!(ok, "{stderr}");
    let spark = include_str!("debug_string/lineage.spark");
    assert_eq!(stdout, spark);
}

#[test]
fn unions_reserialize_as_pysparks() {
    let (ok, stdout, stderr) = run("unions.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/unions.spark"));
}

/// The JVM RDDs PySpark's actions make (a pipeline's own PythonRDD for `collect`, one
/// more per job for `count`, `take`...), seen in the ids of the RDDs made after them.
#[test]
fn ids_after_actions_are_sparks() {
    let (ok, stdout, stderr) = run("actions.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/actions.spark"));
}

/// `repartition` and `coalesce(n, True)` (PySpark reserializes in batches of 10; the JVM
/// distributes, shuffles, coalesces and drops the keys), `coalesce` without a shuffle,
/// `subtract`, `intersection` and `subtractByKey` (cogroups).
#[test]
fn coalesces_and_subtractions_are_sparks() {
    let (ok, stdout, stderr) = run("coalesce_subtract.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/coalesce_subtract.spark"));
}

/// The JVM RDDs of more actions (`sum`, `max`, `stats`, `fold`, `top`, `lookup`,
/// `zipWithIndex`'s count...: one job each), seen in the ids made after them.
#[test]
fn ids_after_more_actions_are_sparks() {
    let (ok, stdout, stderr) = run("actions_more.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/actions_more.spark"));
}

/// `setName`/`name()` name the JVM RDD (making a pipeline's `PythonRDD`, and its id),
/// and `toDebugString` shows the name before the class.
#[test]
fn names_are_the_jvm_rdds() {
    let (ok, stdout, stderr) = run("names.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/names.spark"));
}

/// `sc.textFile(path)`: Spark's `HadoopRDD` and the `MapPartitionsRDD` of its lines,
/// both named by the path, read as UTF-8 (so a union with other RDDs reserializes it).
#[test]
fn text_files_are_sparks() {
    let (ok, stdout, stderr) = run("text_file.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/text_file.spark"));
}

/// PySpark parallelizes a non-empty `range` (and `sc.range`) as an empty list and a
/// Python step.
#[test]
fn ranges_are_a_python_step_over_an_empty_list() {
    let (ok, stdout, stderr) = run("ranges.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/ranges.spark"));
}

/// `sortByKey` and `sortBy` (a count and a sample job, then a shuffle by ranges; into
/// one partition, a coalesce; an empty RDD itself), `join`, `leftOuterJoin` and `cogroup`
/// (a union of both sides' tagged values, grouped by key).
#[test]
fn sorts_and_joins_are_sparks() {
    let (ok, stdout, stderr) = run("sorts_joins.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/sorts_joins.spark"));
}

/// `distinct`, `combineByKey`, `foldByKey` and `aggregateByKey` shuffle as `reduceByKey`,
/// each at its own call site.
#[test]
fn by_key_shuffles_are_sparks() {
    let (ok, stdout, stderr) = run("by_key.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/by_key.spark"));
}

/// The RDDs DStream batches hand to `foreachRDD` and `transform` functions: a queue of
/// lists (reserialized, as their batch sizes differ), steps PySpark pipelines into one
/// `PythonTransformedDStream` (a `reduceByKey` recomputed by each DStream that pipelines
/// it), a cached one, a transform function's own RDDs; ids across 4 batches, the last
/// one from the empty queue's `makeRDD`. (The program's functions make no RDDs on Spark's
/// job threads, so Spark's ids do not depend on how fast its jobs run.)
#[test]
fn dstream_batches_lineage_and_ids_are_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_queue.py", 4);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/stream_queue.spark"));
}

/// `queueStream(oneAtATime=False)` (a `UnionRDD` of the queue), defaults (an RDD, a list),
/// `union` and `transformWith` (`PythonTransformed2DStream`, its empty RDD each batch),
/// `groupByKey`, `count` and `countByValue` over a union; `ssc.union` (Spark's
/// `UnionDStream`: a `UnionRDD`, or a `PartitionerAwareUnionRDD` of partitioned batches);
/// from the 17th `partitionBy`, the `<unknown>:0` call site.
#[test]
fn dstream_unions_and_queue_defaults_are_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_union.py", 4);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/stream_union.spark"));
}

/// `ssc.transform(dstreams, f)`: Spark's Scala `TransformedDStream` over the JVM batches
/// of all (each wrapped with its DStream's serializer); the RDDs the function makes keep
/// their own call sites, not the DStream's.
#[test]
fn ssc_transform_is_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_transform.py", 3);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/stream_transform.spark"));
    let (ok, stdout, stderr) = run_batches("stream_transform_sites.py", 1);
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        include_str!("debug_string/stream_transform_sites.spark")
    );
}

/// `queueStream(..., default=[])`: a falsy default is none, so a dry queue gives Spark's
/// `makeRDD` of one empty partition.
#[test]
fn an_empty_default_is_no_default() {
    let (ok, stdout, stderr) = run_batches("stream_empty_default.py", 3);
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        include_str!("debug_string/stream_empty_default.spark")
    );
}

/// DStream `join`, `leftOuterJoin`, `cogroup` and `fullOuterJoin` (PySpark's
/// `transformWith` of the RDD method: both sides' tagged values unioned and grouped), and
/// `repartition` (its JVM RDDs at the computing DStream's call site).
#[test]
fn dstream_joins_are_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_joins.py", 4);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/stream_joins.spark"));
}

/// `window` (a `UnionRDD` of the parent's batches in the window), `reduceByKeyAndWindow`
/// and `reduceByWindow` without an inverse function (PySpark's `reduceByKey`, `window`,
/// `reduceByKey`: a `PartitionerAwareUnionRDD` of the partitioned batches, which the JVM's
/// `partitionBy` does not shuffle again), a window sliding by 2 batches; from the 17th
/// `partitionBy`, its call site is the JVM's generated reflection frame, `<unknown>:0`.
#[test]
fn dstream_windows_are_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_window.py", 5);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/stream_window.spark"));
}

/// The JVM RDDs made on Spark's job threads: `pprint`'s `take` (one per job it runs,
/// over the batch's partition sizes), `glom().collect()` and `map()` in `foreachRDD`, seen
/// in the ids of later batches. (Batches 10 s apart, so that Spark's jobs end before the
/// next batch is generated; the times `pprint` prints are left out of the comparison.)
#[test]
fn ids_made_by_batch_jobs_are_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_jobs.py", 3);
    assert!(ok, "{stderr}");
    let untimed = |s: &str| -> String {
        s.lines()
            .map(|l| {
                if l.starts_with("Time: ") {
                    "Time: T"
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let spark = include_str!("debug_string/stream_jobs.spark");
    assert_eq!(untimed(&stdout), untimed(spark));
}

#[test]
fn an_rdd_whose_making_is_not_traced_is_refused_by_name() {
    let (ok, _, stderr) = run_batches("untraced.py", 3);
    assert!(!ok);
    assert!(stderr.contains("toDebugString() of this RDD"), "{stderr}");
    assert!(stderr.contains("line 9"), "{stderr}");
}

/// A program whose outputs read a DStream Runnel does not model (an inverse-function
/// window over a windowed DStream) refuses
/// `toDebugString()` of its batches' RDDs by name, where it is called.
#[test]
fn a_batch_rdd_of_an_unmodelled_dstream_is_refused_by_name() {
    let (ok, _, stderr) = run_batches("stream_untraced.py", 2);
    assert!(!ok);
    assert!(stderr.contains("line 9"), "{stderr}");
    assert!(
        stderr.contains(
            "toDebugString() of a DStream batch's RDD in a program whose DStreams use an inverse-function window of a windowed DStream"
        ),
        "{stderr}"
    );
}

/// `updateStateByKey` (PySpark's `PythonStateDStream`): the first batch grouped by key, then
/// the previous state cogrouped with the batch partitioned alike; Spark persists each
/// state `MEMORY_ONLY` (shown on every line of its lineage) and, with 10 s batches,
/// checkpoints each after the first job over it (`take`'s: a `ReliableCheckpointRDD` at
/// `runJob`'s site), its partitions then all cached (`MemorySize` as Spark's estimate of
/// the pickled batches); a dry queue's `makeRDD` of one partition. (10 s batches and a
/// first job before the stream starts, so that Spark's jobs end before the next batch.)
#[test]
fn state_batches_are_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_state.py", 4);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/stream_state.spark"));
}

/// `updateStateByKey` from an initial list into 3 partitions (its RDDs made when called,
/// cogrouped with the first batch), read through a `map`: its lineage after `collect`
/// (checkpointed at PySpark's call site in a callback), the memory of lists and strings.
#[test]
fn state_from_an_initial_rdd_is_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_state_init.py", 3);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/stream_state_init.spark"));
}

/// `keyBy`, `flatMapValues`, `mapPartitionsWithIndex`, `sample`, `randomSplit` (Python
/// steps), `zip` (both sides reserialized in batches of 100 unless batched alike, then a
/// `ZippedPartitionsRDD2`), `cartesian` (`CartesianRDD`), `groupBy` (a keying step and a
/// shuffle at its call), `cache()` (every line shows the storage level) and `unpersist()`.
#[test]
fn zips_cartesians_samples_and_caches_are_sparks() {
    let (ok, stdout, stderr) = run("pairs_samples.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/pairs_samples.spark"));
}

/// Once a job has computed a partition of a cached JVM RDD whose records Runnel does not
/// model as the JVM stores them (here a union of parallelized lists), Spark shows the
/// memory of its serialized bytes, which Runnel does not tell: refused by name, where it
/// is asked.
#[test]
fn a_computed_cache_is_refused_by_name() {
    let (ok, stdout, stderr) = run("cached_computed.py");
    assert!(!ok);
    assert!(
        stdout.contains("(4) UnionRDD[2] at union at NativeMethodAccessorImpl.java:0 [Memory Serialized 1x Replicated]"),
        "{stdout}"
    );
    assert!(stderr.contains("line 6"), "{stderr}");
    assert!(
        stderr
            .contains("toDebugString() with the memory of a cached partition Runnel did not keep"),
        "{stderr}"
    );
}

/// JVM RDDs persisted with their own records, and Python RDDs, at every PySpark storage
/// level: `parallelize`'s pickled batches (ints, strings short and long, ASCII or not,
/// tuples, dicts; several batches a partition) and `textFile`'s lines (Java `String`s,
/// Latin-1 or UTF-16, one of 9000 characters, empty ones sharing their bytes), serialized
/// by Kryo into LZ4 blocks in memory or on disk (off heap: on disk, Spark's off-heap
/// memory being none), or deserialized as `SizeEstimator` estimates them (past 400 lines
/// a partition, from its two samples); partitions cached by `take` alone.
#[test]
fn jvm_records_cached_at_every_level_are_sparks() {
    let (ok, stdout, stderr) = run("cached_levels.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/cached_levels.spark"));
}

/// `reduceByKeyAndWindow` with an inverse function over a window of 2 slides (PySpark's
/// `PythonReducedWindowedDStream`, which reduces a window shorter than 5 slides whole:
/// the union of its reduced batches at the DStream's creation site, reduced by key),
/// persisted and checkpointed after `collect` (10 s slides); `countByWindow` (its
/// `map`s and a reduction into one partition, then `map`).
#[test]
fn inverse_windows_are_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_inverse.py", 3);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/stream_inverse.spark"));
}

/// `DStream.cache()`: Spark persists each batch RDD at PySpark's level, shown on every
/// line of its lineage, and later steps read it rather than pipelining into it.
#[test]
fn cached_dstreams_are_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_cache.py", 2);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/stream_cache.spark"));
}

/// Spark's `WindowedDStream` persists its parent serialized (and a window's `persist`
/// persists its parent instead); once a job has computed such a batch, Spark shows the
/// size of its LZ4-compressed serialized bytes (199 B for the first batch's two
/// partitions), as Runnel does.
#[test]
fn computed_window_parents_show_sparks_sizes() {
    let (ok, stdout, stderr) = run_batches("stream_window_jobs.py", 3);
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        include_str!("debug_string/stream_window_jobs.spark")
    );
}

/// `reduceByKeyAndWindow` with an inverse function over 5 slides: from the second window
/// on, the previous window's RDD (persisted, cached once computed) with the batches that
/// left taken out (`leftOuterJoin` of their reduced union) and those that came in added
/// (their union, made at Scala's frame once PySpark has reset the call site, unioned with
/// it and reduced again); checkpointed after `collect` every slide (10 s). (Recorded twice
/// on Spark 3.5.9: the same, but for the first run's stop cutting the last batch short.)
#[test]
fn long_inverse_windows_are_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_inverse_long.py", 7);
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        include_str!("debug_string/stream_inverse_long.spark")
    );
}

/// `cache()` of a pipeline: later steps read its `PythonRDD` instead of pipelining into
/// it (a `reduceByKey`'s map side too), and after `unpersist()` pipeline again.
#[test]
fn steps_after_a_cache_are_sparks() {
    let (ok, stdout, stderr) = run("caches.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/caches.spark"));
}

/// `saveAsTextFile` (PySpark's keyed step, the JVM's map to strings and its own
/// `mapPartitions`: three ids) on RDDs and in `DStream.saveAsTextFiles` each batch, seen in
/// the ids made after them. (The program writes under `saved/`, removed after the run.)
#[test]
fn ids_after_saves_are_sparks() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/debug_string/saved");
    let _ = std::fs::remove_dir_all(&dir);
    let (ok, stdout, stderr) = run_batches("saves.py", 3);
    let written = dir.join("counts-30000").exists();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(ok, "{stderr}");
    assert!(written);
    assert_eq!(stdout, include_str!("debug_string/saves.spark"));
}

/// Windows of windows (Spark's `WindowedDStream` over a windowed DStream: the union of
/// the parent window's RDDs at its slide), of a reduced window, and of a window sliding
/// by two batches.
#[test]
fn windows_of_windows_are_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_window_nested.py", 4);
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        include_str!("debug_string/stream_window_nested.spark")
    );
}

/// `countByValueAndWindow` over 2 slides (`map((x, 1))`, an inverse-function window
/// reduced whole, a filter of the positive counts), read by `take` (so checkpointed at
/// `runJob`'s site), and `reduceByWindow` with an inverse function (one partition).
#[test]
fn counted_windows_are_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_count_values.py", 3);
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        include_str!("debug_string/stream_count_values.spark")
    );
}

/// `countByValueAndWindow` over 5 slides (the window updated by the inverse function,
/// checkpointed every batch at a 10 s slide): the persisted window's memory counts the
/// keys whose count fell to zero, which the filter after it drops (batch 7).
#[test]
fn counted_long_windows_keep_zero_counts_as_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_count_values_long.py", 7);
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        include_str!("debug_string/stream_count_values_long.spark")
    );
}

/// `sc.union` (its RDDs reserialized unless read alike; a `PartitionerAwareUnionRDD` of
/// RDDs partitioned alike), `groupWith` of two (a `cogroup` at its call),
/// `repartitionAndSortWithinPartitions` and `sortByKey` with a `keyfunc`.
#[test]
fn more_unions_and_sorts_are_sparks() {
    let (ok, stdout, stderr) = run("unions_more.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/unions_more.spark"));
}

/// A job walks a lineage once per RDD and partition: 40 self-joins share their parents
/// on 2⁴⁰ paths.
#[test]
fn lineages_sharing_parents_are_walked_once() {
    let (ok, stdout, stderr) = run("shared_lineage.py");
    assert!(ok, "{stderr}");
    assert!(stdout.starts_with("2 "), "{stdout}");
}

/// `DStream.slice` (after `ssc.remember`) in `foreachRDD` with datetimes and on the driver
/// after the sleep: the JVM DStream's remembered batch RDDs, wrapped as PySpark wraps them
/// (their ids, lineage, and the ids of RDDs made from them).
#[test]
fn sliced_batches_are_sparks() {
    let (ok, stdout, stderr) = run_batches("stream_slice.py", 3);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/stream_slice.spark"));
}

/// Python RDDs cached (PySpark's serialized `MEMORY_ONLY`) once jobs computed them: the
/// memory Spark shows is the LZ4 blocks (`spark.rdd.compress`) of the Kryo-written pickled
/// batches, for ints, floats, strings, tuples, dicts, sets, big ints; partitions cached
/// by `take` then by `count`; a cached `reduceByKey`.
#[test]
fn cached_python_rdds_show_sparks_compressed_sizes() {
    let (ok, stdout, stderr) = run("cached_sizes.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/cached_sizes.spark"));
}

/// `socketTextStream`: each batch a `BlockRDD` of the blocks allocated to it (Runnel's
/// own: here the three lines in one block, then none), at the input's creation site,
/// after the id Spark's receiver job takes at the start. Recorded on Spark 3.5.9 with a
/// server sending the lines at once on connection (`stream_socket.py` aligns the start
/// so that the receiver has cut its block before the first batch); run here with the
/// same lines on standard input.
#[test]
fn socket_batches_are_block_rdds_as_sparks() {
    use std::io::Write;
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/debug_string/stream_socket.py");
    let mut child = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args(["run", "--stdin", "--batches", "3"])
        .arg(&path)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run runnel");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"a b\nb c\nc d\n").expect("write lines");
    drop(stdin);
    let out = child.wait_with_output().expect("runnel ends");
    let stdout = String::from_utf8_lossy(&out.stdout)
        .replace("/usr/local/lib/python3.11/site-packages", "SITE");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout, include_str!("debug_string/stream_socket.spark"));
}

/// A `transform` function three JVM DStreams pipeline (the transformed stream's own
/// output, a `map` after it, `count`'s chain): the JVM calls it once for each, and each
/// call makes its RDDs again (their ids in `made`, the lineage each output sees).
#[test]
fn a_transform_function_runs_once_per_pipelining_dstream_as_on_spark() {
    let (ok, stdout, stderr) = run_batches("stream_transform_twice.py", 2);
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        include_str!("debug_string/stream_transform_twice.spark")
    );
}

/// `groupWith` of three and four RDDs (PySpark's `python_cogroup`: each side's values
/// tagged, the union of the first two, then of that and the next..., grouped by key at
/// the program's call), over parallelized lists, a text file's words and a shuffle's
/// output, with its ids; of two, as `cogroup`; and `sampleByKey` (a Python step that
/// keeps the partitioning).
#[test]
fn group_with_of_many_and_sample_by_key_are_sparks() {
    let (ok, stdout, stderr) = run("group_with.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/group_with.spark"));
}

/// One object stored twice pickles as a memo reference, as CPython's pickle writes it:
/// the same variable or list item (`[w] * 6`, a tuple or list stored thrice, a dict
/// holding a list stored before), equal string literals (one constant, as CPython's
/// compiler merges them), one-character strings however made, and a Python step's
/// outputs holding the same object twice; equal strings made apart (`split`,
/// `str(i) * 2`) are separate objects. Recorded on Spark 3.5.9 deserialized (exact
/// pickle lengths) and serialized (LZ4).
#[test]
fn objects_stored_twice_are_memo_references_as_in_cpython() {
    let (ok, stdout, stderr) = run("cached_shared.py");
    assert!(ok, "{stderr}");
    assert_eq!(stdout, include_str!("debug_string/cached_shared.spark"));
}
