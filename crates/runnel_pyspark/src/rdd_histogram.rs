//! `rdd.histogram(buckets)`, step by step as `pyspark/rdd.py` computes it: evenly spaced
//! buckets kept as ints when they can be, a value's bucket by division when the buckets
//! are even and by bisection otherwise, the last bucket closed.

use runnel_core::rdd::Rdd;
use runnel_core::value::BinOp;
use runnel_core::{Error, Result, Value};
use runnel_python::Interpreter;
use std::cmp::Ordering;

fn is_nan(v: &Value) -> bool {
    matches!(v, Value::Float(f) if f.is_nan())
}

fn skipped(v: &Value) -> bool {
    matches!(v, Value::None) || is_nan(v)
}

/// Python's `int(x)` of a number: truncation toward zero.
fn int_of(v: &Value) -> Result<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Float(f) if f.is_finite() => Ok(f.trunc() as i64),
        Value::Bool(b) => Ok(i64::from(*b)),
        other => Err(Error::type_error(format!(
            "int() argument must be a number, not '{}'",
            other.type_name()
        ))),
    }
}

/// The buckets, whether they are evenly spaced, and the spacing.
struct Buckets {
    edges: Vec<Value>,
    even: Option<Value>,
}

fn from_count(rdd: &Rdd, n: i64) -> Result<std::result::Result<Buckets, Value>> {
    if n < 1 {
        return Err(Error::value_error("number of buckets must be >= 1"));
    }
    let mut range: Option<(Value, Value)> = None;
    let mut count = 0;
    for x in rdd.iter().filter(|x| !skipped(x)) {
        count += 1;
        range = Some(match range {
            None => (x.clone(), x.clone()),
            Some((lo, hi)) => (
                if x.py_cmp(&lo)? == Ordering::Less {
                    x.clone()
                } else {
                    lo
                },
                if x.py_cmp(&hi)? == Ordering::Greater {
                    x.clone()
                } else {
                    hi
                },
            ),
        });
    }
    let (minv, maxv) =
        // PySpark's `reduce(minmax)` fails first (its "empty RDD" message is for a
        // TypeError, which that ValueError is not).
        range.ok_or_else(|| Error::value_error("Can not reduce() empty RDD"))?;
    if minv.py_eq(&maxv) || n == 1 {
        let edges = Value::list(vec![minv, maxv]);
        let counts = Value::list(vec![Value::Int(count)]);
        return Ok(Err(Value::tuple(vec![edges, counts])));
    }
    let span = maxv
        .binop(BinOp::Sub, &minv)
        .map_err(|_| Error::type_error("Can not generate buckets with non-number in RDD"))?;
    let inc = span.binop(BinOp::Div, &Value::Int(n))?;
    if matches!(inc, Value::Float(f) if f.is_infinite()) {
        return Err(Error::value_error(
            "Can not generate buckets with infinite value",
        ));
    }
    // Kept as an integer when that is exact.
    let mut inc = Value::Int(int_of(&inc)?);
    if !inc.binop(BinOp::Mul, &Value::Int(n))?.py_eq(&span) {
        inc = span
            .binop(BinOp::Mul, &Value::Float(1.0))?
            .binop(BinOp::Div, &Value::Int(n))?;
    }
    let mut edges = (0..n)
        .map(|i| {
            Value::Int(i)
                .binop(BinOp::Mul, &inc)?
                .binop(BinOp::Add, &minv)
        })
        .collect::<Result<Vec<_>>>()?;
    edges.push(maxv);
    Ok(Ok(Buckets {
        edges,
        even: Some(inc),
    }))
}

fn from_list(edges: Vec<Value>) -> Result<Buckets> {
    if edges.len() < 2 {
        return Err(Error::value_error(
            "buckets should have more than one value",
        ));
    }
    if edges.iter().any(skipped) {
        return Err(Error::value_error("can not have None or NaN in buckets"));
    }
    for w in edges.windows(2) {
        match w[1].py_cmp(&w[0])? {
            Ordering::Less => return Err(Error::value_error("buckets should be sorted")),
            Ordering::Equal => {
                return Err(Error::value_error(
                    "buckets should not contain duplicated values",
                ))
            }
            Ordering::Greater => {}
        }
    }
    let steps: Option<Vec<Value>> = edges
        .windows(2)
        .map(|w| w[1].binop(BinOp::Sub, &w[0]).ok())
        .collect();
    let mut even = None;
    if let Some(steps) = steps {
        let mut sorted = steps.clone();
        sorted.sort_by(|a, b| a.py_cmp(b).unwrap_or(Ordering::Equal));
        let (lo, hi) = (&sorted[0], &sorted[sorted.len() - 1]);
        let spread = hi.binop(BinOp::Sub, lo)?;
        if spread.py_cmp(&Value::Float(1e-10))? == Ordering::Less {
            let span = edges[edges.len() - 1].binop(BinOp::Sub, &edges[0])?;
            even = Some(span.binop(BinOp::Div, &Value::Int(edges.len() as i64 - 1))?);
        }
    }
    Ok(Buckets { edges, even })
}

/// The bucket of `x`, if it is in range.
fn bucket_of(b: &Buckets, x: &Value) -> Result<Option<usize>> {
    let (minv, maxv) = (&b.edges[0], &b.edges[b.edges.len() - 1]);
    if skipped(x) || x.py_cmp(maxv)? == Ordering::Greater || x.py_cmp(minv)? == Ordering::Less {
        return Ok(None);
    }
    if let Some(inc) = &b.even {
        let t = int_of(&x.binop(BinOp::Sub, minv)?.binop(BinOp::Div, inc)?)?;
        return Ok(Some(t as usize));
    }
    // `bisect.bisect_right(buckets, x) - 1`.
    let mut right = 0;
    for e in &b.edges {
        if x.py_cmp(e)? == Ordering::Less {
            break;
        }
        right += 1;
    }
    Ok(Some(right - 1))
}

/// `rdd.histogram(buckets)`: `(buckets, counts)`.
pub(crate) fn histogram(py: &Interpreter, rdd: &Rdd, buckets: Value) -> Result<Value> {
    let (b, shown) = match &buckets {
        Value::Int(n) => match from_count(rdd, *n)? {
            Ok(b) => {
                let shown = Value::list(b.edges.clone());
                (b, shown)
            }
            Err(done) => return Ok(done),
        },
        Value::List(_) | Value::Tuple(_) => (from_list(py.iterate(&buckets)?)?, buckets.clone()),
        _ => {
            return Err(Error::type_error(
                "buckets should be a list or tuple or number(int or long)",
            ))
        }
    };
    if rdd.num_partitions() == 0 {
        return Err(Error::value_error("Can not reduce() empty RDD"));
    }
    let mut counts = vec![0i64; b.edges.len()];
    for x in rdd.iter() {
        if let Some(t) = bucket_of(&b, x)? {
            if let Some(c) = counts.get_mut(t) {
                *c += 1;
            }
        }
    }
    // The last edge closes the last bucket.
    let last = counts.pop().unwrap_or(0);
    if let Some(c) = counts.last_mut() {
        *c += last;
    }
    let counts = Value::list(counts.into_iter().map(Value::Int).collect());
    Ok(Value::tuple(vec![shown, counts]))
}
