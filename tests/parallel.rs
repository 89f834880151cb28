//! The native parallel executor: partitions run on worker threads, each with its own
//! interpreter, and everything a program shows is what running them one after another on
//! the driver shows (the conformance suite runs every case both ways too).

use runnel_pyspark::{ExecutorRef, RunOutput};
use runnel_tests::{run, run_on, CountingPool};
use std::rc::Rc;

/// Runs `src` on the driver alone and on `workers` threads; returns both outputs and how
/// many tasks the threads ran.
fn both_ways(src: &str, batches: i64) -> (RunOutput, RunOutput, usize) {
    let sequential = run(src, "prog.py", batches, 1.0, &[]);
    let pool: Rc<CountingPool> = CountingPool::new(3, src, "prog.py");
    let parallel = run_on(
        src,
        "prog.py",
        batches,
        1.0,
        &[],
        Some(ExecutorRef(pool.clone() as _)),
    );
    (sequential, parallel, pool.tasks.get())
}

fn assert_same(a: &RunOutput, b: &RunOutput) {
    assert_eq!(a.stdout, b.stdout, "stdout");
    assert_eq!(a.stderr, b.stderr, "stderr");
    assert_eq!(a.error, b.error, "error");
}

const WORDS: &str = r#"
import math
stop = {"the", "a"}
def clean(word):
    return word.strip(".,").lower()
def weight(w, base=2):
    return (w, int(math.log(len(w) + 1, base)) + 1)
lines = ssc.queueStream([sc.parallelize(["The cat sat.", "a dog ran", "the end"] * 7, 4)] * 3)
words = lines.flatMap(lambda l: l.split()).map(clean).filter(lambda w: w not in stop)
counts = words.map(weight).reduceByKey(lambda a, b: a + b, 3)
counts.pprint()
words.count().pprint()
"#;

#[test]
fn a_pipeline_runs_on_the_workers_with_the_same_output() {
    let (seq, par, tasks) = both_ways(WORDS, 3);
    assert_same(&seq, &par);
    assert!(seq.stdout.contains("('cat', 2"), "{}", seq.stdout);
    // Per batch: 4 map-side tasks (flatMap..map fused with reduceByKey's combine), 3
    // reduce-side tasks, and 4 for `words` (counted separately, as Spark recomputes it).
    assert_eq!(tasks, 3 * (4 + 3 + 4));
}

#[test]
fn task_prints_come_back_in_partition_order() {
    let src = r#"
def show(x):
    print("saw", x)
    return x * 10
ssc.queueStream([sc.parallelize(range(8), 4)]).map(show).pprint()
"#;
    let (seq, par, tasks) = both_ways(src, 1);
    assert_same(&seq, &par);
    assert!(
        par.stderr.starts_with("saw 0\nsaw 1\nsaw 2\n"),
        "{}",
        par.stderr
    );
    assert_eq!(tasks, 4);
}

#[test]
fn an_error_in_a_task_is_the_error_of_the_first_failing_partition() {
    let src = r#"
def inv(x):
    print("inv", x)
    return 1 / (x - 5)
ssc.queueStream([sc.parallelize(range(8), 4)]).map(inv).pprint()
"#;
    let (seq, par, _) = both_ways(src, 1);
    assert_same(&seq, &par);
    let error = runnel_tests::failure(&par).expect("an error");
    assert!(error.contains("ZeroDivisionError"), "{error}");
    assert!(error.contains("line 4, in inv"), "{error}");
    // The partitions after the failing one run too, each apart (a partition's error fails
    // only the job that computes it), as the other tasks of Spark's job run.
    assert!(par.stderr.contains("inv 6"), "{}", par.stderr);
}

#[test]
fn a_function_that_refers_to_the_context_fails_as_pyspark_cannot_pickle_it() {
    // SPARK-5063: PySpark cannot pickle a task function that refers to the SparkContext,
    // so each batch's job fails; on worker threads as on the driver alone.
    let src = r#"
n = sc.defaultParallelism
ssc.queueStream([sc.parallelize(range(6), 3)]).map(lambda x: (x, sc.defaultParallelism)).pprint()
"#;
    let (seq, par, tasks) = both_ways(src, 1);
    assert_same(&seq, &par);
    let error = runnel_tests::failure(&par).expect("an error");
    assert!(error.contains("PicklingError"), "{error}");
    assert!(error.contains("SPARK-5063"), "{error}");
    assert!(!par.stdout.contains("(5, 2)"), "{}", par.stdout);
    assert_eq!(tasks, 0);
}

#[test]
fn workers_see_the_globals_of_the_batch_that_submitted_the_job() {
    // The driver changes a global between batches; each batch's tasks see its value then,
    // as a closure pickled per job does.
    let src = r#"
factor = 1
def bump(t, rdd):
    global factor
    factor += 1
stream = ssc.queueStream([sc.parallelize(range(4), 2)] * 3)
stream.map(lambda x: x * factor).pprint()
stream.foreachRDD(bump)
"#;
    let (seq, par, tasks) = both_ways(src, 3);
    assert_same(&seq, &par);
    assert!(par.stdout.contains("\n9\n"), "{}", par.stdout);
    assert_eq!(tasks, 3 * 2);
}

/// Accumulators travel to the workers as PySpark pickles them: each task adds to its own
/// copy (starting at zero), and the driver adds the tasks' totals; broadcast values travel
/// as copies. The driver's value after each batch is the one of running on the driver.
#[test]
fn accumulators_add_up_from_the_workers() {
    let src = r#"
seen = sc.accumulator(0)
total = sc.accumulator(0.5)
weights = sc.broadcast({"a": 1, "b": 10})
def tally(w):
    seen.add(1)
    global total
    total += weights.value[w]
    return w
def peek(w):
    return seen.value
lines = ssc.queueStream([sc.parallelize(["a", "b", "a", "b", "a"] * 4, 4)] * 3)
lines.map(tally).foreachRDD(lambda rdd: print(rdd.count(), seen.value, total.value))
"#;
    let (seq, par, tasks) = both_ways(src, 3);
    assert_same(&seq, &par);
    // (The values themselves are pinned on Spark by the x_context_shared case.)
    assert_eq!(seq.stdout.lines().count(), 3, "{}", seq.stdout);
    assert!(seq.stdout.ends_with("20 60 276.5\n"), "{}", seq.stdout);
    assert!(tasks >= 4, "the map ran on the workers ({tasks} tasks)");
    // Reading an accumulator's value in a task is PySpark's error, on a worker.
    let bad = src.replace("lines.map(tally)", "lines.map(peek)");
    let (_, par, _) = both_ways(&bad, 3);
    let err = runnel_tests::failure(&par).expect("value read in a task");
    assert!(
        err.contains("Accumulator.value cannot be accessed inside tasks"),
        "{err}"
    );
}

/// A broadcast value holding the program's objects and functions travels to the workers
/// with them (revived in the task's interpreter), as on the driver.
#[test]
fn broadcast_objects_reach_the_workers() {
    let src = r#"
class Price:
    def __init__(self, amount):
        self.amount = amount
    def __repr__(self):
        return "Price(%s)" % self.amount
table = sc.broadcast({"a": Price(1), "b": Price(2), "tax": lambda x: x * 2})
lines = ssc.queueStream([sc.parallelize(["a", "b", "c", "a"] * 3, 4)] * 2)
lines.map(lambda k: (k, table.value.get(k), table.value["tax"](len(k)))).foreachRDD(lambda rdd: print(rdd.collect()))
"#;
    let (seq, par, tasks) = both_ways(src, 2);
    assert_same(&seq, &par);
    assert!(seq.error.is_none(), "{:?}", seq.error);
    assert!(
        seq.stdout
            .starts_with("[('a', Price(1), 2), ('b', Price(2), 2), ('c', None, 2)"),
        "{}",
        seq.stdout
    );
    assert!(tasks >= 4, "the map ran on the workers ({tasks} tasks)");
}

/// `rdd.foreach` and `rdd.foreachPartition` run a task per partition on the workers, as
/// PySpark runs them (a `foreachPartition` function that is a generator runs as it is
/// iterated), and the accumulators they add to add up as on the driver.
#[test]
fn foreach_runs_on_the_workers() {
    let src = r#"
total = sc.accumulator(0)
def add(x):
    total.add(x)
def per_partition(it):
    for x in it:
        total.add(100)
    yield 1
stream = ssc.queueStream([sc.parallelize(range(6), 3)] * 2)
def show(rdd):
    rdd.foreach(add)
    rdd.foreachPartition(per_partition)
    print(total.value)
stream.foreachRDD(show)
"#;
    let (seq, par, tasks) = both_ways(src, 2);
    assert_same(&seq, &par);
    assert_eq!(seq.stdout, "615\n1230\n");
    assert_eq!(tasks, 2 * 2 * 3, "each partition of each foreach is a task");
}
