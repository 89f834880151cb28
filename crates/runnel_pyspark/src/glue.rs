//! The seam with the interpreter: its host, and native classes' instance data.

use crate::session::SessionHost;
use runnel_core::{Error, Result, Value};
use runnel_python::{NativeClass, NativeInstance};
use std::any::Any;
use std::rc::Rc;

/// The interpreter's host is the session's; `time.sleep` while a streaming context runs
/// lets the batches of that time run, so it needs the session too (set once made).
pub(crate) struct PyHost(
    pub(crate) Rc<dyn SessionHost>,
    pub(crate) std::cell::OnceCell<std::rc::Weak<crate::session::Env>>,
    pub(crate) LocalZone,
);

/// The host's time zone, as Python's local time needs it (driver and workers alike).
#[derive(Clone, Copy)]
pub(crate) struct LocalZone {
    at: Option<fn(i64) -> i64>,
    fixed_ms: i64,
}

impl LocalZone {
    pub(crate) fn of(options: &crate::SessionOptions) -> LocalZone {
        LocalZone {
            at: options.utc_offset_at,
            fixed_ms: options.tz_offset_ms,
        }
    }

    /// Milliseconds east of UTC at the UTC instant `utc_ms`.
    pub(crate) fn offset_ms(&self, utc_ms: i64) -> i64 {
        self.at.map_or(self.fixed_ms, |f| f(utc_ms))
    }
}

impl runnel_python::Host for PyHost {
    fn stdout(&self, text: &str) {
        self.0.stdout(text)
    }
    fn stderr(&self, text: &str) {
        self.0.stderr(text)
    }
    fn now_millis(&self) -> i64 {
        self.0.now_millis()
    }
    fn utc_offset_ms(&self, utc_ms: i64) -> i64 {
        self.2.offset_ms(utc_ms)
    }
    fn sleep(&self, secs: f64) -> Result<()> {
        if let Some(env) = self.1.get().and_then(|e| e.upgrade()) {
            if let Some(ctx) = env.running() {
                // Spark's batches go on while the driver sleeps.
                ctx.awaited.set(true);
                return self.0.sleep_while_running(&env.session()?, secs);
            }
            // So do Structured Streaming queries.
            #[cfg(feature = "sql")]
            if let Some(spark) = env.sql.get() {
                if runnel_sql::py::sleep_with_queries(spark, (secs * 1000.0) as i64)? {
                    return Ok(());
                }
            }
        }
        self.0.sleep(secs);
        Ok(())
    }
}

/// The core's output host is the session's too.
pub(crate) struct CoreHost(pub(crate) Rc<dyn SessionHost>);

impl runnel_core::stream::Host for CoreHost {
    fn stdout(&self, text: &str) {
        self.0.stdout(text)
    }
    fn write_file(&self, path: &str, contents: &str) -> Result<()> {
        self.0.write_file(path, contents)
    }
}

/// The Structured Streaming layer's host is the session's too.
#[cfg(feature = "sql")]
pub(crate) struct SqlHost(pub(crate) Rc<dyn SessionHost>);

#[cfg(feature = "sql")]
impl runnel_sql::SqlHost for SqlHost {
    fn stdout(&self, text: &str) {
        self.0.stdout(text)
    }
    fn read_file(&self, path: &str) -> Result<String> {
        self.0.read_file(path)
    }
    fn list_dir(&self, dir: &str) -> Result<Vec<(String, i64)>> {
        self.0.list_dir(dir)
    }
    fn now_millis(&self) -> i64 {
        self.0.now_millis()
    }
    fn sleep_ms(&self, ms: i64) {
        self.0.advance_clock(ms)
    }
    fn keep_waiting(&self) -> bool {
        self.0.keeps_waiting()
    }
    /// A host whose `awaitTermination` returns at once runs the queries' triggers too.
    fn defers_await(&self) -> bool {
        self.0.defers_stop()
    }
    fn open_socket(&self, id: usize, host: &str, port: u16) -> Result<()> {
        let source = crate::session::Source::Socket {
            host: host.to_string(),
            port,
        };
        self.0.open_source(socket_stream(id), &source)
    }
    fn poll_socket(&self, id: usize) -> Vec<String> {
        self.0.poll_source(socket_stream(id))
    }
}

/// The stream id a Structured Streaming socket source has with the host: far above any
/// DStream's.
#[cfg(feature = "sql")]
fn socket_stream(id: usize) -> runnel_core::stream::StreamId {
    runnel_core::stream::StreamId(QUERY_STREAMS | id)
}

/// The bit that marks a Structured Streaming source's stream id.
const QUERY_STREAMS: usize = 1 << 30;

/// Whether a host's stream is a Structured Streaming query's source (which its query
/// polls) rather than a DStream's receiver (which batches are fed from).
pub fn is_query_stream(stream: runnel_core::stream::StreamId) -> bool {
    stream.0 & QUERY_STREAMS != 0
}

/// A new instance of `class` holding `data`.
pub(crate) fn instance<T: Any>(class: &Rc<NativeClass>, data: T) -> Value {
    NativeInstance::new(class.clone(), Rc::new(data))
}

/// `v`, a native instance just made, as an instance of `class` (a subclass of its own,
/// which PySpark's methods return: `PipelinedRDD`, `TransformedDStream`).
pub(crate) fn as_subclass(v: Value, class: &Rc<NativeClass>) -> Value {
    match v.downcast::<NativeInstance>() {
        Some(i) if class.is_subclass_of(&i.class) && !Rc::ptr_eq(class, &i.class) => {
            NativeInstance::new(class.clone(), i.data.clone())
        }
        _ => v,
    }
}

/// A new instance of `class` sharing `data` (one object, several Python values).
pub(crate) fn shared_instance<T: Any>(class: &Rc<NativeClass>, data: Rc<T>) -> Value {
    NativeInstance::new(class.clone(), data)
}

/// The `T` behind `self` of a native method.
pub(crate) fn this<T: Any>(v: &Value, class: &str) -> Result<Rc<T>> {
    NativeInstance::data_of::<T>(v)
        .ok_or_else(|| Error::type_error(format!("expected a {class}, got '{}'", v.type_name())))
}
