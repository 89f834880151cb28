//! The `RDD` class: its methods gathered from the modules that implement them.

use crate::rdd::obj;
use runnel_python::NativeClass;

/// The methods whose RDD PySpark makes with `mapPartitionsWithIndex` last: a
/// `PipelinedRDD` (`type()`, the AttributeError of a DStream method called on it).
const PIPELINED: &[&str] = &[
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
    "sample",
    "subtract",
    "subtractByKey",
    "intersection",
    "pipe",
    "sampleByKey",
    "repartitionAndSortWithinPartitions",
];

/// The class with its methods.
pub(crate) fn class() -> NativeClass {
    let mut class = crate::refused::rdd(NativeClass::new("RDD"));
    let methods = crate::rdd::methods()
        .into_iter()
        .chain(crate::rdd_extra::methods())
        .chain(crate::rdd_aggregate::methods())
        .chain(crate::rdd_order::methods())
        .chain(crate::rdd_shuffle::methods())
        .chain(crate::rdd_stats::methods())
        .chain(crate::rdd_sample::methods());
    for (name, m) in methods {
        let pipelined = PIPELINED.contains(&name);
        class = class.method(name, move |py, t, a| {
            crate::rdd_lineage::before_action(name, t, &a);
            let made = crate::jobs_actions::run_method(name, t, a, |a| m(py, t, a))?;
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
