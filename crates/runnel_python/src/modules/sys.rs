//! Small `sys`, `string` and `functools` modules: what course programs reach for besides
//! PySpark (`print(..., file=sys.stderr)`, `sys.exit()`, `string.punctuation`, `reduce`).

use crate::native::{NativeClass, NativeFunction, NativeInstance};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// Which host stream a `sys.stdout`/`sys.stderr` object writes to.
pub(crate) struct Stream {
    pub to_stderr: bool,
}

fn stream_class() -> Rc<NativeClass> {
    let class = NativeClass::new("TextIOWrapper")
        .method("write", |interp: &Interpreter, this, args: Args| {
            args.check_count("write", 1, 1)?;
            let Value::Str(s) = &args.positional[0] else {
                return Err(Error::type_error(format!(
                    "write() argument must be str, not {}",
                    args.positional[0].type_name()
                )));
            };
            write_to(interp, this, s)?;
            Ok(Value::Int(s.chars().count() as i64))
        })
        .method("flush", |_, _, _| Ok(Value::None))
        .with_repr(|inst| {
            let err = inst
                .data
                .downcast_ref::<Stream>()
                .is_some_and(|s| s.to_stderr);
            format!(
                "<_io.TextIOWrapper name='<{}>' mode='w' encoding='utf-8'>",
                if err { "stderr" } else { "stdout" }
            )
        });
    Rc::new(class)
}

/// Writes to the stream object `file` (`print(..., file=f)`).
pub(crate) fn write_to(interp: &Interpreter, file: &Value, text: &str) -> Result<()> {
    match NativeInstance::data_of::<Stream>(file) {
        Some(s) if s.to_stderr => interp.host.stderr(text),
        Some(_) => interp.write_out(text),
        None => {
            crate::methods::call_method(interp, file, "write", Args::new(vec![Value::str(text)]))?;
        }
    }
    Ok(())
}

pub(super) fn sys_attrs(filename: &str) -> Vec<(&'static str, Value)> {
    let class = stream_class();
    vec![
        (
            "stdout",
            NativeInstance::new(class.clone(), Rc::new(Stream { to_stderr: false })),
        ),
        (
            "stderr",
            NativeInstance::new(class, Rc::new(Stream { to_stderr: true })),
        ),
        ("argv", Value::list(vec![Value::str(filename)])),
        ("version", Value::str("3.11.7 (Runnel)")),
        ("maxsize", Value::Int(i64::MAX)),
        ("version_info", version_info()),
        ("float_info", float_info()),
        ("platform", Value::str("linux")),
        ("byteorder", Value::str("little")),
        ("maxunicode", Value::Int(0x10FFFF)),
        ("path", Value::list(vec![Value::str("")])),
        ("executable", Value::str("")),
        ("modules", Value::dict(runnel_core::value::PyDict::new())),
        (
            "getrecursionlimit",
            NativeFunction::new("getrecursionlimit", |interp, args| {
                args.check_count("getrecursionlimit", 0, 0)?;
                Ok(Value::Int(interp.recursion_limit() as i64))
            }),
        ),
        (
            // The depth rises up to what the Rust stack holds (see `enter_call`).
            "setrecursionlimit",
            NativeFunction::new("setrecursionlimit", |interp, args| {
                args.check_count("setrecursionlimit", 1, 1)?;
                let n = super::args::index(&args.positional[0])?;
                interp.set_recursion_limit(n).map(|_| Value::None)
            }),
        ),
        (
            "getsizeof",
            NativeFunction::new("getsizeof", |_, _| {
                Err(Error::new(
                    "NotImplementedError",
                    "sys.getsizeof() is not supported in Runnel (its values are not CPython objects)",
                ))
            }),
        ),
        (
            "exc_info",
            NativeFunction::new("exc_info", crate::builtins::namespace::exc_info),
        ),
        (
            "exit",
            NativeFunction::new("exit", |_, args| {
                args.check_count("exit", 0, 1)?;
                let msg = match args.positional.first() {
                    None | Some(Value::None) => String::new(),
                    Some(v) => v.to_str(),
                };
                Err(Error::new("SystemExit", msg))
            }),
        ),
    ]
}

/// `sys.version_info`: a named tuple (`sys.version_info.major`, `>= (3, 8)`, `[:2]`).
/// `sys.float_info`: IEEE 754 doubles, as CPython's on every platform Runnel runs on.
fn float_info() -> Value {
    let items = vec![
        Value::Float(f64::MAX),
        Value::Int(1024),
        Value::Int(308),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(-1021),
        Value::Int(-307),
        Value::Int(15),
        Value::Int(53),
        Value::Float(f64::EPSILON),
        Value::Int(2),
        Value::Int(1),
    ];
    crate::modules::collections::named_record(
        "sys.float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        items.clone(),
    )
    .unwrap_or_else(|_| Value::tuple(items))
}

fn version_info() -> Value {
    let items = vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        Value::str("final"),
        Value::Int(0),
    ];
    crate::modules::collections::named_record(
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        items.clone(),
    )
    .unwrap_or_else(|_| Value::tuple(items))
}

pub(super) fn string_attrs() -> Vec<(&'static str, Value)> {
    let lower = "abcdefghijklmnopqrstuvwxyz";
    let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    vec![
        ("ascii_lowercase", Value::str(lower)),
        ("ascii_uppercase", Value::str(upper)),
        ("ascii_letters", Value::str(&format!("{lower}{upper}"))),
        ("digits", Value::str("0123456789")),
        ("hexdigits", Value::str("0123456789abcdefABCDEF")),
        (
            "punctuation",
            Value::str("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
        ),
        ("whitespace", Value::str(" \t\n\r\x0b\x0c")),
        ("octdigits", Value::str("01234567")),
        (
            "printable",
            Value::str(&format!(
                "0123456789{lower}{upper}!\"#$%&'()*+,-./:;<=>?@[\\]^_`{{|}}~ \t\n\r\x0b\x0c"
            )),
        ),
    ]
}
