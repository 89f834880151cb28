//! The `pyspark.sql` module: `SparkSession` (and `SQLContext`), `DataFrame`, `Column`,
//! `Row`, `functions`, `types`, and the streaming reader, writer and query.

pub mod column;
pub mod convert;
mod frame;
pub mod functions;
pub mod row;
mod spark;
mod stream;
mod strs;
pub mod types;

pub use spark::Spark;
pub use stream::sleep_with_queries;

use crate::SqlHost;
use runnel_python::Interpreter;
use std::rc::Rc;

/// What a worker thread's interpreter needs of `pyspark.sql` to run the functions a job
/// ships (`lambda w: Row(word=w)`): `Row`, where the driver has it.
pub fn install_worker(interp: &Rc<Interpreter>) {
    let (row_rc, row_value) = row::class().into_value();
    row::ROW_CLASS.with(|c| *c.borrow_mut() = Some(row::RowClass(row_rc)));
    interp.register_module("pyspark.sql", vec![("Row", row_value.clone())]);
    interp.register_module("pyspark.sql.types", vec![("Row", row_value)]);
}

/// Registers `pyspark.sql` and its submodules. `conf` is what the session starts with
/// (the time zone's offset, shuffle partitions).
pub fn install(interp: &Rc<Interpreter>, host: Rc<dyn SqlHost>, tz_offset_ms: i64) -> Rc<Spark> {
    let spark = Spark::new(interp, host, tz_offset_ms);
    let column = column::install_class();
    let (row_rc, row_value) = row::class().into_value();
    row::ROW_CLASS.with(|c| *c.borrow_mut() = Some(row::RowClass(row_rc)));
    let session = spark.session_class_value();
    let sql_context = spark.sql_context_value();
    let df_class = spark.classes().frame_value.clone();
    interp.register_module("pyspark.sql.functions", functions::module());
    interp.register_module("pyspark.sql.types", types::module());
    interp.register_module(
        "pyspark.sql",
        vec![
            ("SparkSession", session.clone()),
            ("SQLContext", sql_context),
            ("DataFrame", df_class),
            ("Column", column),
            ("Row", row_value.clone()),
        ],
    );
    interp.register_module("pyspark.sql.session", vec![("SparkSession", session)]);
    let errors: Vec<(&str, runnel_core::Value)> = runnel_python::HOST_EXCEPTIONS
        .iter()
        .filter_map(|n| Some((*n, runnel_python::host_exception_class(n)?)))
        .collect();
    interp.register_module("pyspark.errors", errors.clone());
    interp.register_module("pyspark.sql.utils", errors.clone());
    interp.register_module("pyspark.errors.exceptions.captured", errors);
    interp.register_module("pyspark.sql.types", vec![("Row", row_value)]);
    spark
}
