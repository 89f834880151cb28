//! Shuffles: `partitionBy` and the per-key combiners built on it.
//!
//! PySpark's shuffle (`RDD.partitionBy`) sends each `(k, v)` to partition
//! `partitionFunc(k) % numPartitions`; the reduce side reads the map partitions in index
//! order, each in its own record order. `combineByKey` first combines within each map
//! partition in a dict (first-seen key order), then merges on the reduce side in arrival
//! order, so the output order is the first-seen order of keys: that is what the goldens of
//! `reduce_by_key_max`, `count_by_value` and `join` show.

use super::{PartitionFunc, Partitioner, Rdd};
use crate::udf::{MapFn, ReduceFn};
use crate::value::{portable_hash, HashKey, KeyMap, Shared, StrKey, Unpickle, Value};
use crate::{Error, Result};

/// A key's partition before `% n`.
type PlaceFn = Shared<dyn Fn(&Value) -> Result<i64>>;

/// Where a shuffle sends each key.
#[derive(Clone)]
pub struct Placement {
    pub partitioner: Partitioner,
    place: PlaceFn,
}

impl Placement {
    /// The default: `portable_hash(key) % n`.
    pub fn hash(num_partitions: usize) -> Placement {
        Placement {
            partitioner: Partitioner {
                num_partitions,
                func: PartitionFunc::PortableHash,
            },
            place: Shared::new(portable_hash),
        }
    }

    /// A placement by any function returning an int; `id` tells partitioners apart.
    pub fn custom(
        num_partitions: usize,
        id: u64,
        f: impl Fn(&Value) -> Result<i64> + 'static,
    ) -> Placement {
        Placement {
            partitioner: Partitioner {
                num_partitions,
                func: PartitionFunc::Other(id),
            },
            place: Shared::new(f),
        }
    }

    /// A user's `partitionFunc`, or the default hash when absent.
    pub fn from_fn(num_partitions: usize, f: Option<(u64, MapFn)>) -> Placement {
        match f {
            None => Placement::hash(num_partitions),
            Some((id, f)) => Placement::custom(num_partitions, id, move |k| match f(k.clone())? {
                Value::Int(i) => Ok(i),
                Value::Bool(b) => Ok(b as i64),
                other => Err(Error::type_error(format!(
                    "partitionFunc must return an int, not '{}'",
                    other.type_name()
                ))),
            }),
        }
    }

    pub fn num_partitions(&self) -> usize {
        self.partitioner.num_partitions
    }

    /// The partition of `key`: Python's `%`, never negative.
    fn partition_of(&self, key: &Value) -> Result<usize> {
        let n = self.num_partitions() as i64;
        Ok((self.place)(key)?.rem_euclid(n) as usize)
    }
}

impl Rdd {
    /// `partitionBy(n, func)`: a no-op when the RDD already has this partitioner.
    pub fn partition_by(&self, placement: &Placement) -> Result<Rdd> {
        if self.partitioner == Some(placement.partitioner) {
            return Ok(self.clone());
        }
        // PySpark's `add_shuffle_key` unpacks each record (`for k, v in iterator`) and
        // buckets `(k, v)`: a namedtuple or a list of two comes out a tuple
        let pairs = self.partitions.iter();
        let pairs = pairs.map(|p| p.iter().map(Value::bucketed_pair).collect());
        let buckets = shuffle(pairs.collect(), placement, |x| Ok(x.as_pair()?.0))?;
        Ok(Rdd {
            partitions: buckets,
            partitioner: Some(placement.partitioner),
        })
    }

    /// `combineByKey(create, mergeValue, mergeCombiners, n)`.
    pub fn combine_by_key(
        &self,
        create: &MapFn,
        merge_value: &ReduceFn,
        merge: &ReduceFn,
        placement: &Placement,
    ) -> Result<Rdd> {
        let partitions = self.combine_shuffle(
            placement,
            |v| create(v),
            |c, v| merge_value(c, v),
            |a, b| merge(a, b),
        )?;
        Ok(self.keyed_result(placement, partitions, |c| c))
    }

    /// `reduceByKey(f, n)`, in the two steps a parallel host runs as tasks:
    /// [`reduce_map_side`] per partition, [`reduce_merge`] per shuffled partition.
    pub fn reduce_by_key(&self, f: &ReduceFn, placement: &Placement) -> Result<Rdd> {
        let buckets = self.reduce_buckets(placement);
        let map_side = self
            .partitions
            .iter()
            .map(|p| reduce_map_side(p, f, buckets))
            .collect::<Result<Vec<_>>>()?;
        let partitions = gather(map_side, buckets)
            .into_iter()
            .map(|blocks| reduce_merge(blocks.into_iter().flatten(), f))
            .collect::<Result<_>>()?;
        Ok(Rdd {
            partitions,
            partitioner: Some(placement.partitioner),
        })
    }

    /// Where `reduceByKey` sends the map side's combiners: nowhere (each partition merges
    /// its own) when the keys are already placed this way.
    pub fn reduce_buckets<'p>(&self, placement: &'p Placement) -> Option<&'p Placement> {
        (self.partitioner != Some(placement.partitioner)).then_some(placement)
    }

    /// `groupByKey(n)`: values gathered into a `ResultIterable` per key.
    pub fn group_by_key(&self, placement: &Placement) -> Result<Rdd> {
        let partitions = self.combine_shuffle(
            placement,
            |v| Ok(vec![v]),
            |mut c, v| {
                c.push(v);
                Ok(c)
            },
            |mut a, b| {
                a.extend(b);
                Ok(a)
            },
        )?;
        Ok(self.keyed_result(placement, partitions, |values| {
            Value::object(super::ResultIterable { values })
        }))
    }

    /// `distinct(n)`: `map(x -> (x, None)).reduceByKey(keep first).map(first)`.
    pub fn distinct(&self, placement: &Placement) -> Result<Rdd> {
        let keyed = Rdd {
            partitions: self
                .partitions
                .iter()
                .map(|p| {
                    p.iter()
                        .map(|x| Value::pair(x.clone(), Value::None))
                        .collect()
                })
                .collect(),
            partitioner: None,
        };
        let partitions =
            keyed.combine_shuffle(placement, |_| Ok(()), |c, _| Ok(c), |a, _| Ok(a))?;
        Ok(Rdd::new(
            partitions
                .into_iter()
                .map(|p| p.into_iter().map(|(k, ())| k).collect())
                .collect(),
        ))
    }

    /// The three stages of PySpark's `combineByKey`: combine locally, shuffle unless
    /// already placed, merge combiners.
    fn combine_shuffle<C: Unpickle>(
        &self,
        placement: &Placement,
        create: impl Fn(Value) -> Result<C>,
        merge_value: impl Fn(C, Value) -> Result<C>,
        merge: impl Fn(C, C) -> Result<C>,
    ) -> Result<Vec<Vec<(Value, C)>>> {
        let local: Vec<Vec<(Value, C)>> = self
            .partitions
            .iter()
            .map(|p| combine(p.iter().map(|x| x.as_pair()), &create, &merge_value))
            .collect::<Result<_>>()?;
        let shuffled = if self.partitioner == Some(placement.partitioner) {
            local
        } else {
            shuffle(local, placement, |(k, _)| Ok(k.clone()))?
        };
        shuffled
            .into_iter()
            .map(|p| combine(p.into_iter().map(Ok), &|c| Ok(c), &merge))
            .collect()
    }

    fn keyed_result<C>(
        &self,
        placement: &Placement,
        partitions: Vec<Vec<(Value, C)>>,
        wrap: impl Fn(C) -> Value,
    ) -> Rdd {
        let partitions = partitions
            .into_iter()
            .map(|p| {
                p.into_iter()
                    .map(|(k, c)| Value::pair(k, wrap(c)))
                    .collect()
            })
            .collect();
        Rdd {
            partitions,
            partitioner: Some(placement.partitioner),
        }
    }
}

/// The map side of `reduceByKey` on one partition: values combined per key (first-seen
/// order), then split into the buckets of `placement` (one bucket when `None`).
pub fn reduce_map_side(
    records: &[Value],
    f: &ReduceFn,
    placement: Option<&Placement>,
) -> Result<Vec<Vec<Value>>> {
    let mut combiner = KeyCombiner::default();
    for r in records {
        combiner.add(r.clone(), f)?;
    }
    combiner.into_buckets(placement)
}

/// The reduce side of `reduceByKey`: one shuffled partition's combiners merged per key
/// (the pairs are taken apart, not copied).
pub fn reduce_merge(pairs: impl IntoIterator<Item = Value>, f: &ReduceFn) -> Result<Vec<Value>> {
    let mut combiner = KeyCombiner::default();
    for pair in pairs {
        combiner.add(pair, f)?;
    }
    Ok(combiner.into_buckets(None)?.pop().unwrap_or_default())
}

/// `reduceByKey`'s dict of combined values, filled record by record (a fused pipeline
/// streams into it without materializing its input).
#[derive(Default)]
pub struct KeyCombiner {
    acc: KeyMap<Value>,
}

impl KeyCombiner {
    /// Adds a `(key, value)` record, merged with `f` into the value of a key seen before.
    pub fn add(&mut self, pair: Value, f: &ReduceFn) -> Result<()> {
        let (k, v) = take_pair(pair).map_err(Error::from_task)?;
        self.add_kv(k, v, f)
    }

    /// Adds value `v` for key `k` (a pair that was never built as a tuple).
    pub fn add_kv(&mut self, k: Value, v: Value, f: &ReduceFn) -> Result<()> {
        match self.acc.entry(HashKey::new(k).map_err(Error::from_task)?) {
            indexmap::map::Entry::Vacant(e) => {
                e.insert(v);
            }
            indexmap::map::Entry::Occupied(mut e) => merge_into(e.get_mut(), v, f)?,
        }
        Ok(())
    }

    /// Adds value `v` for the `str` key `k`, which becomes a `Value` only when it is new
    /// (a word split out of a line is counted without copying it).
    pub fn add_str(&mut self, k: &str, v: Value, f: &ReduceFn) -> Result<()> {
        let key = StrKey::new(k);
        match self.acc.get_index_of(&key) {
            Some(i) => merge_into(&mut self.acc[i], v, f)?,
            None => {
                self.acc.insert(key.to_key(), v);
            }
        }
        Ok(())
    }

    /// The combined pairs in first-seen key order, split into the buckets of `placement`
    /// (one bucket when `None`).
    pub fn into_buckets(self, placement: Option<&Placement>) -> Result<Vec<Vec<Value>>> {
        let Some(p) = placement else {
            let pairs = self.acc.into_iter();
            return Ok(vec![pairs
                .map(|(k, c)| Value::pair(k.into_value(), c))
                .collect()]);
        };
        let mut buckets: Vec<Vec<Value>> = (0..p.num_partitions()).map(|_| Vec::new()).collect();
        if buckets.is_empty() {
            return Ok(buckets);
        }
        for (k, c) in self.acc {
            let i = p.partition_of(k.value())?;
            buckets[i].push(Value::pair(k.into_value(), c));
        }
        Ok(buckets)
    }
}

/// A key's combined value merged with `v` in place (`f(old, v)`, the old value moved).
fn merge_into(slot: &mut Value, v: Value, f: &ReduceFn) -> Result<()> {
    let old = std::mem::replace(slot, Value::None);
    *slot = f(old, v)?;
    Ok(())
}

/// The halves of a pair record, moved out when nothing else holds the tuple.
fn take_pair(pair: Value) -> Result<(Value, Value)> {
    if let Value::Tuple(mut t) = pair {
        if let Some([k, v]) = Shared::get_mut(&mut t) {
            return Ok((
                std::mem::replace(k, Value::None),
                std::mem::replace(v, Value::None),
            ));
        }
        return Value::Tuple(t).as_pair();
    }
    pair.as_pair()
}

/// What each reduce partition reads: bucket `b` of every map task in map-partition order,
/// or, without a shuffle, its own map task's one bucket. Buckets stay apart (a host may
/// hold them as separately pickled blocks, as Spark's shuffle does).
///
/// A shuffled bucket comes through pickle, so the reduce side reads its sets rebuilt
/// ([`Unpickle`]); without a shuffle PySpark pipelines the merge into the map task.
pub fn gather<B: Unpickle>(map_side: Vec<Vec<B>>, buckets: Option<&Placement>) -> Vec<Vec<B>> {
    let Some(placement) = buckets else {
        return map_side;
    };
    let mut reduce_side: Vec<Vec<B>> = (0..placement.num_partitions())
        .map(|_| Vec::new())
        .collect();
    for buckets in map_side {
        for (b, bucket) in buckets.into_iter().enumerate() {
            reduce_side[b].push(bucket.unpickle());
        }
    }
    reduce_side
}

/// Combines `(key, value)` pairs into one combiner per key, keys in first-seen order
/// (PySpark's `ExternalMerger` is a dict).
fn combine<C, V>(
    pairs: impl Iterator<Item = Result<(Value, V)>>,
    create: &impl Fn(V) -> Result<C>,
    merge: &impl Fn(C, V) -> Result<C>,
) -> Result<Vec<(Value, C)>> {
    let mut acc: KeyMap<Option<C>> = KeyMap::default();
    for pair in pairs {
        // A record that is no pair, or a key that cannot be hashed, fails the task that
        // reads it (on Spark, the job computing the partition).
        let (k, v) = pair.map_err(Error::from_task)?;
        let slot = acc
            .entry(HashKey::new(k).map_err(Error::from_task)?)
            .or_insert(None);
        *slot = Some(match slot.take() {
            None => create(v)?,
            Some(c) => merge(c, v)?,
        });
    }
    Ok(acc
        .into_iter()
        .filter_map(|(k, c)| c.map(|c| (k.into_value(), c)))
        .collect())
}

/// Sends every item to the partition of its key, reading map partitions in index order;
/// the reduce side reads each as unpickled ([`gather`]).
fn shuffle<T: Unpickle>(
    partitions: Vec<Vec<T>>,
    placement: &Placement,
    key_of: impl Fn(&T) -> Result<Value>,
) -> Result<Vec<Vec<T>>> {
    let mut buckets: Vec<Vec<T>> = (0..placement.num_partitions())
        .map(|_| Vec::new())
        .collect();
    if buckets.is_empty() {
        return Ok(buckets);
    }
    for p in partitions {
        for item in p {
            let key = key_of(&item).map_err(Error::from_task)?;
            let i = placement.partition_of(&key).map_err(Error::from_task)?;
            buckets[i].push(item.unpickle());
        }
    }
    Ok(buckets)
}
