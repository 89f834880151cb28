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
        self.per_record(false, |x, out| {
            out.push(f(x.clone())?);
            Ok(())
        })
    }

    /// `flatMap(f)`.
    pub fn flat_map(&self, f: &FlatMapFn) -> Result<Rdd> {
        self.per_record(false, |x, out| {
            out.extend(f(x.clone())?);
            Ok(())
        })
    }

    /// `filter(f)`: keeps the partitioner (PySpark's filter preserves partitioning).
    pub fn filter(&self, f: &FilterFn) -> Result<Rdd> {
        self.per_record(true, |x, out| {
            if f(x)? {
                out.push(x.clone());
            }
            Ok(())
        })
    }

    /// `mapValues(f)`: keeps the partitioner.
    pub fn map_values(&self, f: &MapFn) -> Result<Rdd> {
        self.per_record(true, |x, out| {
            let (k, v) = x.as_pair()?;
            {
                out.push(Value::pair(k, f(v)?));
                Ok(())
            }
        })
    }

    /// `flatMapValues(f)`: keeps the partitioner.
    pub fn flat_map_values(&self, f: &FlatMapFn) -> Result<Rdd> {
        self.per_record(true, |x, out| {
            let (k, v) = x.as_pair()?;
            for w in f(v)? {
                out.push(Value::pair(k.clone(), w));
            }
            Ok(())
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
        self.per_record(false, |x, out| {
            out.push(Value::pair(f(x.clone())?, x.clone()));
            Ok(())
        })
    }
}
