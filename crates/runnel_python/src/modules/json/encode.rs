//! `json.dumps`, byte for byte as CPython's encoder writes it.

use crate::{Args, Interpreter};
use runnel_core::value::float_repr;
use runnel_core::{Error, Result, Value};

pub(crate) struct Options {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub indent: Option<String>,
    pub item_sep: String,
    pub key_sep: String,
    pub default: Option<Value>,
    pub sort_keys: bool,
}

impl Options {
    pub fn from_args(args: &mut Args) -> Result<Options> {
        let flag = |args: &mut Args, name: &str, default: bool| {
            args.take_keyword(name).map_or(default, |v| v.truthy())
        };
        let skipkeys = flag(args, "skipkeys", false);
        let ensure_ascii = flag(args, "ensure_ascii", true);
        let check_circular = flag(args, "check_circular", true);
        let allow_nan = flag(args, "allow_nan", true);
        let sort_keys = flag(args, "sort_keys", false);
        let indent = match args.take_keyword("indent") {
            None | Some(Value::None) => None,
            Some(Value::Int(n)) => Some(" ".repeat(n.max(0) as usize)),
            Some(Value::Str(s)) => Some(s.to_string()),
            Some(other) => {
                return Err(Error::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    other.type_name()
                )))
            }
        };
        let (item_sep, key_sep) = match args.take_keyword("separators") {
            None | Some(Value::None) => (
                if indent.is_some() { "," } else { ", " }.to_string(),
                ": ".to_string(),
            ),
            Some(v) => {
                let parts = match &v {
                    Value::Tuple(t) => t.to_vec(),
                    Value::List(l) => l.borrow()?.clone(),
                    _ => Vec::new(),
                };
                match &parts[..] {
                    [Value::Str(a), Value::Str(b)] => (a.to_string(), b.to_string()),
                    _ => return Err(Error::value_error("too many values to unpack (expected 2)")),
                }
            }
        };
        let default = args
            .take_keyword("default")
            .filter(|v| !matches!(v, Value::None));
        args.finish("dumps")?;
        Ok(Options {
            skipkeys,
            ensure_ascii,
            check_circular,
            allow_nan,
            indent,
            item_sep,
            key_sep,
            default,
            sort_keys,
        })
    }
}

/// A JSON string literal of `s`.
pub(crate) fn quote(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) > 0x7e) => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn float_text(x: f64, allow_nan: bool) -> Result<String> {
    if x.is_finite() {
        return Ok(float_repr(x));
    }
    if !allow_nan {
        return Err(Error::value_error(
            "Out of range float values are not JSON compliant",
        ));
    }
    Ok(if x.is_nan() {
        "NaN"
    } else if x > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

/// `JSONEncoder.default`'s error: CPython names the class (`datetime`, not
/// `datetime.datetime`).
pub(crate) fn not_serializable(v: &Value) -> Error {
    let t = v.type_name();
    Error::type_error(format!(
        "Object of type {} is not JSON serializable",
        t.rsplit('.').next().unwrap_or(t)
    ))
}

pub(crate) struct Encoder<'a> {
    pub interp: &'a Interpreter,
    pub opts: Options,
    pub out: String,
    /// Containers being written (for "Circular reference detected").
    open: Vec<usize>,
}

impl<'a> Encoder<'a> {
    pub fn new(interp: &'a Interpreter, opts: Options) -> Self {
        Encoder {
            interp,
            opts,
            out: String::new(),
            open: Vec::new(),
        }
    }

    fn newline(&mut self, depth: usize) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..depth {
                self.out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, id: usize) -> Result<()> {
        if self.opts.check_circular {
            if self.open.contains(&id) {
                return Err(Error::value_error("Circular reference detected"));
            }
            if self.open.len() > 900 {
                return Err(Error::new(
                    "RecursionError",
                    "maximum recursion depth exceeded while encoding a JSON object",
                ));
            }
        }
        self.open.push(id);
        Ok(())
    }

    fn key_text(&self, k: &Value) -> Result<Option<String>> {
        // A key of a str (int, float) subclass is written as its value.
        let k = &crate::runtime::builtin_base::plain(k);
        Ok(Some(match k {
            Value::Str(s) => s.to_string(),
            Value::Bool(b) => if *b { "true" } else { "false" }.to_string(),
            Value::None => "null".to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(x) => float_text(*x, self.opts.allow_nan)?,
            // A big int is a key as any int is.
            other if runnel_core::value::is_big(other) => other.repr(),
            _ if self.opts.skipkeys => return Ok(None),
            other => {
                return Err(Error::type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    other.type_name()
                )))
            }
        }))
    }

    fn seq(&mut self, items: &[Value], depth: usize, id: usize) -> Result<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(id)?;
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                let sep = self.opts.item_sep.clone();
                self.out.push_str(&sep);
            }
            self.newline(depth + 1);
            self.encode(item, depth + 1)?;
        }
        self.newline(depth);
        self.out.push(']');
        self.open.pop();
        Ok(())
    }

    fn dict(&mut self, v: &Value, depth: usize, id: usize) -> Result<()> {
        let Value::Dict(d) = v else { return Ok(()) };
        let mut items: Vec<(Value, Value)> = d
            .borrow()?
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        if self.opts.sort_keys {
            // CPython sorts the (key, value) items as a list: the same comparisons, so
            // the same first failing pair of keys.
            let mut pairs: Vec<Value> = items.drain(..).map(|(k, v)| Value::pair(k, v)).collect();
            crate::methods::list::sort_values(self.interp, &mut pairs, None, false)?;
            items = pairs
                .into_iter()
                .filter_map(|p| match p {
                    Value::Tuple(t) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
                    _ => None,
                })
                .collect();
        }
        self.enter(id)?;
        self.out.push('{');
        let mut first = true;
        for (k, val) in &items {
            let Some(key) = self.key_text(k)? else {
                continue;
            };
            if !first {
                let sep = self.opts.item_sep.clone();
                self.out.push_str(&sep);
            }
            first = false;
            self.newline(depth + 1);
            quote(&mut self.out, &key, self.opts.ensure_ascii);
            let sep = self.opts.key_sep.clone();
            self.out.push_str(&sep);
            self.encode(val, depth + 1)?;
        }
        self.newline(depth);
        self.out.push('}');
        self.open.pop();
        Ok(())
    }

    pub fn encode(&mut self, v: &Value, depth: usize) -> Result<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::Float(x) => {
                let t = float_text(*x, self.opts.allow_nan)?;
                self.out.push_str(&t)
            }
            Value::Str(s) => quote(&mut self.out, s, self.opts.ensure_ascii),
            Value::List(l) => {
                let items = l.borrow()?.clone();
                self.seq(&items, depth, std::rc::Rc::as_ptr(l) as *const () as usize)?
            }
            Value::Tuple(t) => self.seq(t, depth, t.as_ptr() as usize)?,
            Value::Dict(d) => self.dict(v, depth, std::rc::Rc::as_ptr(d) as *const () as usize)?,
            other if runnel_core::value::is_big(other) => self.out.push_str(&other.repr()),
            other => {
                if let Some(items) = crate::modules::collections::namedtuple_items(other) {
                    return self.seq(&items, depth, 0);
                }
                if let Some(d) = crate::runtime::instance_dict::as_plain_dict(other) {
                    return self.encode(&d, depth);
                }
                if let Some(b) = crate::runtime::builtin_base::base_of(other) {
                    return self.encode(&b, depth);
                }
                let Some(f) = self.opts.default.clone() else {
                    return Err(not_serializable(other));
                };
                let id = match other {
                    Value::Object(o) => std::rc::Rc::as_ptr(o) as *const () as usize,
                    _ => 0,
                };
                self.enter(id)?;
                let r = self.interp.call_value(&f, Args::new(vec![other.clone()]))?;
                self.encode(&r, depth)?;
                self.open.pop();
            }
        }
        Ok(())
    }
}
