//! The `warnings` module: `warn` with CPython's filters (`filterwarnings`, `simplefilter`,
//! `resetwarnings`, `catch_warnings`) and default actions (each warning once per
//! location; `DeprecationWarning` shown only from the program itself; `error` raises it),
//! printed on stderr as CPython prints them (`prog.py:3: UserWarning: text` and the
//! source line). Runnel knows the line of the program's top-level statement running, so
//! a warning raised inside a function is located at the top-level call that led to it.

use crate::exceptions::ExcClass;
use crate::native::{NativeClass, NativeFunction};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

const ACTIONS: &[&str] = &["error", "ignore", "always", "default", "module", "once"];

struct Filter {
    action: String,
    message: String,
    category: Value,
}

#[derive(Default)]
struct State {
    /// The program's filters, first match wins.
    filters: Vec<Filter>,
    /// `resetwarnings` cleared the default filters too.
    reset: bool,
    shown: HashSet<(String, String, u32)>,
}

type Shared = Rc<RefCell<State>>;

/// The filters a `catch_warnings` block saved on entry, and whether they were reset.
type Saved = Rc<RefCell<Option<(Vec<Filter>, bool)>>>;

fn builtin(name: &'static str) -> Value {
    Value::object(ExcClass { name })
}

fn issubclass(interp: &Interpreter, cls: &Value, base: &Value) -> bool {
    interp.builtins.get("issubclass").is_some_and(|f| {
        interp
            .call_value(f, Args::new(vec![cls.clone(), base.clone()]))
            .is_ok_and(|v| v.truthy())
    })
}

fn class_name(interp: &Interpreter, cls: &Value) -> String {
    match crate::methods::get_attr(interp, cls, "__name__") {
        Ok(Value::Str(s)) => s.to_string(),
        _ => cls.repr(),
    }
}

/// The action for a warning: the first matching filter's, else CPython's defaults.
fn action(interp: &Interpreter, st: &State, text: &str, cat: &Value) -> String {
    let lower = text.to_lowercase();
    for f in &st.filters {
        let msg_ok = lower.starts_with(&f.message.to_lowercase());
        if msg_ok && issubclass(interp, cat, &f.category) {
            return f.action.clone();
        }
    }
    if !st.reset {
        for quiet in [
            "PendingDeprecationWarning",
            "ImportWarning",
            "ResourceWarning",
        ] {
            if issubclass(interp, cat, &builtin(quiet)) {
                return "ignore".into();
            }
        }
    }
    "default".into()
}

fn warn(interp: &Interpreter, st: &Shared, mut a: Args) -> Result<Value> {
    let message = a.require(0, "message", "warn")?;
    let category = a.take(1, "category").filter(|c| !matches!(c, Value::None));
    let _ = (a.take(2, "stacklevel"), a.take(3, "source"));
    a.finish("warn")?;
    let warning = builtin("Warning");
    let (text, cat) = if issubclass(interp, &crate::builtins::types::type_of(&message), &warning) {
        (
            crate::runtime::guard::to_str(&message)?,
            crate::builtins::types::type_of(&message),
        )
    } else {
        let cat = category.unwrap_or_else(|| builtin("UserWarning"));
        if cat.type_name() != "type" || !issubclass(interp, &cat, &warning) {
            return Err(Error::type_error(format!(
                "category must be a Warning subclass, not '{}'",
                crate::builtins::types::type_of(&cat)
                    .repr()
                    .trim_start_matches("<class '")
                    .trim_end_matches("'>")
            )));
        }
        (crate::runtime::guard::to_str(&message)?, cat)
    };
    let act = action(interp, &st.borrow(), &text, &cat);
    let name = class_name(interp, &cat);
    let line = interp.module_line().unwrap_or(0);
    let key = match act.as_str() {
        "ignore" => return Ok(Value::None),
        "error" => {
            let exc = interp.call_value(&cat, Args::new(vec![Value::str(&text)]))?;
            return Err(match crate::runtime::class::raise_error(&exc) {
                Some(e) => e?,
                None => Error::new(&name, text),
            });
        }
        "always" => None,
        "default" => Some((text.clone(), name.clone(), line)),
        _ => Some((text.clone(), name.clone(), 0)),
    };
    if let Some(key) = key {
        if !st.borrow_mut().shown.insert(key) {
            return Ok(Value::None);
        }
    }
    let located = interp.program.borrow().as_ref().and_then(|p| p.line(line));
    let out = match located {
        Some((file, src)) => format!("{file}:{line}: {name}: {text}\n  {}\n", src.trim()),
        None => format!("{name}: {text}\n"),
    };
    interp.host.stderr(&out);
    Ok(Value::None)
}

fn add_filter(
    interp: &Interpreter,
    st: &Shared,
    action: Value,
    message: String,
    category: Value,
    append: bool,
) -> Result<Value> {
    let action = action.to_str();
    if !ACTIONS.contains(&action.as_str()) {
        return Err(Error::new(
            "AssertionError",
            format!("invalid action: {}", Value::str(&action).repr()),
        ));
    }
    if category.type_name() != "type" || !issubclass(interp, &category, &builtin("Warning")) {
        return Err(Error::new(
            "AssertionError",
            "category must be a Warning subclass",
        ));
    }
    let f = Filter {
        action,
        message,
        category,
    };
    let mut s = st.borrow_mut();
    // A new filter resets what "once per location" remembered, as CPython's does.
    s.shown.clear();
    if append {
        s.filters.push(f);
    } else {
        s.filters.insert(0, f);
    }
    Ok(Value::None)
}

fn filterwarnings(interp: &Interpreter, st: &Shared, mut a: Args) -> Result<Value> {
    let action = a.require(0, "action", "filterwarnings")?;
    let message = a.take(1, "message").map(|v| v.to_str()).unwrap_or_default();
    let category = a.take(2, "category").unwrap_or_else(|| builtin("Warning"));
    let _ = (a.take(3, "module"), a.take(4, "lineno"));
    let append = a.take(5, "append").is_some_and(|v| v.truthy());
    a.finish("filterwarnings")?;
    add_filter(interp, st, action, message, category, append)
}

fn simplefilter(interp: &Interpreter, st: &Shared, mut a: Args) -> Result<Value> {
    let action = a.require(0, "action", "simplefilter")?;
    let category = a.take(1, "category").unwrap_or_else(|| builtin("Warning"));
    let _ = a.take(2, "lineno");
    let append = a.take(3, "append").is_some_and(|v| v.truthy());
    a.finish("simplefilter")?;
    add_filter(interp, st, action, String::new(), category, append)
}

/// `catch_warnings()`: restores the filters on exit.
fn catch_warnings(st: &Shared, mut a: Args) -> Result<Value> {
    if a.take_keyword("record").is_some_and(|v| v.truthy()) {
        return Err(Error::new(
            "NotImplementedError",
            "warnings.catch_warnings(record=True) is not supported by Runnel",
        ));
    }
    a.finish("catch_warnings")?;
    let saved: Saved = Rc::default();
    let (s1, s2, v1, v2) = (st.clone(), st.clone(), saved.clone(), saved);
    let class = NativeClass::new("catch_warnings")
        .method("__enter__", move |_, _, _| {
            let s = s1.borrow();
            let copy = s
                .filters
                .iter()
                .map(|f| Filter {
                    action: f.action.clone(),
                    message: f.message.clone(),
                    category: f.category.clone(),
                })
                .collect();
            *v1.borrow_mut() = Some((copy, s.reset));
            Ok(Value::None)
        })
        .method("__exit__", move |_, _, _| {
            if let Some((filters, reset)) = v2.borrow_mut().take() {
                let mut s = s2.borrow_mut();
                s.filters = filters;
                s.reset = reset;
            }
            Ok(Value::Bool(false))
        });
    let (class, _) = class.into_value();
    Ok(crate::native::NativeInstance::new(class, Rc::new(())))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    let st: Shared = Rc::default();
    let (s1, s2, s3, s4, s5) = (st.clone(), st.clone(), st.clone(), st.clone(), st);
    vec![
        (
            "warn",
            NativeFunction::new("warn", move |i, a| warn(i, &s1, a)),
        ),
        (
            "filterwarnings",
            NativeFunction::new("filterwarnings", move |i, a| filterwarnings(i, &s2, a)),
        ),
        (
            "simplefilter",
            NativeFunction::new("simplefilter", move |i, a| simplefilter(i, &s3, a)),
        ),
        (
            "resetwarnings",
            NativeFunction::new("resetwarnings", move |_, _| {
                let mut s = s4.borrow_mut();
                s.filters.clear();
                s.reset = true;
                Ok(Value::None)
            }),
        ),
        (
            "catch_warnings",
            NativeFunction::new("catch_warnings", move |_, a| catch_warnings(&s5, a)),
        ),
    ]
}
