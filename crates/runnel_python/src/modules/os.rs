//! `os` and `os.path`. Runnel programs run without a file system or environment (in the
//! browser there is none), so the path functions that only compute strings work as
//! CPython's `posixpath` does, and what would touch the host is refused by name.

use crate::native::NativeFunction;
use crate::Args;
use runnel_core::value::PyDict;
use runnel_core::{Error, Result, Value};

fn strs(a: &Args, func: &str) -> Result<Vec<String>> {
    a.finish(func)?;
    a.positional
        .iter()
        .map(|v| match v {
            Value::Str(s) => Ok(s.to_string()),
            other => Err(Error::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            ))),
        })
        .collect()
}

fn one(a: &Args, func: &str) -> Result<String> {
    a.check_count(func, 1, 1)?;
    Ok(strs(a, func)?.remove(0))
}

fn join(parts: &[String]) -> String {
    let mut out = String::new();
    for p in parts {
        if p.starts_with('/') {
            out = p.clone();
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(p);
        } else {
            out.push('/');
            out.push_str(p);
        }
    }
    out
}

fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    (head.to_string(), tail.to_string())
}

fn splitext(p: &str) -> (String, String) {
    let base_start = p.rfind('/').map_or(0, |i| i + 1);
    let base = &p[base_start..];
    let leading = base.len() - base.trim_start_matches('.').len();
    match base[leading..].rfind('.') {
        Some(dot) => {
            let at = base_start + leading + dot;
            (p[..at].to_string(), p[at..].to_string())
        }
        None => (p.to_string(), String::new()),
    }
}

fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." if initial == 0 && (parts.is_empty() || parts.last() == Some(&"..")) => {
                parts.push("..")
            }
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    let out = format!("{}{}", "/".repeat(initial), parts.join("/"));
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

fn pair(a: String, b: String) -> Value {
    Value::pair(Value::str(&a), Value::str(&b))
}

/// A function that exists in CPython but needs the host: refused when called.
fn refused(name: &'static str) -> Value {
    NativeFunction::new(name, move |_, _| {
        Err(Error::new(
            "NotImplementedError",
            format!("{name}() is not supported in Runnel: programs run without a file system or an operating system"),
        ))
    })
}

pub(super) fn path_attrs() -> Vec<(&'static str, Value)> {
    vec![
        (
            "join",
            NativeFunction::new("join", |_, a| {
                if a.positional.is_empty() {
                    return Err(Error::type_error(
                        "join() missing 1 required positional argument: 'a'",
                    ));
                }
                Ok(Value::str(&join(&strs(&a, "join")?)))
            }),
        ),
        (
            "basename",
            NativeFunction::new("basename", |_, a| {
                Ok(Value::str(&split(&one(&a, "basename")?).1))
            }),
        ),
        (
            "dirname",
            NativeFunction::new("dirname", |_, a| {
                Ok(Value::str(&split(&one(&a, "dirname")?).0))
            }),
        ),
        (
            "split",
            NativeFunction::new("split", |_, a| {
                let (h, t) = split(&one(&a, "split")?);
                Ok(pair(h, t))
            }),
        ),
        (
            "splitext",
            NativeFunction::new("splitext", |_, a| {
                let (r, e) = splitext(&one(&a, "splitext")?);
                Ok(pair(r, e))
            }),
        ),
        (
            "normpath",
            NativeFunction::new("normpath", |_, a| {
                Ok(Value::str(&normpath(&one(&a, "normpath")?)))
            }),
        ),
        (
            "isabs",
            NativeFunction::new("isabs", |_, a| {
                Ok(Value::Bool(one(&a, "isabs")?.starts_with('/')))
            }),
        ),
        ("sep", Value::str("/")),
        ("exists", refused("os.path.exists")),
        ("isfile", refused("os.path.isfile")),
        ("isdir", refused("os.path.isdir")),
        ("abspath", refused("os.path.abspath")),
        ("getsize", refused("os.path.getsize")),
        ("expanduser", refused("os.path.expanduser")),
    ]
}

pub(super) fn os_attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("sep", Value::str("/")),
        ("linesep", Value::str("\n")),
        ("name", Value::str("posix")),
        ("curdir", Value::str(".")),
        ("environ", Value::dict(PyDict::new())),
        (
            "getenv",
            NativeFunction::new("getenv", |_, mut a| {
                let _ = a.require(0, "key", "getenv")?;
                Ok(a.take(1, "default").unwrap_or(Value::None))
            }),
        ),
        ("getcwd", refused("os.getcwd")),
        ("listdir", refused("os.listdir")),
        ("makedirs", refused("os.makedirs")),
        ("mkdir", refused("os.mkdir")),
        ("remove", refused("os.remove")),
        ("walk", refused("os.walk")),
        ("system", refused("os.system")),
        ("getpid", refused("os.getpid")),
    ]
}
