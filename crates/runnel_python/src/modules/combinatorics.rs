//! `itertools.product`, `permutations`, `combinations`, `combinations_with_replacement`:
//! CPython's orders (lexicographic in the input positions), built within the memory
//! budget and handed out as an iterator.

use crate::native::NativeFunction;
use crate::runtime::iter::IterObj;
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};

fn r_arg(v: Option<Value>, default: usize) -> Result<usize> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(v) => {
            let r = crate::modules::args::index(&v)?;
            usize::try_from(r).map_err(|_| Error::value_error("r must be non-negative"))
        }
    }
}

struct Out<'a> {
    interp: &'a Interpreter,
    items: Vec<Value>,
}

impl Out<'_> {
    fn push(&mut self, pool: &[Value], idx: &[usize]) -> Result<()> {
        self.items
            .push(Value::tuple(idx.iter().map(|i| pool[*i].clone()).collect()));
        self.interp.tick()?;
        crate::runtime::ops::check_len(self.items.len(), self.interp.config.max_collection_len)
    }
}

fn product(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let repeat = r_arg(a.take_keyword("repeat"), 1)?;
    a.finish("product")?;
    let pools: Vec<Vec<Value>> = a
        .positional
        .iter()
        .map(|p| interp.collect(p))
        .collect::<Result<_>>()?;
    let pools: Vec<&Vec<Value>> = (0..repeat).flat_map(|_| pools.iter()).collect();
    let mut out = Out {
        interp,
        items: Vec::new(),
    };
    if pools.iter().any(|p| p.is_empty()) {
        return Ok(IterObj::from_items("itertools.product", out.items));
    }
    let mut idx = vec![0usize; pools.len()];
    loop {
        out.items.push(Value::tuple(
            idx.iter().zip(&pools).map(|(i, p)| p[*i].clone()).collect(),
        ));
        interp.tick()?;
        crate::runtime::ops::check_len(out.items.len(), interp.config.max_collection_len)?;
        // Odometer: the rightmost position advances fastest.
        let mut k = pools.len();
        loop {
            if k == 0 {
                return Ok(IterObj::from_items("itertools.product", out.items));
            }
            k -= 1;
            idx[k] += 1;
            if idx[k] < pools[k].len() {
                break;
            }
            idx[k] = 0;
        }
    }
}

fn combinations(interp: &Interpreter, mut a: Args, replace: bool) -> Result<Value> {
    let name = if replace {
        "combinations_with_replacement"
    } else {
        "combinations"
    };
    let pool = interp.collect(&a.require(0, "iterable", name)?)?;
    let r = r_arg(Some(a.require(1, "r", name)?), 0)?;
    crate::modules::args::done(&a, name, 2)?;
    let n = pool.len();
    let mut out = Out {
        interp,
        items: Vec::new(),
    };
    if (!replace && r > n) || (replace && n == 0 && r > 0) {
        return Ok(IterObj::from_items("itertools.combinations", out.items));
    }
    let mut idx: Vec<usize> = if replace {
        vec![0; r]
    } else {
        (0..r).collect()
    };
    out.push(&pool, &idx)?;
    loop {
        let limit = |i: usize| if replace { n - 1 } else { i + n - r };
        let Some(i) = (0..r).rev().find(|&i| idx[i] != limit(i)) else {
            return Ok(IterObj::from_items("itertools.combinations", out.items));
        };
        if replace {
            let v = idx[i] + 1;
            idx[i..].fill(v);
        } else {
            idx[i] += 1;
            for j in i + 1..r {
                idx[j] = idx[j - 1] + 1;
            }
        }
        out.push(&pool, &idx)?;
    }
}

fn permutations(interp: &Interpreter, mut a: Args) -> Result<Value> {
    let pool = interp.collect(&a.require(0, "iterable", "permutations")?)?;
    let n = pool.len();
    let r = r_arg(a.take(1, "r"), n)?;
    crate::modules::args::done(&a, "permutations", 2)?;
    let mut out = Out {
        interp,
        items: Vec::new(),
    };
    if r > n {
        return Ok(IterObj::from_items("itertools.permutations", out.items));
    }
    // CPython's algorithm: indices plus a countdown per position.
    let mut idx: Vec<usize> = (0..n).collect();
    let mut cycles: Vec<usize> = (0..r).map(|i| n - i).collect();
    out.push(&pool, &idx[..r])?;
    'outer: loop {
        for i in (0..r).rev() {
            cycles[i] -= 1;
            if cycles[i] == 0 {
                let moved = idx.remove(i);
                idx.push(moved);
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                idx.swap(i, n - j);
                out.push(&pool, &idx[..r])?;
                continue 'outer;
            }
        }
        return Ok(IterObj::from_items("itertools.permutations", out.items));
    }
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("product", NativeFunction::new("product", product)),
        (
            "permutations",
            NativeFunction::new("permutations", permutations),
        ),
        (
            "combinations",
            NativeFunction::new("combinations", |i, a| combinations(i, a, false)),
        ),
        (
            "combinations_with_replacement",
            NativeFunction::new("combinations_with_replacement", |i, a| {
                combinations(i, a, true)
            }),
        ),
    ]
}
