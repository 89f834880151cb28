//! The operator registry: one entry of data per PySpark Streaming operator (every method
//! of PySpark 3.5's `DStream` and the `StreamingContext` methods that make DStreams).
//!
//! Everything that needs to know an operator's signature reads it here: the Python
//! binding checks each call's arguments against it ([`check_call`]), and the npm
//! package's `web/operators.js`, its builder and its TypeScript types are generated from
//! it ([`export`]), with a test that fails when they drift. Adding an operator is one
//! entry here plus its kernel.

mod check;
pub mod export;
mod table;

pub use check::check_call;
pub use table::OPERATORS;

/// What an operator does, for the playground's palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OpKind {
    /// Makes a DStream from data outside the graph (`queueStream`, `socketTextStream`).
    Source,
    /// One batch in, one batch out.
    Transformation,
    /// Over a sliding window of batches.
    Window,
    /// Keeps state across batches (`updateStateByKey`).
    State,
    /// Runs for each batch and makes no DStream (`pprint`, `foreachRDD`).
    Output,
    /// Neither (`cache`, `context`, `slice`): kept on the DStream, no new stage.
    Other,
}

/// Which class the operator is a method of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Receiver {
    StreamingContext,
    DStream,
}

/// What a parameter takes (the builder writes the argument's Python text by it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ParamKind {
    /// A Python function (a lambda).
    Function,
    Int,
    Bool,
    Str,
    /// Seconds (`int` or `float`), as PySpark's durations.
    Duration,
    /// A batch time: a `datetime` or seconds since the epoch.
    Time,
    /// Another DStream.
    Dstream,
    /// DStreams (a list, or `*dstreams`).
    Dstreams,
    /// RDDs or lists of records (`queueStream`).
    Rdds,
    /// An RDD.
    Rdd,
    /// A `StorageLevel`.
    StorageLevel,
    Any,
}

/// One parameter, as PySpark declares it.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Param {
    pub name: &'static str,
    /// The default as Python text; `None`: required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<&'static str>,
    pub kind: ParamKind,
    /// `*name`: takes every remaining positional argument.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub variadic: bool,
}

/// How many DStreams an operator reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    /// A fixed number (0 for a source, 1 for most, 2 for `join`).
    Fixed(u8),
    /// Any number (`ssc.union(*dstreams)`, `ssc.transform(dstreams, f)`).
    Any,
}

/// One operator.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Operator {
    pub name: &'static str,
    pub kind: OpKind,
    pub receiver: Receiver,
    pub params: &'static [Param],
    pub arity: Arity,
    pub stateful: bool,
    /// One line: what it does.
    pub doc: &'static str,
    /// A call as a program writes it.
    pub example: &'static str,
    /// The conformance case (tests/conformance/cases) that pins its output on Spark.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case: Option<&'static str>,
}

/// The entry for `receiver.name`.
pub fn find(receiver: Receiver, name: &str) -> Option<&'static Operator> {
    OPERATORS
        .iter()
        .find(|o| o.receiver == receiver && o.name == name)
}

/// A fixed arity as a number, any as `"any"`.
impl serde::Serialize for Arity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Arity::Fixed(n) => s.serialize_u8(*n),
            Arity::Any => s.serialize_str("any"),
        }
    }
}
