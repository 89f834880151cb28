//! The `textwrap` module: `wrap`, `fill`, `shorten`, `dedent`, `indent` and
//! `TextWrapper`, as CPython 3.11's `textwrap.py` (every `TextWrapper` option).

mod chunks;
mod wrapper;

use crate::native::{NativeClass, NativeFunction, NativeInstance};
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use std::rc::Rc;
use wrapper::{str_opt, Wrapper};

fn text_arg(a: &mut Args, func: &str) -> Result<String> {
    let v = a.require(0, "text", func)?;
    match crate::runtime::builtin_base::plain(&v) {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::new(
            "AttributeError",
            format!(
                "'{}' object has no attribute 'expandtabs'",
                other.type_name()
            ),
        )),
    }
}

fn lines_value(lines: Vec<String>) -> Value {
    Value::list(lines.iter().map(|l| Value::str(l)).collect())
}

/// `dedent(text)`: the common leading spaces and tabs of the non-blank lines removed;
/// lines of only spaces and tabs emptied.
fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| {
            if !l.is_empty() && l.chars().all(|c| c == ' ' || c == '\t') {
                ""
            } else {
                l
            }
        })
        .collect();
    let mut margin: Option<&str> = None;
    for l in &lines {
        let n = l.len() - l.trim_start_matches([' ', '\t']).len();
        if n == l.len() {
            continue;
        }
        let indent = &l[..n];
        margin = Some(match margin {
            None => indent,
            Some(m) if indent.starts_with(m) => m,
            Some(m) if m.starts_with(indent) => indent,
            Some(m) => {
                let common = m
                    .bytes()
                    .zip(indent.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                &m[..common]
            }
        });
    }
    let m = margin.unwrap_or("");
    let out: Vec<&str> = lines
        .iter()
        .map(|l| l.strip_prefix(m).unwrap_or(l))
        .collect();
    out.join("\n")
}

fn indent(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let text = a.require(0, "text", "indent")?;
    let prefix = a.require(1, "prefix", "indent")?;
    let predicate = a.take(2, "predicate").filter(|p| !matches!(p, Value::None));
    crate::modules::args::done(&a, "indent", 3)?;
    let lines = crate::methods::call_method(
        interp,
        &text,
        "splitlines",
        Args::new(vec![Value::Bool(true)]),
    )?;
    let prefix = str_opt(&prefix, "prefix")?;
    let mut out = String::new();
    for line in interp.collect(&lines)? {
        let keep = match &predicate {
            Some(p) => interp
                .call_value(p, Args::new(vec![line.clone()]))?
                .truthy(),
            None => line.to_str().chars().any(|c| !c.is_whitespace()),
        };
        if keep {
            out.push_str(&prefix);
        }
        out.push_str(&line.to_str());
    }
    Ok(Value::str(&out))
}

fn wrapper_of(v: &Value) -> Result<Rc<Wrapper>> {
    NativeInstance::data_of::<Wrapper>(v).ok_or_else(|| Error::type_error("not a TextWrapper"))
}

fn wrapper_class() -> Rc<NativeClass> {
    NativeClass::new("textwrap.TextWrapper")
        .method("wrap", |_, s, mut a: Args| {
            let text = text_arg(&mut a, "wrap")?;
            Ok(lines_value(wrapper_of(s)?.wrap(&text)?))
        })
        .method("fill", |_, s, mut a: Args| {
            let text = text_arg(&mut a, "fill")?;
            Ok(Value::str(&wrapper_of(s)?.wrap(&text)?.join("\n")))
        })
        .property("width", |_, s| Ok(Value::Int(wrapper_of(s)?.width)))
        .with_self_constructor(|_, class, mut a| {
            let w = Wrapper::from_args(&mut a, Some(0), 70)?;
            crate::modules::args::done(&a, "TextWrapper", 1)?;
            Ok(NativeInstance::new(class.clone(), Rc::new(w)))
        })
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        (
            "wrap",
            NativeFunction::new("wrap", |_, mut a: Args| {
                let text = text_arg(&mut a, "wrap")?;
                let w = Wrapper::from_args(&mut a, Some(1), 70)?;
                Ok(lines_value(w.wrap(&text)?))
            }),
        ),
        (
            "fill",
            NativeFunction::new("fill", |_, mut a: Args| {
                let text = text_arg(&mut a, "fill")?;
                let w = Wrapper::from_args(&mut a, Some(1), 70)?;
                Ok(Value::str(&w.wrap(&text)?.join("\n")))
            }),
        ),
        (
            "shorten",
            NativeFunction::new("shorten", |_, mut a: Args| {
                let text = text_arg(&mut a, "shorten")?;
                if a.positional.len() < 2 && !a.keywords.iter().any(|(k, _)| k == "width") {
                    return Err(Error::type_error(
                        "shorten() missing 1 required positional argument: 'width'",
                    ));
                }
                let mut w = Wrapper::from_args(&mut a, Some(1), 70)?;
                w.max_lines = Some(1);
                let words: Vec<&str> = text.split_whitespace().collect();
                Ok(Value::str(&w.wrap(&words.join(" "))?.join("\n")))
            }),
        ),
        (
            "dedent",
            NativeFunction::new("dedent", |_, mut a: Args| {
                let text = text_arg(&mut a, "dedent")?;
                Ok(Value::str(&dedent(&text)))
            }),
        ),
        ("indent", NativeFunction::new("indent", indent)),
        ("TextWrapper", Value::Object(wrapper_class())),
    ]
}
