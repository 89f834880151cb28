//! Joins and cogroup, as PySpark builds them (`pyspark/join.py`): tag each side's values,
//! union the two RDDs, `groupByKey`, then pair up each key's values. So the output order is
//! the first-seen order of keys over the union's partitions (left's, then right's).

use super::shuffle::Placement;
use super::{Rdd, RddRef, ResultIterable};
use crate::value::{Shared, Value};
use crate::Result;

/// Which pairs a join emits for a key seen only on one side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinKind {
    Inner,
    LeftOuter,
    RightOuter,
    FullOuter,
}

impl Rdd {
    /// `join`, `leftOuterJoin`, `rightOuterJoin`, `fullOuterJoin`.
    pub fn join(
        self: &RddRef,
        other: &RddRef,
        kind: JoinKind,
        placement: &Placement,
    ) -> Result<Rdd> {
        let groups = tagged_groups(&[self.clone(), other.clone()], placement)?;
        let partitions = groups
            .into_iter()
            .map(|p| {
                let mut out = Vec::new();
                for (key, mut sides) in p {
                    let mut ws = sides.pop().unwrap_or_default();
                    let mut vs = sides.pop().unwrap_or_default();
                    if vs.is_empty() && matches!(kind, JoinKind::RightOuter | JoinKind::FullOuter) {
                        vs.push(Value::None);
                    }
                    if ws.is_empty() && matches!(kind, JoinKind::LeftOuter | JoinKind::FullOuter) {
                        ws.push(Value::None);
                    }
                    for v in &vs {
                        for w in &ws {
                            out.push(Value::pair(key.clone(), Value::pair(v.clone(), w.clone())));
                        }
                    }
                }
                out
            })
            .collect();
        Ok(Rdd {
            partitions,
            partitioner: Some(placement.partitioner),
        })
    }

    /// `cogroup(others...)`: `(k, (ResultIterable, ResultIterable, ...))`.
    pub fn cogroup(rdds: &[RddRef], placement: &Placement) -> Result<Rdd> {
        let groups = tagged_groups(rdds, placement)?;
        let partitions = groups
            .into_iter()
            .map(|p| {
                p.into_iter()
                    .map(|(key, sides)| {
                        let iterables = sides
                            .into_iter()
                            .map(|values| Value::object(ResultIterable { values }))
                            .collect();
                        Value::pair(key, Value::tuple(iterables))
                    })
                    .collect()
            })
            .collect();
        Ok(Rdd {
            partitions,
            partitioner: Some(placement.partitioner),
        })
    }
}

/// Per output partition, each key (first-seen order) with its values from each input.
/// A key with its values from each input of a join or cogroup.
type Group = (Value, Vec<Vec<Value>>);

fn tagged_groups(rdds: &[RddRef], placement: &Placement) -> Result<Vec<Vec<Group>>> {
    let tagged: Vec<RddRef> = rdds
        .iter()
        .enumerate()
        .map(|(i, r)| r.map_values(&tag(i)).map(Shared::new))
        .collect::<Result<_>>()?;
    // `union` is a JVM RDD: `groupByKey`'s map side reads it through pickle.
    let union = Rdd::union(&tagged);
    let grouped = match union.read_by_python() {
        Some(read) => read.group_by_key(placement)?,
        None => union.group_by_key(placement)?,
    };
    grouped
        .partitions
        .into_iter()
        .map(|p| {
            p.into_iter()
                .map(|record| {
                    let (key, values) = record.as_pair()?;
                    let mut sides = vec![Vec::new(); rdds.len()];
                    let values = values
                        .downcast::<ResultIterable>()
                        .map(|r| r.values.clone())
                        .unwrap_or_default();
                    for tagged in values {
                        if let (Value::Int(i), v) = tagged.as_pair()? {
                            sides[i as usize].push(v);
                        }
                    }
                    Ok((key, sides))
                })
                .collect()
        })
        .collect()
}

fn tag(i: usize) -> crate::udf::MapFn {
    crate::udf::map_fn(move |v| Ok(Value::pair(Value::Int(i as i64), v)))
}
