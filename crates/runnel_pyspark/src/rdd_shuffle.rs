//! The RDD methods that shuffle by key with Python functions, as `pyspark/rdd.py` runs
//! them: `combineByKey` and the two built on it (`aggregateByKey`, `foldByKey`),
//! `partitionBy` and `groupBy` (a `partitionFunc` places records in the map tasks),
//! `repartitionAndSortWithinPartitions`, and `reduceByKeyLocally` (each partition's dict
//! in a task, the dicts merged on the driver). Every task runs its own copies of the
//! functions ([`TaskFns`]); the driver's part runs the live objects.

use crate::convert::{count, given, opt_count, truthy};
use crate::rdd::{obj, Method, RddObj};
use crate::task_fns::{self, combine_by_key, placement_by, shuffle_tasks, Combiners, TaskFns};
use crate::udf::{self, isolate, Udf};
use runnel_core::rdd::{sort_pairs, Placement, Rdd};
use runnel_core::value::{PyDict, Shared};
use runnel_core::{Error, Result, Value};
use runnel_python::Args;

/// The methods.
pub(crate) fn methods() -> Vec<(&'static str, Method)> {
    vec![
        ("combineByKey", |_, t, mut a| {
            let o = obj(t)?;
            let mut fns = vec![
                o.udf(a.require(0, "createCombiner", "combineByKey")?)?,
                o.udf(a.require(1, "mergeValue", "combineByKey")?)?,
                o.udf(a.require(2, "mergeCombiners", "combineByKey")?)?,
            ];
            let (n, func) = shuffle_args(&o, &mut a, 3, &mut fns)?;
            let make = |c: &task_fns::Copies| Combiners {
                create: udf::map(c.udf(0)),
                merge_value: udf::reduce(c.udf(1)),
                merge: udf::reduce(c.udf(2)),
            };
            let rdd = combine_by_key(&o.rdd, fns, &make, n, func)?;
            o.shuffled("combineByKey", rdd, true)
        }),
        ("aggregateByKey", |_, t, mut a| {
            let o = obj(t)?;
            let zero = o.udf(a.require(0, "zeroValue", "aggregateByKey")?)?;
            let seq = o.udf(a.require(1, "seqFunc", "aggregateByKey")?)?;
            let comb = o.udf(a.require(2, "combFunc", "aggregateByKey")?)?;
            by_key_from_zero(&o, "aggregateByKey", vec![zero, seq, comb], &mut a, 3)
        }),
        ("foldByKey", |_, t, mut a| {
            let o = obj(t)?;
            let zero = o.udf(a.require(0, "zeroValue", "foldByKey")?)?;
            let f = o.udf(a.require(1, "func", "foldByKey")?)?;
            by_key_from_zero(&o, "foldByKey", vec![zero, f.clone(), f], &mut a, 2)
        }),
        ("partitionBy", |_, t, mut a| {
            let o = obj(t)?;
            let n = count(
                &a.require(0, "numPartitions", "partitionBy")?,
                "numPartitions",
            )?;
            let func = given(a.take(1, "partitionFunc"))
                .map(|f| o.udf(f))
                .transpose()?;
            o.shuffled("partitionBy", partition_by(&o.rdd, n, func)?, false)
        }),
        ("groupBy", |_, t, mut a| {
            let o = obj(t)?;
            let mut fns = vec![o.udf(a.require(0, "f", "groupBy")?)?];
            let (n, func) = shuffle_args(&o, &mut a, 1, &mut fns)?;
            let partitioner = task_fns::partitioner(n, func.map(|i| &fns[i]));
            // `map(lambda x: (f(x), x)).groupByKey(...)`: keyed and placed in the map
            // tasks, then grouped where they landed.
            let tasks = TaskFns::new(fns.clone());
            let place = |c: &task_fns::Copies| placement_by(c, n, func);
            let placed = shuffle_tasks(&tasks, &o.rdd.partitions, n, &place, &mut |c, p| {
                let f = udf::map(c.udf(0));
                p.iter()
                    .map(|x| Ok(Value::pair(f(x.clone())?, x.clone())))
                    .collect()
            })?;
            let placed = Rdd {
                partitions: placed,
                partitioner: Some(partitioner),
            };
            let live = Placement::from_fn(
                n,
                func.map(|i| (fns[i].identity(), udf::map(fns[i].clone()))),
            );
            o.keyed_grouped("groupBy", placed.group_by_key(&live)?)
        }),
        ("repartitionAndSortWithinPartitions", repartition_and_sort),
        ("reduceByKeyLocally", |_, t, mut a| {
            let o = obj(t)?;
            let f = o.udf(a.require(0, "func", "reduceByKeyLocally")?)?;
            let merge_into =
                |d: &mut PyDict, k: Value, v: Value, f: &dyn Fn(Value, Value) -> Result<Value>| {
                    let v = match d.get(&k)? {
                        Some(old) => f(old.clone(), v)?,
                        None => v,
                    };
                    d.insert(k, v).map(|_| ())
                };
            let partials = TaskFns::new(vec![f.clone()]).run(&o.rdd.partitions, |c, p| {
                let f = udf::reduce(c.udf(0));
                let mut d = PyDict::new();
                for x in p {
                    let (k, v) = x.as_pair()?;
                    merge_into(&mut d, k, v, &*f)?;
                }
                Ok(d)
            })?;
            // The driver merges the partitions' dicts with the live function.
            let f = udf::on_driver(f);
            let mut it = partials.into_iter();
            let mut d = it
                .next()
                .ok_or_else(|| Error::value_error("Can not reduce() empty RDD"))?;
            for m in it {
                for (k, v) in m.iter() {
                    merge_into(&mut d, k.clone(), v.clone(), &*f)?;
                }
            }
            Ok(Value::dict(d))
        }),
    ]
}

/// `numPartitions` and `partitionFunc` at `at` and `at + 1`: the count (by default this
/// RDD's) and, when a function is given, its index once pushed onto `fns`.
fn shuffle_args(
    o: &RddObj,
    a: &mut Args,
    at: usize,
    fns: &mut Vec<Udf>,
) -> Result<(usize, Option<usize>)> {
    let n =
        opt_count(a.take(at, "numPartitions"), "numPartitions")?.unwrap_or(o.rdd.num_partitions());
    let func = match given(a.take(at + 1, "partitionFunc")) {
        Some(f) => {
            fns.push(o.udf(f)?);
            Some(fns.len() - 1)
        }
        None => None,
    };
    Ok((n, func))
}

/// `combineByKey(lambda v: seq(deepcopy(zero), v), seq, comb, numPartitions,
/// partitionFunc)`, `fns` being `[zero, seq, comb]`: each task's copy of the closure
/// carries its own zero, copied again for every key.
fn by_key_from_zero(
    o: &RddObj,
    method: &str,
    mut fns: Vec<Udf>,
    a: &mut Args,
    at: usize,
) -> Result<Value> {
    let (n, func) = shuffle_args(o, a, at, &mut fns)?;
    let make = |c: &task_fns::Copies| {
        let (zero, seq) = (c.value(0), udf::reduce(c.udf(1)));
        let first = seq.clone();
        Combiners {
            create: Shared::new(move |v| first(isolate(&zero)?, v)),
            merge_value: seq,
            merge: udf::reduce(c.udf(2)),
        }
    };
    o.shuffled(method, combine_by_key(&o.rdd, fns, &make, n, func)?, true)
}

/// `partitionBy(n, partitionFunc)`: a no-op when already placed so; else each map task
/// places its records with its own copy of the function.
pub(crate) fn partition_by(rdd: &Rdd, n: usize, func: Option<Udf>) -> Result<Rdd> {
    let partitioner = task_fns::partitioner(n, func.as_ref());
    if rdd.partitioner == Some(partitioner) {
        return Ok(rdd.clone());
    }
    let at = func.as_ref().map(|_| 0);
    let tasks = TaskFns::new(func.into_iter().collect());
    let place = |c: &task_fns::Copies| placement_by(c, n, at);
    // `add_shuffle_key` buckets `(k, v)` as it unpacked them (a namedtuple comes out a tuple)
    let partitions = shuffle_tasks(&tasks, &rdd.partitions, n, &place, &mut |_, p| {
        Ok(p.iter().map(Value::bucketed_pair).collect())
    })?;
    Ok(Rdd {
        partitions,
        partitioner: Some(partitioner),
    })
}

/// `repartitionAndSortWithinPartitions(numPartitions=None, partitionFunc=portable_hash,
/// ascending=True, keyfunc=lambda x: x)`: `partitionBy`, then each partition sorted by
/// its task's copy of `keyfunc(key)` (a stable sort, `reverse` for descending, as
/// PySpark's `sorted`).
fn repartition_and_sort(_: &runnel_python::Interpreter, t: &Value, mut a: Args) -> Result<Value> {
    let o = obj(t)?;
    let n =
        opt_count(a.take(0, "numPartitions"), "numPartitions")?.unwrap_or(o.rdd.num_partitions());
    let func = given(a.take(1, "partitionFunc"))
        .map(|f| o.udf(f))
        .transpose()?;
    let ascending = truthy(a.take(2, "ascending"), true);
    let keyfunc = given(a.take(3, "keyfunc")).map(|f| o.udf(f)).transpose()?;
    let placed = partition_by(&o.rdd, n, func)?;
    let sorts = TaskFns::new(keyfunc.iter().cloned().collect());
    let parts = sorts.run(placed.partitions, |c, p| {
        let f = keyfunc.as_ref().map(|_| udf::map(c.udf(0)));
        let mut keyed = Vec::with_capacity(p.len());
        for x in p {
            let k = x.as_pair()?.0;
            let k = match &f {
                Some(f) => f(k)?,
                None => k,
            };
            keyed.push((k, x));
        }
        sort_pairs(&mut keyed, !ascending)?;
        Ok(keyed.into_iter().map(|(_, x)| x).collect())
    })?;
    // `partitionBy(n, partitionFunc).mapPartitions(sortPartition, True)`.
    let sorted = Rdd {
        partitions: parts,
        partitioner: placed.partitioner,
    };
    o.shuffled("repartitionAndSortWithinPartitions", sorted, true)
}
