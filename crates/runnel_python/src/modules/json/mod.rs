//! The `json` module: `dumps`/`dump` byte-identical to CPython's encoder, `loads`.

mod decode;
pub(super) use decode::error_attr as decode_error_attr;
mod encode;
mod hooks;

use crate::exceptions::ExcClass;
use crate::native::NativeFunction;
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

fn dumps_to_string(interp: &Interpreter, obj: &Value, mut args: Args) -> Result<String> {
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

fn dump(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let obj = args.require(0, "obj", "dump")?;
    let fp = args.require(1, "fp", "dump")?;
    args.positional.clear();
    let text = dumps_to_string(interp, &obj, args)?;
    crate::methods::call_method(interp, &fp, "write", Args::new(vec![Value::str(&text)]))?;
    Ok(Value::None)
}

fn loads(interp: &Interpreter, mut args: Args) -> Result<Value> {
    let s = crate::runtime::builtin_base::plain(&args.require(0, "s", "loads")?);
    let hooks = hooks::Hooks::from_args(&mut args)?;
    let Value::Str(s) = s else {
        return Err(Error::type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            s.type_name()
        )));
    };
    decode::Decoder::new(&s, interp, &hooks).document()
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
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
