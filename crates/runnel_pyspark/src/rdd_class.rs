//! The `RDD` class: its methods gathered from the modules that implement them.

use crate::rdd::obj;
use runnel_core::{Result, Value};
use runnel_python::{Args, Interpreter, NativeClass};

/// Besides the [`NARROW`] steps, the methods whose RDD PySpark makes with
/// `mapPartitionsWithIndex` last: a `PipelinedRDD` (`type()`, the AttributeError of a
/// DStream method called on it).
const PIPELINED_WIDE: &[&str] = &[
    "distinct",
    "reduceByKey",
    "groupByKey",
    "combineByKey",
    "aggregateByKey",
    "foldByKey",
    "sortByKey",
    "sortBy",
    "join",
    "leftOuterJoin",
    "rightOuterJoin",
    "fullOuterJoin",
    "cogroup",
    "groupWith",
    "groupBy",
    "zipWithIndex",
    "zipWithUniqueId",
    "subtract",
    "subtractByKey",
    "intersection",
    "pipe",
    "sampleByKey",
    "repartitionAndSortWithinPartitions",
];

/// PySpark's pipelined steps: over an RDD whose pipeline cannot be pickled they make
/// another one, without a job.
const NARROW: &[&str] = &[
    "map",
    "flatMap",
    "filter",
    "mapPartitions",
    "mapPartitionsWithIndex",
    "mapPartitionsWithSplit",
    "mapValues",
    "flatMapValues",
    "glom",
    "keyBy",
    "keys",
    "values",
    "sample",
];

/// SPARK-5063 (see [`crate::ship`]): method `name` of `this` given `a`, when its own
/// pipeline or what PySpark pickles for it (the functions and values given, the pipelines
/// of RDDs given) cannot be pickled: a pipelined step makes an RDD that carries the
/// error; anything else needs the JVM RDD and raises it, except `take` of nothing or of
/// no partitions (`first`, `isEmpty`), which runs no job.
fn unshippable(py: &Interpreter, name: &str, this: &Value, a: &Args) -> Result<Option<Value>> {
    if matches!(name, "getNumPartitions" | "context") {
        return Ok(None);
    }
    let o = obj(this)?;
    let mut error = o.ship_error.borrow().clone();
    for v in a.positional.iter().chain(a.keywords.iter().map(|(_, v)| v)) {
        if error.is_some() {
            break;
        }
        error = match obj(v) {
            Ok(other) => other.ship_error.borrow().clone(),
            Err(_) => crate::ship::check(py, v).err(),
        };
    }
    let Some(e) = error else {
        return Ok(None);
    };
    if NARROW.contains(&name) {
        return o.unshippable(e).map(Some);
    }
    let nothing = match a.positional.first() {
        Some(Value::Int(n)) => name == "take" && *n <= 0,
        _ => false,
    };
    if nothing || matches!(name, "take" | "first" | "isEmpty") && o.rdd.num_partitions() == 0 {
        return Ok(None);
    }
    Err(e)
}

/// The class with its methods.
pub(crate) fn class() -> NativeClass {
    let mut class = crate::ship::rdd_class(crate::refused::rdd(NativeClass::new("RDD")));
    let methods = crate::rdd::methods()
        .into_iter()
        .chain(crate::rdd_extra::methods())
        .chain(crate::rdd_aggregate::methods())
        .chain(crate::rdd_order::methods())
        .chain(crate::rdd_shuffle::methods())
        .chain(crate::rdd_stats::methods())
        .chain(crate::rdd_sample::methods());
    for (name, m) in methods {
        let pipelined = NARROW.contains(&name) || PIPELINED_WIDE.contains(&name);
        class = class.method(name, move |py, t, a| {
            let made = match unshippable(py, name, t, &a)? {
                Some(made) => made,
                None => {
                    crate::rdd_lineage::before_action(name, t, &a);
                    crate::jobs_actions::run_method(name, t, a, |t, a| m(py, t, a))?
                }
            };
            Ok(match pipelined {
                true => crate::glue::as_subclass(made, &obj(t)?.env.classes()?.pipelined_rdd),
                false => made,
            })
        });
    }
    // `rdd.toDF(schema)`: a DataFrame of the RDD's rows (Structured Streaming's layer).
    #[cfg(feature = "sql")]
    {
        class = class.method("toDF", |py, t, mut a| {
            let o = obj(t)?;
            let spark = o.env.sql.get().ok_or_else(|| {
                runnel_core::Error::new("RuntimeError", "pyspark.sql is not installed")
            })?;
            spark.create_frame(py, t, a.take(0, "schema"))
        });
    }
    // Without Structured Streaming, a DataFrame needs the full engine too.
    #[cfg(not(feature = "sql"))]
    {
        class = class.method("toDF", |_, _, _| {
            Err(runnel_python::needs_full_engine("pyspark.sql"))
        });
    }
    // `toDebugString()`: the JVM lineage as Spark prints it, as `bytes` (PySpark 3.5
    // returns `debug_string.encode()`).
    class = class.method("toDebugString", |_, t, _| {
        let o = obj(t)?;
        o.check_traced("toDebugString()")?;
        let lineage = o.lineage.as_ref().ok_or_else(|| {
            runnel_core::Error::unsupported(
                "toDebugString() of this RDD (Runnel traces sc.parallelize, sc.range, sc.textFile, sc.emptyRDD, sc.union, DStream batches and the narrow steps, by-key shuffles, sorts, joins, unions, zip, cartesian, coalesce and repartition over them)",
            )
        })?;
        let text = lineage
            .debug_string(&o.env)
            .map_err(|why| runnel_core::Error::unsupported(format!("toDebugString() with {why}")))?;
        Ok(runnel_python::bytes_value(text.into_bytes()))
    });
    // `repr(rdd)`: PySpark prints the JVM RDD (`self._jrdd.toString()`), making a
    // pipeline's PythonRDD (and its id) as `id()` does.
    class.repr = Some(std::rc::Rc::new(|inst| {
        let Ok(o) = inst.data.clone().downcast::<crate::rdd::RddObj>() else {
            return "<RDD>".into();
        };
        match &o.lineage {
            Some(l) => l.jvm_string(&o.env),
            None => format!("<RDD object at {:#x}>", std::rc::Rc::as_ptr(&o) as usize),
        }
    }));
    class = class.property("is_cached", |_, t| {
        Ok(runnel_core::Value::Bool(
            obj(t)?.storage.get() != crate::context::StorageLevel::NONE,
        ))
    });
    class.property("context", |_, t| {
        crate::context::spark_context(&obj(t)?.env)
    })
}
