//! Per-partition operations: no record moves to another partition.

use super::Rdd;
use crate::udf::{FilterFn, FlatMapFn, MapFn, PartitionFn};
use crate::value::Value;
use crate::Result;

impl Rdd {
    /// `mapPartitionsWithIndex(f, preservesPartitioning)`: the kernel of every narrow
    /// operation.
    pub fn map_partitions(&self, f: &PartitionFn, preserves: bool) -> Result<Rdd> {
        let partitions = self
            .partitions
            .iter()
            .enumerate()
            .map(|(i, p)| f(i, p.clone()))
            .collect::<Result<_>>()?;
        Ok(Rdd {
            partitions,
            partitioner: self.kept_partitioner(preserves),
        })
    }

    /// Applies `f` to each partition's records, record by record.
    fn per_record(
        &self,
        preserves: bool,
        mut f: impl FnMut(&Value, &mut Vec<Value>) -> Result<()>,
    ) -> Result<Rdd> {
        let mut partitions = Vec::with_capacity(self.partitions.len());
        for p in &self.partitions {
            let mut out = Vec::with_capacity(p.len());
            for x in p {
                f(x, &mut out)?;
            }
            partitions.push(out);
        }
        Ok(Rdd {
            partitions,
            partitioner: self.kept_partitioner(preserves),
        })
    }

    /// `map(f)`: drops the partitioner (the key may have changed).
    pub fn map(&self, f: &MapFn) -> Result<Rdd> {
        self.per_step(RecordStep::Map(f))
    }

    /// `flatMap(f)`.
    pub fn flat_map(&self, f: &FlatMapFn) -> Result<Rdd> {
        self.per_step(RecordStep::FlatMap(f))
    }

    /// `filter(f)`: keeps the partitioner (PySpark's filter preserves partitioning).
    pub fn filter(&self, f: &FilterFn) -> Result<Rdd> {
        self.per_step(RecordStep::Filter(f))
    }

    /// `mapValues(f)`: keeps the partitioner.
    pub fn map_values(&self, f: &MapFn) -> Result<Rdd> {
        self.per_step(RecordStep::MapValues(f))
    }

    /// `flatMapValues(f)`: keeps the partitioner.
    pub fn flat_map_values(&self, f: &FlatMapFn) -> Result<Rdd> {
        self.per_step(RecordStep::FlatMapValues(f))
    }

    fn per_step(&self, step: RecordStep) -> Result<Rdd> {
        self.per_record(step.preserves(), |x, out| {
            step.apply(x.clone(), &mut |y| {
                out.push(y);
                Ok(())
            })
        })
    }

    /// `glom()`: each partition becomes one list record.
    pub fn glom(&self) -> Rdd {
        Rdd::new(
            self.partitions
                .iter()
                .map(|p| vec![Value::list(p.clone())])
                .collect(),
        )
    }

    /// `keys()`.
    pub fn keys(&self) -> Result<Rdd> {
        self.per_record(false, |x, out| {
            out.push(x.as_pair()?.0);
            Ok(())
        })
    }

    /// `values()`.
    pub fn values(&self) -> Result<Rdd> {
        self.per_record(false, |x, out| {
            out.push(x.as_pair()?.1);
            Ok(())
        })
    }

    /// `keyBy(f)`: `(f(x), x)`.
    pub fn key_by(&self, f: &MapFn) -> Result<Rdd> {
        self.per_step(RecordStep::KeyBy(f))
    }
}

/// A narrow operation one record at a time: what each of them does to a record is
/// defined here once, for the RDD operations above and for hosts that chain several of
/// them record by record (as PySpark chains its iterators in one task).
#[derive(Clone, Copy)]
pub enum RecordStep<'f> {
    Map(&'f MapFn),
    FlatMap(&'f FlatMapFn),
    Filter(&'f FilterFn),
    MapValues(&'f MapFn),
    FlatMapValues(&'f FlatMapFn),
    KeyBy(&'f MapFn),
}

impl RecordStep<'_> {
    /// Whether records keep their keys (so the partitioner stays).
    pub fn preserves(self) -> bool {
        matches!(
            self,
            RecordStep::Filter(_) | RecordStep::MapValues(_) | RecordStep::FlatMapValues(_)
        )
    }

    /// Sends what record `x` becomes to `out`.
    pub fn apply(self, x: Value, out: &mut dyn FnMut(Value) -> Result<()>) -> Result<()> {
        match self {
            RecordStep::Map(f) => out(f(x)?),
            RecordStep::FlatMap(f) => f(x)?.into_iter().try_for_each(out),
            RecordStep::Filter(f) => match f(&x)? {
                true => out(x),
                false => Ok(()),
            },
            RecordStep::MapValues(f) => {
                let (k, v) = x.indexed_pair()?;
                out(Value::pair(k, f(v)?))
            }
            RecordStep::FlatMapValues(f) => {
                let (k, v) = x.indexed_pair()?;
                for w in f(v)? {
                    out(Value::pair(k.clone(), w))?;
                }
                Ok(())
            }
            RecordStep::KeyBy(f) => out(Value::pair(f(x.clone())?, x)),
        }
    }
}
