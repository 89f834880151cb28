//! The rest of `operator`: container functions, identity, `attrgetter`, `methodcaller`.

use crate::native::NativeFunction;
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

fn two(a: &Args, name: &str) -> Result<(Value, Value)> {
    a.check_count(name, 2, 2)?;
    Ok((a.positional[0].clone(), a.positional[1].clone()))
}

/// `obj.a.b.c` for a dotted name.
fn dotted(interp: &Interpreter, obj: &Value, name: &str) -> Result<Value> {
    let mut v = obj.clone();
    for part in name.split('.') {
        v = crate::methods::get_attr(interp, &v, part)?;
    }
    Ok(v)
}

fn attrgetter(_: &Interpreter, a: Args) -> Result<Value> {
    a.finish("attrgetter")?;
    let names: Vec<String> = a
        .positional
        .iter()
        .map(|v| match v {
            Value::Str(s) => Ok(s.to_string()),
            _ => Err(Error::type_error("attribute name must be a string")),
        })
        .collect::<Result<_>>()?;
    if names.is_empty() {
        return Err(Error::type_error("attrgetter expected 1 argument, got 0"));
    }
    Ok(NativeFunction::new("attrgetter", move |interp, a: Args| {
        a.check_count("attrgetter", 1, 1)?;
        let obj = &a.positional[0];
        if names.len() == 1 {
            return dotted(interp, obj, &names[0]);
        }
        names
            .iter()
            .map(|n| dotted(interp, obj, n))
            .collect::<Result<Vec<_>>>()
            .map(Value::tuple)
    }))
}

fn methodcaller(_: &Interpreter, mut a: Args) -> Result<Value> {
    if a.positional.is_empty() {
        return Err(Error::type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    }
    let Value::Str(name) = a.positional.remove(0) else {
        return Err(Error::type_error("method name must be a string"));
    };
    let (args, kw) = (a.positional, a.keywords);
    Ok(NativeFunction::new(
        "methodcaller",
        move |interp, call: Args| {
            call.check_count("methodcaller", 1, 1)?;
            let call_args = Args {
                positional: args.clone(),
                keywords: kw.clone(),
            };
            crate::methods::call_method(interp, &call.positional[0], &name, call_args)
        },
    ))
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("attrgetter", NativeFunction::new("attrgetter", attrgetter)),
        (
            "methodcaller",
            NativeFunction::new("methodcaller", methodcaller),
        ),
        (
            "is_",
            NativeFunction::new("is_", |_, a| {
                let (x, y) = two(&a, "is_")?;
                Ok(Value::Bool(crate::runtime::compare::is(&x, &y)))
            }),
        ),
        (
            "is_not",
            NativeFunction::new("is_not", |_, a| {
                let (x, y) = two(&a, "is_not")?;
                Ok(Value::Bool(!crate::runtime::compare::is(&x, &y)))
            }),
        ),
        (
            "contains",
            NativeFunction::new("contains", |interp, a| {
                let (c, x) = two(&a, "contains")?;
                Ok(Value::Bool(crate::runtime::compare::contains(
                    interp, &c, &x,
                )?))
            }),
        ),
        (
            "countOf",
            NativeFunction::new("countOf", |interp, a| {
                let (c, x) = two(&a, "countOf")?;
                let n = interp
                    .collect(&c)?
                    .iter()
                    .filter(|y| crate::runtime::compare::eq(y, &x))
                    .count();
                Ok(Value::Int(n as i64))
            }),
        ),
        (
            "indexOf",
            NativeFunction::new("indexOf", |interp, a| {
                let (c, x) = two(&a, "indexOf")?;
                interp
                    .collect(&c)?
                    .iter()
                    .position(|y| crate::runtime::compare::eq(y, &x))
                    .map(|i| Value::Int(i as i64))
                    .ok_or_else(|| Error::value_error("sequence.index(x): x not in sequence"))
            }),
        ),
        (
            "getitem",
            NativeFunction::new("getitem", |interp, a| {
                let (c, k) = two(&a, "getitem")?;
                crate::runtime::subscript::get_item_in(interp, &c, &k)
            }),
        ),
        (
            "setitem",
            NativeFunction::new("setitem", |interp, a| {
                a.check_count("setitem", 3, 3)?;
                let p = &a.positional;
                crate::runtime::subscript::set_item(
                    &p[0],
                    &p[1],
                    p[2].clone(),
                    interp.config.max_collection_len,
                )?;
                Ok(Value::None)
            }),
        ),
        (
            "delitem",
            NativeFunction::new("delitem", |_, a| {
                let (c, k) = two(&a, "delitem")?;
                crate::runtime::subscript::del_item(&c, &k, None)?;
                Ok(Value::None)
            }),
        ),
        (
            "length_hint",
            NativeFunction::new("length_hint", |_, a| {
                a.check_count("length_hint", 1, 2)?;
                Ok(match crate::modules::args::seq_len(&a.positional[0])? {
                    Some(n) => Value::Int(n as i64),
                    None => a.positional.get(1).cloned().unwrap_or(Value::Int(0)),
                })
            }),
        ),
        // `a += b` on a list extends it in place.
        (
            "iadd",
            NativeFunction::new("iadd", |interp, a| {
                let (x, y) = two(&a, "iadd")?;
                if let Value::List(l) = &x {
                    let items = interp.collect(&y)?;
                    l.borrow_mut()?.extend(items);
                    return Ok(x);
                }
                crate::runtime::ops::binop(
                    crate::runtime::ops::Op::Add,
                    &x,
                    &y,
                    interp.config.max_collection_len,
                )
            }),
        ),
    ]
}
