//! Guards before handing values to `runnel_core`'s recursive `repr`/`str`: nesting
//! thousands deep raises `RecursionError`, as in CPython. (A list that contains itself is
//! fine: the core prints it as CPython does, `[1, [...]]`.) An int of more than 4300 digits
//! raises `ValueError`, as CPython 3.11's does.

use runnel_core::{Error, Result, Value};

const MAX_NESTING: usize = 400;

/// Checks that `v` is not nested deeper than [`MAX_NESTING`].
pub(crate) fn check_printable(v: &Value) -> Result<()> {
    fn walk(v: &Value, path: &mut Vec<*const ()>) -> Result<()> {
        let (ptr, children): (*const (), Vec<Value>) = match v {
            Value::List(l) => (
                std::rc::Rc::as_ptr(l) as *const (),
                l.borrow()?
                    .iter()
                    .filter(|c| needs_check(c))
                    .cloned()
                    .collect(),
            ),
            Value::Tuple(t) => {
                if !t.iter().any(needs_check) {
                    return Ok(());
                }
                (
                    t.as_ptr() as *const (),
                    t.iter().filter(|c| needs_check(c)).cloned().collect(),
                )
            }
            Value::Dict(d) => (
                std::rc::Rc::as_ptr(d) as *const (),
                d.borrow()?
                    .iter()
                    .flat_map(|(k, v)| [k.clone(), v.clone()])
                    .filter(needs_check)
                    .collect(),
            ),
            other => return check_int_digits(other),
        };
        if path.contains(&ptr) {
            // A cycle: the core shows it as `[...]`.
            return Ok(());
        }
        if path.len() > MAX_NESTING {
            return Err(Error::new(
                "RecursionError",
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        if children.is_empty() {
            return Ok(());
        }
        path.push(ptr);
        for c in &children {
            walk(c, path)?;
        }
        path.pop();
        Ok(())
    }
    if !needs_check(v) {
        return Ok(());
    }
    walk(v, &mut Vec::new())
}

fn is_container(v: &Value) -> bool {
    matches!(v, Value::List(_) | Value::Tuple(_) | Value::Dict(_))
}

fn needs_check(v: &Value) -> bool {
    is_container(v) || runnel_core::value::is_big(v)
}

/// CPython 3.11 refuses to write an int of more than 4300 decimal digits as text
/// (`sys.get_int_max_str_digits()`), in `str`, `repr` and `print` alike.
fn check_int_digits(v: &Value) -> Result<()> {
    const MAX_DIGITS: usize = 4300;
    let Some(b) = v.downcast::<runnel_core::value::BigInt>() else {
        return Ok(());
    };
    // Fewer than 14284 bits (4300 / log10(2)) always fit; beyond, count the digits.
    if b.0.bits() < 14_280 || b.0.magnitude().to_string().len() <= MAX_DIGITS {
        return Ok(());
    }
    Err(Error::value_error(format!(
        "Exceeds the limit ({MAX_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    )))
}

/// `repr(v)`, guarded. A class's `__repr__` raising propagates its exception.
pub(crate) fn repr(v: &Value) -> Result<String> {
    if let Some(r) = special_text(v, "__repr__") {
        return r;
    }
    check_printable(v)?;
    Ok(v.repr())
}

/// `str(v)`, guarded. A class's `__str__` raising propagates its exception.
pub(crate) fn to_str(v: &Value) -> Result<String> {
    if let Some(inst) = v.downcast::<super::class::Instance>() {
        // Without its own `__str__`, an exception shows its args, anything else its repr.
        let method = match (inst.class.lookup("__str__"), inst.class.exc_base) {
            (Some(_), _) => Some("__str__"),
            (None, None) => Some("__repr__"),
            (None, Some(_)) => None,
        };
        if let Some(r) = method.and_then(|m| special_text(v, m)) {
            return r;
        }
    }
    check_printable(v)?;
    Ok(v.to_str())
}

/// The text a program class's `__str__`/`__repr__` returns, with its errors (the core's
/// `repr` of an object cannot fail, so it shows them as text instead).
fn special_text(v: &Value, method: &str) -> Option<Result<String>> {
    let inst = v.downcast::<super::class::Instance>()?;
    Some(match inst.call_special(method, vec![])? {
        Ok(Value::Str(s)) => Ok(s.to_string()),
        Ok(other) => Err(Error::type_error(format!(
            "{method} returned non-string (type {})",
            other.type_name()
        ))),
        Err(e) => Err(e),
    })
}
