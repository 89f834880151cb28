//! The `json` module: `dumps`/`dump` byte-identical to CPython's encoder, `loads`.

mod decode;
pub(super) use decode::error_attr as decode_error_attr;
mod classes;
mod encode;
mod hooks;

use crate::exceptions::ExcClass;
use crate::native::NativeFunction;
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

/// A `cls=` keyword other than `None`.
fn take_cls(args: &mut Args) -> Option<Value> {
    args.take_keyword("cls")
        .filter(|c| !matches!(c, Value::None))
}

/// `cls(skipkeys=..., ..., sort_keys=..., **kw)`, as CPython's `dumps` makes the encoder
/// of a `cls=` call: each option named, with its default when not given.
fn encoder_of(interp: &Interpreter, cls: &Value, mut args: Args) -> Result<Value> {
    let (t, f) = (Value::Bool(true), Value::Bool(false));
    let named = [
        ("skipkeys", f.clone()),
        ("ensure_ascii", t.clone()),
        ("check_circular", t.clone()),
        ("allow_nan", t),
        ("indent", Value::None),
        ("separators", Value::None),
        ("default", Value::None),
        ("sort_keys", f),
    ];
    let mut kw: Vec<(String, Value)> = named
        .into_iter()
        .map(|(k, d)| (k.to_string(), args.take_keyword(k).unwrap_or(d)))
        .collect();
    kw.append(&mut args.keywords);
    let mut call = Args::new(vec![]);
    call.keywords = kw;
    interp.call_value(cls, call)
}

fn dumps_to_string(interp: &Interpreter, obj: &Value, mut args: Args) -> Result<String> {
    if let Some(cls) = take_cls(&mut args) {
        let enc = encoder_of(interp, &cls, args)?;
        let text =
            crate::methods::call_method(interp, &enc, "encode", Args::new(vec![obj.clone()]))?;
        return match text {
            Value::Str(s) => Ok(s.to_string()),
            other => Err(Error::type_error(format!(
                "encode() returned {}, not str",
                other.type_name()
            ))),
        };
    }
    let opts = encode::Options::from_args(&mut args)?;
    let mut enc = encode::Encoder::new(interp, opts);
    enc.encode(obj, 0)?;
    Ok(enc.out)
}

fn dumps(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let obj = args.require(0, "obj", "dumps")?;
    if args.positional.len() > 1 {
        return Err(Error::type_error(format!(
            "dumps() takes 1 positional argument but {} were given",
            args.positional.len()
        )));
    }
    args.positional.clear();
    Ok(Value::str(&dumps_to_string(interp, &obj, args)?))
}

/// `dump(obj, fp, **kw)`; with `cls=`, each chunk of `cls(...).iterencode(obj)` is
/// written, as CPython's `dump` writes them.
fn dump(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let obj = args.require(0, "obj", "dump")?;
    let fp = args.require(1, "fp", "dump")?;
    args.positional.clear();
    if let Some(cls) = take_cls(&mut args) {
        let enc = encoder_of(interp, &cls, args)?;
        let chunks = crate::methods::call_method(interp, &enc, "iterencode", Args::new(vec![obj]))?;
        for chunk in interp.collect(&chunks)? {
            crate::methods::call_method(interp, &fp, "write", Args::new(vec![chunk]))?;
        }
        return Ok(Value::None);
    }
    let text = dumps_to_string(interp, &obj, args)?;
    crate::methods::call_method(interp, &fp, "write", Args::new(vec![Value::str(&text)]))?;
    Ok(Value::None)
}

/// `cls(**kw).decode(s)` for `loads(s, cls=D, **kw)`: the hooks given as `None` left out,
/// as CPython's `loads` leaves them.
fn loads_with(interp: &Interpreter, cls: &Value, s: Value, args: Args) -> Result<Value> {
    let mut call = Args::new(vec![]);
    call.keywords = args
        .keywords
        .into_iter()
        .filter(|(_, v)| !matches!(v, Value::None))
        .collect();
    let dec = interp.call_value(cls, call)?;
    crate::methods::call_method(interp, &dec, "decode", Args::new(vec![s]))
}

fn loads(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let s = crate::runtime::builtin_base::plain(&args.require(0, "s", "loads")?);
    if let Some(cls) = take_cls(&mut args) {
        return loads_with(interp, &cls, s, args);
    }
    let hooks = hooks::Hooks::from_args(&mut args)?;
    let Value::Str(s) = s else {
        return Err(Error::type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            s.type_name()
        )));
    };
    decode::Decoder::new(&s, interp, &hooks).document()
}

/// `load(fp, **kw)`: `loads(fp.read(), **kw)`.
fn load(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let fp = args.require(0, "fp", "load")?;
    if args.positional.len() > 1 {
        return Err(Error::type_error(format!(
            "load() takes 1 positional argument but {} were given",
            args.positional.len()
        )));
    }
    let text = crate::methods::call_method(interp, &fp, "read", Args::new(vec![]))?;
    args.positional = vec![text];
    loads(interp, args)
}

pub(super) fn attrs(interp: &Interpreter) -> Vec<(&'static str, Value)> {
    vec![
        ("JSONEncoder", classes::encoder_class(interp)),
        ("JSONDecoder", classes::decoder_class(interp)),
        ("load", NativeFunction::new("load", load)),
        ("dumps", NativeFunction::new("dumps", dumps)),
        ("dump", NativeFunction::new("dump", dump)),
        ("loads", NativeFunction::new("loads", loads)),
        (
            "JSONDecodeError",
            Value::object(ExcClass {
                name: "json.decoder.JSONDecodeError",
            }),
        ),
    ]
}
