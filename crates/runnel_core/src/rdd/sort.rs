//! `sortByKey` and `sortBy`, as PySpark does them: sample the keys to choose range bounds,
//! shuffle by range, sort each partition.

use super::shuffle::Placement;
use super::Rdd;
use crate::udf::MapFn;
use crate::value::Value;
use crate::{Error, Result};
use std::cmp::Ordering;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};

/// Range partitioners are each their own (PySpark compares them by function identity).
static NEXT_RANGE_ID: AtomicU64 = AtomicU64::new(1 << 32);

impl Rdd {
    /// `sortByKey(ascending, numPartitions, keyfunc)`.
    ///
    /// PySpark samples `min(1, 20 * n / count)` of the keys; for RDDs of at most `20 * n`
    /// records that is every key, which is what Runnel uses at any size (exact for the
    /// batch sizes of the course; larger RDDs may place range bounds differently from
    /// Spark, while the sorted result is the same).
    pub fn sort_by_key(&self, ascending: bool, n: usize, keyfunc: Option<&MapFn>) -> Result<Rdd> {
        if self.is_empty() {
            // PySpark: `if not rddSize: return self`.
            return Ok(self.clone());
        }
        let n = n.max(1);
        let keyfunc_of = keyfunc.cloned();
        let apply = move |k: Value| match &keyfunc_of {
            Some(f) => f(k),
            None => Ok(k),
        };
        // PySpark sorts the sampled keys by `keyfunc` but keeps the keys themselves as
        // bounds, and places a record at `bisect_left(bounds, keyfunc(key))`: with a
        // keyfunc, raw bounds are compared with transformed keys, as there.
        let mut samples: Vec<(Value, Value)> = self
            .iter()
            .map(|x| {
                let k = x.as_pair()?.0;
                Ok((apply(k.clone())?, k))
            })
            .collect::<Result<_>>()?;
        sort_pairs(&mut samples, false)?;
        let bounds: Vec<Value> = if n > 1 && !samples.is_empty() {
            (0..n - 1)
                .map(|i| {
                    samples[(samples.len() * (i + 1) / n).min(samples.len() - 1)]
                        .1
                        .clone()
                })
                .collect()
        } else {
            Vec::new()
        };
        let id = NEXT_RANGE_ID.fetch_add(1, AtomicOrdering::Relaxed);
        let range = Placement::custom(n, id, move |k| {
            let x = apply(k.clone())?;
            let p = bisect_left(&bounds, &x)?;
            Ok(if ascending {
                p as i64
            } else {
                (bounds.len() - p) as i64
            })
        });
        let keyed_fn = |k: Value| match keyfunc {
            Some(f) => f(k),
            None => Ok(k),
        };
        let mut placed = self.partition_by(&range)?;
        for p in &mut placed.partitions {
            let mut decorated: Vec<(Value, Value)> = p
                .drain(..)
                .map(|x| Ok((keyed_fn(x.as_pair()?.0)?, x)))
                .collect::<Result<_>>()?;
            sort_pairs(&mut decorated, !ascending)?;
            *p = decorated.into_iter().map(|(_, x)| x).collect();
        }
        Ok(placed)
    }

    /// `sortBy(keyfunc, ascending, numPartitions)`: `keyBy(f).sortByKey().values()`.
    pub fn sort_by(&self, f: &MapFn, ascending: bool, n: usize) -> Result<Rdd> {
        self.key_by(f)?.sort_by_key(ascending, n, None)?.values()
    }
}

/// `bisect.bisect_left(bounds, x)`: the bounds need not be sorted by Python's order.
fn bisect_left(bounds: &[Value], x: &Value) -> Result<usize> {
    let (mut lo, mut hi) = (0, bounds.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if bounds[mid].py_lt(x)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

/// Sorts values with Python's ordering (a stable sort, like `sorted`).
pub fn sort_values(values: &mut [Value]) -> Result<()> {
    py_sort(values, |v| v, false)
}

/// Sorts by the first item; `reverse` keeps equal items in order, like `sorted(reverse=True)`.
pub fn sort_pairs(pairs: &mut [(Value, Value)], reverse: bool) -> Result<()> {
    py_sort(pairs, |p| &p.0, reverse)
}

/// A stable sort by `key` with Python's ordering; the first `TypeError` a comparison
/// raises is the result.
fn py_sort<T>(items: &mut [T], key: impl Fn(&T) -> &Value, reverse: bool) -> Result<()> {
    let mut err: Option<Error> = None;
    items.sort_by(|a, b| {
        let ord = key(a).py_cmp(key(b)).unwrap_or_else(|e| {
            err.get_or_insert(e);
            Ordering::Equal
        });
        if reverse {
            ord.reverse()
        } else {
            ord
        }
    });
    err.map_or(Ok(()), Err)
}
