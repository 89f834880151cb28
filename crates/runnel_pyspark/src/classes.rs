//! The native classes of a session, to make instances of (a leaf module: the session
//! holds them, the bindings fill them in).

use runnel_python::NativeClass;
use std::rc::Rc;

/// The native classes, to make instances of.
pub(crate) struct Classes {
    pub(crate) spark_context: Rc<NativeClass>,
    pub(crate) spark_conf: Rc<NativeClass>,
    pub(crate) streaming_context: Rc<NativeClass>,
    pub(crate) dstream: Rc<NativeClass>,
    /// What most DStream methods return in PySpark (a `DStream` subclass).
    pub(crate) transformed_dstream: Rc<NativeClass>,
    pub(crate) rdd: Rc<NativeClass>,
    /// What most RDD methods return in PySpark (an `RDD` subclass).
    pub(crate) pipelined_rdd: Rc<NativeClass>,
    pub(crate) java_object: Rc<NativeClass>,
    pub(crate) stat_counter: Rc<NativeClass>,
    pub(crate) broadcast: Rc<NativeClass>,
    pub(crate) accumulator: Rc<NativeClass>,
    /// The class of `StorageLevel` values.
    pub(crate) storage_level: Rc<NativeClass>,
}
