//! Guards before handing values to `runnel_core`'s recursive `repr`/`str`: nesting
//! thousands deep raises `RecursionError`, as in CPython. (A list that contains itself is
//! fine: the core prints it as CPython does, `[1, [...]]`.)

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
                    .filter(|c| is_container(c))
                    .cloned()
                    .collect(),
            ),
            Value::Tuple(t) => {
                if !t.iter().any(is_container) {
                    return Ok(());
                }
                (
                    t.as_ptr() as *const (),
                    t.iter().filter(|c| is_container(c)).cloned().collect(),
                )
            }
            Value::Dict(d) => (
                std::rc::Rc::as_ptr(d) as *const (),
                d.borrow()?
                    .iter()
                    .flat_map(|(k, v)| [k.clone(), v.clone()])
                    .filter(is_container)
                    .collect(),
            ),
            _ => return Ok(()),
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
    if !is_container(v) {
        return Ok(());
    }
    walk(v, &mut Vec::new())
}

fn is_container(v: &Value) -> bool {
    matches!(v, Value::List(_) | Value::Tuple(_) | Value::Dict(_))
}

/// `repr(v)`, guarded.
pub(crate) fn repr(v: &Value) -> Result<String> {
    check_printable(v)?;
    Ok(v.repr())
}

/// `str(v)`, guarded.
pub(crate) fn to_str(v: &Value) -> Result<String> {
    check_printable(v)?;
    Ok(v.to_str())
}
