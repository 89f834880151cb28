//! `randrange`/`randint` over ints beyond 64 bits, drawn as CPython's `_randbelow` draws
//! them: `getrandbits(n.bit_length())` until below `n`.

use super::Gen;
use runnel_core::value::{as_big, int_value, is_big, BigIntValue as Big};
use runnel_core::{Error, Result, Value};

/// `randrange(start, stop, step)` when an argument or the range is beyond 63 bits;
/// `None` for the 64-bit path.
pub(super) fn range(
    g: &Gen,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> Option<Result<Value>> {
    let stop = stop.filter(|v| !matches!(v, Value::None));
    let all = [Some(start), stop, step];
    let any_big = all.iter().flatten().any(|v| is_big(v));
    let wide = match (as_big(start), stop.and_then(as_big)) {
        (Some(a), Some(b)) => (b - a).bits() > 62,
        _ => false,
    };
    if !any_big && !wide {
        return None;
    }
    let start = as_big(start)?;
    let Some(stop) = stop else {
        if step.is_some() {
            return None;
        }
        return Some(if start > Big::from(0) {
            Ok(int_value(below(g, &start)))
        } else {
            Err(Error::value_error("empty range for randrange()"))
        });
    };
    let stop = as_big(stop)?;
    let step = match step {
        Some(s) => as_big(s)?,
        None => Big::from(1),
    };
    let width = &stop - &start;
    let zero = Big::from(0);
    let n = if step == Big::from(1) {
        if width <= zero {
            return Some(Err(Error::value_error(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            ))));
        }
        width
    } else if step > zero {
        floor_div(&(width + &step - 1), &step)
    } else if step < zero {
        floor_div(&(width + &step + 1), &step)
    } else {
        return Some(Err(Error::value_error("zero step for randrange()")));
    };
    if n <= zero {
        return Some(Err(Error::value_error("empty range for randrange()")));
    }
    Some(Ok(int_value(start + step * below(g, &n))))
}

fn floor_div(a: &Big, b: &Big) -> Big {
    num_integer::Integer::div_floor(a, b)
}

/// `_randbelow(n)` for `n > 0`.
fn below(g: &Gen, n: &Big) -> Big {
    let k = n.bits();
    let mut g = g.borrow_mut();
    loop {
        let r = super::bits_big(&mut g, k);
        if &r < n {
            return r;
        }
    }
}
