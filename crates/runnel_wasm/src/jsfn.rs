//! JS functions as Python functions: the builder's JS callbacks (`map(w => [w, 1])`).
//!
//! The page sends each function's source text (`fn.toString()`); here it is rebuilt with
//! `new Function("return (" + src + ")")()` and wrapped in a
//! [`runnel_python::NativeFunction`] that the session defines as the global `__js_N`
//! before the program runs. Only the text travels, so closures over the page's variables
//! are not carried.
//!
//! Values cross by copy. Python → JS: `None` → `null`, `bool`, `int`/`float` → number,
//! `str` → string, `tuple`/`list`/`set` → Array, `dict` → a plain object when every key
//! is a `str`, else a `Map`. JS → Python: `null`/`undefined` → `None`, boolean, a number
//! → `int` when it is an integer within ±2^53 else `float`, string, Array → `tuple` (so
//! `w => [w, 1]` gives the pair `('w', 1)`), a plain object → `dict`; anything else is a
//! `TypeError` naming its JS type. A JS exception becomes the Python exception `JSError`.

use js_sys::{Array, Function, Object, Reflect};
use runnel_core::value::PyDict;
use runnel_core::{Error, Result, Value};
use runnel_python::NativeFunction;
use wasm_bindgen::{JsCast, JsError, JsValue};

/// How deep containers may nest when they cross (a cyclic value would recurse forever).
const MAX_DEPTH: usize = 200;

/// The largest integer a JS number holds exactly (2^53).
const MAX_SAFE: f64 = 9_007_199_254_740_992.0;

/// The globals `__js_0`, `__js_1`, ... for the functions given as source texts.
pub fn js_globals(sources: &[String]) -> std::result::Result<Vec<(String, Value)>, JsError> {
    sources
        .iter()
        .enumerate()
        .map(|(i, src)| {
            let name = format!("__js_{i}");
            let func = rebuild(src).map_err(|e| {
                JsError::new(&format!(
                    "jsFunctions[{i}] is not a JS function expression ({}): {}",
                    describe_thrown(&e),
                    abbreviate(src)
                ))
            })?;
            Ok((name.clone(), native(&name, func)))
        })
        .collect()
}

/// `new Function("return (" + src + ")")()`, checked to give a function.
fn rebuild(src: &str) -> std::result::Result<Function, JsValue> {
    let ctor: Function = Reflect::get(&js_sys::global(), &JsValue::from_str("Function"))?
        .dyn_into()
        .map_err(|_| JsValue::from_str("no Function constructor"))?;
    // The newline ends a trailing `//` comment of the source.
    let body = JsValue::from_str(&format!("return ({src}\n)"));
    let maker: Function = Reflect::construct(&ctor, &Array::of1(&body))?
        .dyn_into()
        .map_err(|_| JsValue::from_str("Function did not give a function"))?;
    let value = maker.call0(&JsValue::UNDEFINED)?;
    value
        .dyn_into::<Function>()
        .map_err(|v| JsValue::from_str(&format!("it is a {}", js_type_name(&v))))
}

fn abbreviate(src: &str) -> String {
    let one_line: String = src.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &one_line[..at]),
        None => one_line,
    }
}

/// The Python function calling `func` (positional arguments only).
fn native(name: &str, func: Function) -> Value {
    NativeFunction::new(name, move |_, args| {
        if !args.keywords.is_empty() {
            return Err(Error::type_error(
                "a JS function takes no keyword arguments",
            ));
        }
        let list = Array::new();
        for a in &args.positional {
            list.push(&to_js(a, 0)?);
        }
        let out = func
            .apply(&JsValue::NULL, &list)
            .map_err(|e| Error::new("JSError", describe_thrown(&e)))?;
        from_js(&out, 0)
    })
}

/// What a JS exception says: `message` for an `Error`, `Name: message` for its
/// subclasses, `String(e)` for anything else thrown.
fn describe_thrown(e: &JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        let name = String::from(err.name());
        let message = String::from(err.message());
        return if name == "Error" || name.is_empty() {
            message
        } else {
            format!("{name}: {message}")
        };
    }
    if let Some(s) = e.as_string() {
        return s;
    }
    // String(e) can itself throw (an object's toString may throw).
    js_string(e).unwrap_or_else(|| format!("a thrown {}", js_type_name(e)))
}

/// `String(v)`, or `None` when that throws.
fn js_string(v: &JsValue) -> Option<String> {
    let string: Function = Reflect::get(&js_sys::global(), &JsValue::from_str("String"))
        .ok()?
        .dyn_into()
        .ok()?;
    string.call1(&JsValue::UNDEFINED, v).ok()?.as_string()
}

/// A Python value as a JS value.
pub fn to_js(v: &Value, depth: usize) -> Result<JsValue> {
    if depth > MAX_DEPTH {
        return Err(Error::value_error(
            "a value passed to a JS function is nested too deeply (is it cyclic?)",
        ));
    }
    let seq = |items: &mut dyn Iterator<Item = &Value>| -> Result<JsValue> {
        let out = Array::new();
        for x in items {
            out.push(&to_js(x, depth + 1)?);
        }
        Ok(out.into())
    };
    Ok(match v {
        Value::None => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Int(i) => JsValue::from_f64(*i as f64),
        Value::Float(f) => JsValue::from_f64(*f),
        Value::Str(s) => JsValue::from_str(s),
        Value::Tuple(items) => seq(&mut items.iter())?,
        Value::List(items) => seq(&mut items.borrow()?.iter())?,
        Value::Set(items) => seq(&mut items.borrow()?.iter())?,
        Value::FrozenSet(items) => seq(&mut items.iter())?,
        Value::Dict(d) => {
            let d = d.borrow()?;
            if d.keys().all(|k| matches!(k, Value::Str(_))) {
                let out = Object::new();
                for (k, x) in d.iter() {
                    let Value::Str(k) = k else { continue };
                    Reflect::set(&out, &JsValue::from_str(k), &to_js(x, depth + 1)?)
                        .map_err(|e| Error::new("JSError", describe_thrown(&e)))?;
                }
                out.into()
            } else {
                let out = js_sys::Map::new();
                for (k, x) in d.iter() {
                    out.set(&to_js(k, depth + 1)?, &to_js(x, depth + 1)?);
                }
                out.into()
            }
        }
        Value::Object(_) => {
            return Err(Error::type_error(format!(
                "a Python {} cannot be passed to a JS function",
                v.type_name()
            )))
        }
    })
}

/// A JS value as a Python value.
pub fn from_js(v: &JsValue, depth: usize) -> Result<Value> {
    if depth > MAX_DEPTH {
        return Err(Error::value_error(
            "a value a JS function returned is nested too deeply (is it cyclic?)",
        ));
    }
    if v.is_null() || v.is_undefined() {
        return Ok(Value::None);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = v.as_f64() {
        return Ok(if n.fract() == 0.0 && n.abs() <= MAX_SAFE {
            Value::Int(n as i64)
        } else {
            Value::Float(n)
        });
    }
    if let Some(s) = v.as_string() {
        return Ok(Value::str(&s));
    }
    if Array::is_array(v) {
        let arr: &Array = v.unchecked_ref();
        let mut items = Vec::with_capacity(arr.length() as usize);
        for x in arr.iter() {
            items.push(from_js(&x, depth + 1)?);
        }
        return Ok(Value::tuple(items));
    }
    if is_plain_object(v) {
        let obj: &Object = v.unchecked_ref();
        let mut d = PyDict::new();
        for entry in Object::entries(obj).iter() {
            let pair: Array = entry.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            d.insert(Value::str(&key), from_js(&pair.get(1), depth + 1)?)?;
        }
        return Ok(Value::dict(d));
    }
    Err(Error::type_error(format!(
        "a JS function returned a {}, which has no Python value (return null, a boolean, a number, a string, an array or a plain object)",
        js_type_name(v)
    )))
}

/// `{...}` or `Object.create(null)`: the objects that read as a `dict`.
fn is_plain_object(v: &JsValue) -> bool {
    if !v.is_object() || v.is_function() {
        return false;
    }
    let proto = JsValue::from(Object::get_prototype_of(v));
    proto.is_null() || proto == JsValue::from(Object::get_prototype_of(&Object::new().into()))
}

/// A JS value's type for messages: `symbol`, `function`, `bigint`, or an object's class.
fn js_type_name(v: &JsValue) -> String {
    if v.is_symbol() {
        return "symbol".into();
    }
    if v.is_function() {
        return "function".into();
    }
    if v.is_bigint() {
        return "bigint".into();
    }
    if v.is_object() {
        let ctor = Reflect::get(v, &JsValue::from_str("constructor")).ok();
        let name = ctor
            .and_then(|c| Reflect::get(&c, &JsValue::from_str("name")).ok())
            .and_then(|n| n.as_string())
            .filter(|n| !n.is_empty());
        return match name {
            Some(n) => format!("{n} object"),
            None => "object".into(),
        };
    }
    v.js_typeof().as_string().unwrap_or_else(|| "value".into())
}
