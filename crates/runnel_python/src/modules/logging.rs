//! `logging` as a quiet no-op: the calls programs make (`basicConfig`, `getLogger`,
//! `logger.info(...)`, `setLevel`) are accepted and print nothing, as Spark's own log
//! lines are not shown either. The first use says so once on stderr.

use crate::native::{NativeClass, NativeFunction, NativeInstance};
use crate::{Args, Interpreter};
use runnel_core::{Result, Value};
use std::cell::Cell;
use std::rc::Rc;

const NOTICE: &str = "Runnel: logging is a quiet no-op here; log records are not shown\n";

const CALLS: &[&str] = &[
    "debug",
    "info",
    "warning",
    "warn",
    "error",
    "critical",
    "exception",
    "log",
    "setLevel",
    "addHandler",
    "removeHandler",
    "setFormatter",
    "addFilter",
    "basicConfig",
    "disable",
    "captureWarnings",
];

struct State {
    told: Cell<bool>,
}

impl State {
    fn tell(&self, interp: &Interpreter) {
        if !self.told.replace(true) {
            interp.host.stderr(NOTICE);
        }
    }
}

fn quiet(st: &Rc<State>, name: &'static str) -> Value {
    let st = st.clone();
    NativeFunction::new(name, move |interp, _| {
        st.tell(interp);
        Ok(Value::None)
    })
}

fn object_class(st: &Rc<State>, name: &str) -> Rc<NativeClass> {
    let mut class = NativeClass::new(name);
    for &m in CALLS {
        let st = st.clone();
        class = class.method(m, move |interp, _, _| {
            st.tell(interp);
            Ok(Value::None)
        });
    }
    let class = class.method("isEnabledFor", |_, _, _| Ok(Value::Bool(false)));
    Rc::new(class)
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    let st = Rc::new(State {
        told: Cell::new(false),
    });
    let logger = object_class(&st, "Logger");
    let handler = object_class(&st, "Handler");
    let make = |class: &Rc<NativeClass>, name: &'static str| {
        let class = class.clone();
        NativeFunction::new(name, move |_, _: Args| -> Result<Value> {
            Ok(NativeInstance::new(class.clone(), Rc::new(())))
        })
    };
    let mut out: Vec<(&'static str, Value)> = CALLS.iter().map(|n| (*n, quiet(&st, n))).collect();
    out.extend([
        ("getLogger", make(&logger, "getLogger")),
        ("StreamHandler", make(&handler, "StreamHandler")),
        ("FileHandler", make(&handler, "FileHandler")),
        ("NullHandler", make(&handler, "NullHandler")),
        ("Formatter", make(&handler, "Formatter")),
        ("DEBUG", Value::Int(10)),
        ("INFO", Value::Int(20)),
        ("WARNING", Value::Int(30)),
        ("WARN", Value::Int(30)),
        ("ERROR", Value::Int(40)),
        ("CRITICAL", Value::Int(50)),
        ("NOTSET", Value::Int(0)),
    ]);
    out
}
