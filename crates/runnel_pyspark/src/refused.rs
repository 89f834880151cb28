//! PySpark methods Runnel does not have, refused by name when called (with why), so a
//! program meets "RDD.pipe() is not supported in Runnel" rather than an AttributeError
//! that reads like a typo; and the SparkContext calls that only tag jobs for Spark's UI,
//! accepted as no-ops.

use runnel_core::{Error, Value};
use runnel_python::NativeClass;

/// RDD methods Runnel refuses, and why.
const RDD: &[(&str, &str)] = &[
    ("pipe", "the engine runs no external processes"),
    ("sampleByKeyExact", "stratified sampling is not implemented"),
    (
        "countApproxDistinct",
        "HyperLogLog counts are not implemented",
    ),
    ("barrier", "barrier execution is not implemented"),
    ("saveAsPickleFile", "only text files are written"),
    ("saveAsSequenceFile", "only text files are written"),
    ("saveAsHadoopFile", "only text files are written"),
    ("saveAsNewAPIHadoopFile", "only text files are written"),
    ("collectWithJobGroup", "there are no job groups"),
];

/// SparkContext methods Runnel refuses, and why.
const CONTEXT: &[(&str, &str)] = &[
    ("wholeTextFiles", "only textFile reads files"),
    ("binaryFiles", "only textFile reads files"),
    ("pickleFile", "only textFile reads files"),
    ("sequenceFile", "only textFile reads files"),
    ("addFile", "there is no cluster to ship files to"),
    ("addPyFile", "there is no cluster to ship files to"),
    ("statusTracker", "there is no Spark UI"),
];

/// SparkContext methods that only label jobs for Spark's UI: accepted, doing nothing.
const CONTEXT_NO_OPS: &[&str] = &[
    "setJobGroup",
    "setJobDescription",
    "cancelJobGroup",
    "cancelAllJobs",
];

fn refuse(
    mut class: NativeClass,
    owner: &'static str,
    names: &'static [(&str, &str)],
) -> NativeClass {
    for &(name, why) in names {
        class = class.method(name, move |_, _, _| {
            Err(Error::unsupported(format!(
                "{owner}.{name}() is not supported in Runnel: {why}"
            )))
        });
    }
    class
}

/// The RDD class with its refusals.
pub(crate) fn rdd(class: NativeClass) -> NativeClass {
    refuse(class, "RDD", RDD)
}

/// The SparkContext class with its refusals and no-ops.
pub(crate) fn context(class: NativeClass) -> NativeClass {
    let mut class = refuse(class, "SparkContext", CONTEXT);
    for &name in CONTEXT_NO_OPS {
        class = class.method(name, |_, _, _| Ok(Value::None));
    }
    class
}
