//! More of PySpark's RDD methods, each as `pyspark/rdd.py` builds it from simpler ones (so
//! partitions and their order are Spark's): pairing (`cartesian`, `zip`, `zipWithIndex`,
//! `zipWithUniqueId`), set-like (`subtract`, `subtractByKey`, `intersection`), `lookup`,
//! `groupWith` and the RDD's identity (`id`, `name`). The aggregations are in
//! `rdd_aggregate`, the shuffles with Python functions in `rdd_shuffle`.

use crate::convert::opt_count;
use crate::rdd::{obj, rdd_of, traced_rdd, Method};
use crate::rdd_lineage::{Lineage, Ser};
use runnel_core::rdd::{Placement, Rdd, RddRef, ResultIterable};
use runnel_core::value::Shared;
use runnel_core::{Error, Result, Value};
use std::rc::Rc;

/// The methods.
pub(crate) fn methods() -> Vec<(&'static str, Method)> {
    vec![
        ("cartesian", |_, t, mut a| {
            let o = obj(t)?;
            let other = a.require(0, "other", "cartesian")?;
            let sers = (layout_of(&o), layout_of(&*obj(&other)?));
            let made = cartesian(&o.rdd, &*rdd_of(&other)?, sers);
            let lineage = both(&o.lineage, &other).map(|(a, b)| a.cartesian(&o.env, &b));
            traced_rdd(&o.env, Shared::new(made), lineage)
        }),
        ("zip", |_, t, mut a| {
            let o = obj(t)?;
            let other = a.require(0, "other", "zip")?;
            let made = zip(&o.rdd, &*rdd_of(&other)?)?;
            let lineage = both(&o.lineage, &other).map(|(a, b)| a.zipped(&o.env, &b));
            traced_rdd(&o.env, Shared::new(made), lineage)
        }),
        ("zipWithIndex", |_, t, _| {
            let o = obj(t)?;
            let mut next = 0;
            let parts = o.rdd.partitions.iter().map(|p| {
                let start = next;
                next += p.len() as i64;
                indexed(p, |i| start + i as i64)
            });
            // PySpark counts the partitions (a job) first, then indexes them in a step.
            o.narrow(Rdd::new(parts.collect()))
        }),
        ("zipWithUniqueId", |_, t, _| {
            let o = obj(t)?;
            let n = o.rdd.num_partitions() as i64;
            let parts = o.rdd.partitions.iter().enumerate();
            let parts = parts.map(|(k, p)| indexed(p, |i| i as i64 * n + k as i64));
            o.narrow(Rdd::new(parts.collect()))
        }),
        ("subtractByKey", |_, t, mut a| {
            let o = obj(t)?;
            let other_value = a.require(0, "other", "subtractByKey")?;
            let other = rdd_of(&other_value)?;
            let n = opt_count(a.take(1, "numPartitions"), "numPartitions")?;
            let rdd = subtract_by_key(&o.rdd, &other, n)?;
            // `cogroup(other).filter(...).flatMapValues(...)`.
            let same = |l: &std::rc::Rc<Lineage>| l.as_ref().clone();
            o.cogrouped_as("subtractByKey", &other_value, rdd, same, |c| {
                c.then_keeping_step()
            })
        }),
        ("subtract", |_, t, mut a| {
            let o = obj(t)?;
            let other_value = a.require(0, "other", "subtract")?;
            let other = rdd_of(&other_value)?;
            let n = opt_count(a.take(1, "numPartitions"), "numPartitions")?;
            let kept = subtract_by_key(
                &keyed(&o.rdd, Value::Bool(true)),
                &keyed(&other, Value::Bool(true)),
                n,
            )?;
            // `map((x, True))` of both, `subtractByKey`, `keys()`.
            let step = |l: &std::rc::Rc<Lineage>| l.then_step();
            o.cogrouped_as("subtract", &other_value, kept.keys()?, step, |c| {
                c.then_step()
            })
        }),
        ("intersection", |_, t, mut a| {
            let o = obj(t)?;
            let other_value = a.require(0, "other", "intersection")?;
            let other = rdd_of(&other_value)?;
            let sides = [keyed(&o.rdd, Value::None), keyed(&other, Value::None)];
            let grouped = cogroup(&sides, None)?;
            let both = filter_groups(grouped, |g| Ok(g.iter().all(|s| !s.is_empty())))?;
            // `map((v, None))` of both, `cogroup`, `filter`, `keys()`.
            let step = |l: &std::rc::Rc<Lineage>| l.then_step();
            o.cogrouped_as("intersection", &other_value, both.keys()?, step, |c| {
                c.then_step()
            })
        }),
        ("lookup", |_, t, mut a| {
            let o = obj(t)?;
            let key = a.require(0, "key", "lookup")?;
            let mut found = Vec::new();
            for x in o.rdd.iter() {
                let (k, v) = x.as_pair()?;
                if k.py_eq(&key) {
                    found.push(v);
                }
            }
            Ok(Value::list(found))
        }),
        ("groupWith", |_, t, a| {
            let o = obj(t)?;
            let mut rdds = vec![o.rdd.clone()];
            for r in &a.positional {
                rdds.push(rdd_of(r)?);
            }
            let made = cogroup(&rdds, None)?;
            let mut lineages = vec![o.lineage.clone()];
            for r in &a.positional {
                lineages.push(obj(r)?.lineage.clone());
            }
            // PySpark's `python_cogroup` of all of them.
            let lineage = lineages.into_iter().collect::<Option<Vec<_>>>().map(|all| {
                let all: Vec<&Lineage> = all.iter().map(|l| &**l).collect();
                let site = o.call_site();
                let parts = made.num_partitions();
                Lineage::cogrouped_all(&o.env, &all, ("groupWith", &site), parts)
            });
            traced_rdd(&o.env, Shared::new(made), lineage)
        }),
        ("toLocalIterator", |_, t, _| {
            Ok(Value::list(obj(t)?.rdd.collect()))
        }),
        ("id", |_, t, _| {
            let o = obj(t)?;
            o.check_traced("id()")?;
            Ok(Value::Int(match &o.lineage {
                Some(l) => l.jvm_id(&o.env),
                None => o.id,
            }))
        }),
        // The name is the JVM RDD's, as PySpark keeps it (`self._jrdd.name()`).
        ("name", |_, t, _| {
            let o = obj(t)?;
            let name = match &o.lineage {
                Some(l) => l.name(&o.env),
                None => o.name.borrow().clone(),
            };
            Ok(name.map_or(Value::None, |n| Value::str(&n)))
        }),
        ("setName", |_, t, mut a| {
            let name = a.require(0, "name", "setName")?.to_str();
            let o = obj(t)?;
            match &o.lineage {
                Some(l) => l.set_name(&o.env, name),
                None => *o.name.borrow_mut() = Some(name),
            }
            Ok(t.clone())
        }),
        // The data is in memory already: a checkpoint only marks the RDD. A reliable one
        // is never written (`getCheckpointFile()` is `None`, as before Spark's first job).
        ("isCheckpointed", |_, _, _| Ok(Value::Bool(false))),
        ("getCheckpointFile", |_, _, _| Ok(Value::None)),
        // Shuffle files live in memory and go with the RDD.
        ("cleanShuffleDependencies", |_, _, _| Ok(Value::None)),
        // No resource profiles: PySpark's `None` for an RDD without one.
        ("getResourceProfile", |_, _, _| Ok(Value::None)),
        ("checkpoint", |_, _, _| Ok(Value::None)),
        ("localCheckpoint", |_, t, _| {
            obj(t)?.local_checkpoint.set(true);
            Ok(Value::None)
        }),
        ("isLocallyCheckpointed", |_, t, _| {
            Ok(Value::Bool(obj(t)?.local_checkpoint.get()))
        }),
    ]
}

/// `(x, index(i))` for the `i`-th record of a partition.
fn indexed(p: &[Value], index: impl Fn(usize) -> i64) -> Vec<Value> {
    let records = p.iter().enumerate();
    records
        .map(|(i, x)| Value::pair(x.clone(), Value::Int(index(i))))
        .collect()
}

/// The lineages of this RDD and the RDD `other`, when both are traced.
fn both(this: &Option<Rc<Lineage>>, other: &Value) -> Option<(Rc<Lineage>, Rc<Lineage>)> {
    let other = obj(other).ok()?.lineage.clone()?;
    Some((this.clone()?, other))
}

/// Spark's `CartesianRDD`: partition `i * m + j` pairs partition `i` with partition `j`.
/// The JVM pairs the byte arrays PySpark's serializers wrote, not records: for each
/// batch of `i`, for each batch of `j`, PySpark's `CartesianDeserializer` yields
/// `product(batch_i, batch_j)`, so the order of the pairs follows both sides' batches.
fn cartesian(a: &Rdd, b: &Rdd, (sa, sb): (Layout, Layout)) -> Rdd {
    let mut parts = Vec::with_capacity(a.num_partitions() * b.num_partitions());
    for (i, pa) in a.partitions.iter().enumerate() {
        let batches_a = sa.batches(i, pa);
        for (j, pb) in b.partitions.iter().enumerate() {
            let batches_b = sb.batches(j, pb);
            let mut pairs = Vec::with_capacity(pa.len() * pb.len());
            for xs in &batches_a {
                for ys in &batches_b {
                    for x in xs.iter() {
                        pairs.extend(ys.iter().map(|y| Value::pair(x.clone(), y.clone())));
                    }
                }
            }
            parts.push(pairs);
        }
    }
    Rdd::new(parts)
}

/// How an RDD's partitions were serialized: by which serializer, and for a coalesce
/// without a shuffle, the parent partitions each partition reads in turn (each written
/// by its own task, so each batched from its start).
struct Layout {
    ser: Ser,
    pieces: Option<Vec<Vec<usize>>>,
}

impl Layout {
    /// Partition `index`'s records in the batches the JVM hands PySpark back.
    fn batches<'a>(&self, index: usize, records: &'a [Value]) -> Vec<&'a [Value]> {
        let Some(lens) = self.pieces.as_ref().and_then(|p| p.get(index)) else {
            return batches(records, self.ser);
        };
        let mut out = Vec::new();
        let mut at = 0;
        for &n in lens {
            let end = (at + n).min(records.len());
            out.extend(batches(&records[at..end], self.ser));
            at = end;
        }
        out
    }
}

/// The layout of an RDD's records as PySpark reads them back; an RDD Runnel does not
/// trace is a Python step's output (the context's serializer), as most are.
fn layout_of(o: &crate::rdd::RddObj) -> Layout {
    let ser = o.lineage.as_ref().map_or(Ser::Context, |l| l.ser());
    let pieces = o.pieces.borrow().as_ref().map(|p| p.lens().clone());
    Layout { ser, pieces }
}

/// A partition's records in the batches its serializer wrote them: `parallelize`'s and
/// `zip`'s fixed counts, `AutoBatchedSerializer`'s 1, 2, 4... for a Python step's output;
/// one record a batch for lines and (inexactly: the map side's buckets decide there) for
/// a `partitionBy` or `cartesian` read directly.
fn batches(records: &[Value], ser: Ser) -> Vec<&[Value]> {
    match ser {
        Ser::Batched(n) | Ser::Zipped(n) if n > 0 => records.chunks(n).collect(),
        Ser::Context => {
            let mut at = 0;
            let lens = crate::cached_size::auto_batch_lens(records);
            lens.into_iter()
                .map(|n| {
                    at += n;
                    &records[at - n..at]
                })
                .collect()
        }
        _ => records.chunks(1).collect(),
    }
}

fn zip(a: &Rdd, b: &Rdd) -> Result<Rdd> {
    if a.num_partitions() != b.num_partitions() {
        return Err(Error::value_error(
            "Can only zip with RDD which has the same number of partitions",
        ));
    }
    let mut parts = Vec::with_capacity(a.num_partitions());
    for (pa, pb) in a.partitions.iter().zip(&b.partitions) {
        if pa.len() != pb.len() {
            return Err(Error::new(
                "Py4JJavaError",
                "org.apache.spark.SparkException: Can only zip RDDs with same number of elements in each partition",
            ));
        }
        parts.push(
            pa.iter()
                .zip(pb)
                .map(|(x, y)| Value::pair(x.clone(), y.clone()))
                .collect(),
        );
    }
    Ok(Rdd::new(parts))
}

/// `rdd.map(lambda x: (x, v))`.
fn keyed(rdd: &Rdd, v: Value) -> RddRef {
    let parts = rdd.partitions.iter().map(|p| {
        p.iter()
            .map(|x| Value::pair(x.clone(), v.clone()))
            .collect()
    });
    Shared::new(Rdd::new(parts.collect()))
}

/// `rdd.cogroup(other, numPartitions)` (PySpark's `python_cogroup`): by default as many
/// partitions as the union of the inputs.
fn cogroup(rdds: &[RddRef], n: Option<usize>) -> Result<Rdd> {
    let n = n.unwrap_or_else(|| Rdd::union_num_partitions(rdds));
    Rdd::cogroup(rdds, &Placement::hash(n))
}

/// The values of each side of a cogrouped record.
fn sides(record: &Value) -> Result<Vec<Vec<Value>>> {
    let (_, groups) = record.as_pair()?;
    let Value::Tuple(groups) = groups else {
        return Err(Error::type_error("expected cogrouped values"));
    };
    Ok(groups
        .iter()
        .map(|g| {
            g.downcast::<ResultIterable>()
                .map(|r| r.values.clone())
                .unwrap_or_default()
        })
        .collect())
}

/// A cogrouped RDD's records whose sides pass `keep` (keeping its partitioner).
fn filter_groups(rdd: Rdd, keep: impl Fn(&[Vec<Value>]) -> Result<bool>) -> Result<Rdd> {
    let mut parts = Vec::with_capacity(rdd.num_partitions());
    for p in &rdd.partitions {
        let mut kept = Vec::new();
        for r in p {
            if keep(&sides(r)?)? {
                kept.push(r.clone());
            }
        }
        parts.push(kept);
    }
    Ok(Rdd {
        partitions: parts,
        partitioner: rdd.partitioner,
    })
}

/// `cogroup(other).filter(val1 and not val2).flatMapValues(lambda x: x[0])`.
fn subtract_by_key(a: &RddRef, b: &RddRef, n: Option<usize>) -> Result<Rdd> {
    let grouped = cogroup(&[a.clone(), b.clone()], n)?;
    let kept = filter_groups(grouped, |s| Ok(!s[0].is_empty() && s[1].is_empty()))?;
    let mut parts = Vec::with_capacity(kept.num_partitions());
    for p in &kept.partitions {
        let mut out = Vec::new();
        for r in p {
            let key = r.as_pair()?.0;
            out.extend(
                sides(r)?
                    .swap_remove(0)
                    .into_iter()
                    .map(|v| Value::pair(key.clone(), v)),
            );
        }
        parts.push(out);
    }
    Ok(Rdd {
        partitions: parts,
        partitioner: kept.partitioner,
    })
}
