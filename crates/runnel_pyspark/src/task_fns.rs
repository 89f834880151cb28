//! What a job's tasks run, copied for each task as PySpark's pickling copies it.
//!
//! PySpark pickles a job's functions, with everything they capture, when the job is
//! submitted, and every task unpickles its own copy: a function a task runs starts from
//! the driver's state at that moment (a seeded `random.Random`, a list it appends to) and
//! never changes the driver's objects; only accumulators come back. The parts of an action
//! that run on the driver (`reduce` merging the partitions' results, `sortByKey` sorting
//! its sample) use the live objects. [`TaskFns`] runs a job's tasks here, partition after
//! partition, each with its own copies; the shuffles built on it are in [`shuffle_tasks`]
//! and [`combine_by_key`].

use crate::udf::{self, Udf};
use runnel_core::rdd::{reduce_merge, Partitioner, Placement, Rdd};
use runnel_core::udf::{MapFn, ReduceFn};
use runnel_core::value::{Portable, PyDict};
use runnel_core::{Result, Value};
use runnel_python::Interpreter;
use std::rc::Rc;

/// A job's functions (and the values they capture), frozen together when it is made, as
/// one pickle: what two of them share stays shared within a task.
pub(crate) struct TaskFns {
    live: Vec<Udf>,
    frozen: Option<(Rc<Interpreter>, Portable)>,
}

/// One task's copies, in the order [`TaskFns::new`] was given them (`live`: the
/// driver's own, when they could not be copied).
pub(crate) struct Copies {
    fns: Vec<Udf>,
    live: bool,
}

impl Copies {
    /// The `i`th function, to call as a task does.
    pub(crate) fn udf(&self, i: usize) -> Udf {
        self.fns[i].clone()
    }

    /// The `i`th value itself (a captured zero value); a copy of the driver's when the
    /// job could not be copied, so tasks still do not share it.
    pub(crate) fn value(&self, i: usize) -> Value {
        let v = self.fns[i].function();
        match self.live {
            true => udf::isolate(v).unwrap_or_else(|_| v.clone()),
            false => v.clone(),
        }
    }
}

impl TaskFns {
    /// The job of `values` (functions, or values wrapped as [`Udf`]s), submitted now. A
    /// value that cannot travel (it refers to the SparkContext, say) keeps every task on
    /// the live objects.
    pub(crate) fn new(values: Vec<Udf>) -> TaskFns {
        let frozen = values.first().and_then(|u| {
            let interp = u.interp().ok()?;
            let all = Value::tuple(values.iter().map(|u| u.function().clone()).collect());
            Some((interp.clone(), interp.freeze(&all).ok()?))
        });
        TaskFns {
            live: values,
            frozen,
        }
    }

    /// `task` over every input, each a task of its own with fresh copies; the driver's
    /// globals are as they were afterwards. Accumulator updates count for the tasks that
    /// succeed; the first failure is the job's.
    pub(crate) fn run<I, T>(
        &self,
        inputs: impl IntoIterator<Item = I>,
        mut task: impl FnMut(&Copies, I) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut inputs: Vec<Option<I>> = inputs.into_iter().map(Some).collect();
        let mut out = Vec::with_capacity(inputs.len());
        self.tasks(inputs.len(), &mut |copies, k| {
            if let Some(input) = inputs[k].take() {
                out.push(task(copies, input)?);
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// Task `k` of `n`, one after another, each with fresh copies (not generic, so each
    /// kind of job adds only its own work to the wasm).
    fn tasks(&self, n: usize, task: &mut dyn FnMut(&Copies, usize) -> Result<()>) -> Result<()> {
        let Some((interp, frozen)) = &self.frozen else {
            let live = Copies {
                fns: self.live.clone(),
                live: true,
            };
            return (0..n).try_for_each(|k| task(&live, k));
        };
        let saved = interp.globals_snapshot();
        let done = (0..n).try_for_each(|k| {
            let done = self
                .revive(interp, frozen)
                .and_then(|copies| task(&copies, k));
            crate::executor::ended_task(done)
        });
        interp.restore_globals(saved);
        done
    }

    fn revive(&self, interp: &Rc<Interpreter>, frozen: &Portable) -> Result<Copies> {
        let Value::Tuple(all) = interp.revive(frozen)? else {
            return Err(runnel_core::Error::new(
                "SystemError",
                "a job's functions revived as no tuple",
            ));
        };
        Ok(Copies {
            fns: all
                .iter()
                .map(|f| Udf::new(interp, f.clone(), None))
                .collect(),
            live: false,
        })
    }
}

/// What a shuffle's map task makes of its partition, with the task's copies.
pub(crate) type MapTask<'a> = dyn FnMut(&Copies, &[Value]) -> Result<Vec<Value>> + 'a;

/// A shuffle's map side: each task's records (what `task` makes of its partition) placed
/// into `n` buckets by `place` (from the task's copies); the reduce partitions, each the
/// buckets of every task in task order.
pub(crate) fn shuffle_tasks(
    fns: &TaskFns,
    partitions: &[Vec<Value>],
    n: usize,
    place: &dyn Fn(&Copies) -> Placement,
    task: &mut MapTask,
) -> Result<Vec<Vec<Value>>> {
    let map_side = fns.run(partitions, |c, p| {
        let records = task(c, p)?;
        let placement = place(c);
        let one = Rdd {
            partitions: vec![records],
            partitioner: None,
        };
        Ok(one.partition_by(&placement)?.partitions)
    })?;
    let mut reduce_side = vec![Vec::new(); n];
    for buckets in map_side {
        for (j, bucket) in buckets.into_iter().enumerate() {
            reduce_side[j].extend(bucket);
        }
    }
    Ok(reduce_side)
}

/// The placement of `partitionBy(n, partitionFunc)` by a task's copy of the function (at
/// `func`), or by `portable_hash`.
pub(crate) fn placement_by(c: &Copies, n: usize, func: Option<usize>) -> Placement {
    Placement::from_fn(n, func.map(|i| (0, udf::map(c.udf(i)))))
}

/// The partitioner of `partitionBy(n, func)` (PySpark tells partitioners apart by the
/// function's identity).
pub(crate) fn partitioner(n: usize, func: Option<&Udf>) -> Partitioner {
    Placement::from_fn(n, func.map(|u| (u.identity(), udf::map(u.clone())))).partitioner
}

/// A combineByKey's functions, from one task's copies.
pub(crate) struct Combiners {
    pub(crate) create: MapFn,
    pub(crate) merge_value: ReduceFn,
    pub(crate) merge: ReduceFn,
}

/// `combineByKey` as PySpark runs it: each map task combines its partition in a dict
/// (first-seen key order) and places it by `partitionFunc`, each reduce task merges what
/// it receives, both with their own copies of the functions (`make` builds the combiners
/// from a task's copies of `fns`; `func` is the index of `partitionFunc` among them). When
/// the RDD is already placed so, one task per partition does both.
pub(crate) fn combine_by_key(
    rdd: &Rdd,
    fns: Vec<Udf>,
    make: &dyn Fn(&Copies) -> Combiners,
    n: usize,
    func: Option<usize>,
) -> Result<Rdd> {
    let partitioner = partitioner(n, func.map(|i| &fns[i]));
    let fns = TaskFns::new(fns);
    let partitions = if rdd.partitioner == Some(partitioner) {
        fns.run(&rdd.partitions, |c, p| combine_locally(p, &make(c)))?
    } else {
        let place = |c: &Copies| placement_by(c, n, func);
        let shuffled = shuffle_tasks(&fns, &rdd.partitions, n, &place, &mut |c, p| {
            combine_locally(p, &make(c))
        })?;
        // The reduce tasks: a round of their own, which Spark runs again for each job.
        crate::jobs::new_round();
        fns.run(shuffled, |c, p| reduce_merge(p, &make(c).merge))?
    };
    Ok(Rdd {
        partitions,
        partitioner: Some(partitioner),
    })
}

/// `ExternalMerger.mergeValues`: `d[k] = mergeValue(d[k], v) if k in d else
/// createCombiner(v)`, as `(k, c)` pairs in first-seen order.
fn combine_locally(records: &[Value], c: &Combiners) -> Result<Vec<Value>> {
    let mut d = PyDict::new();
    for x in records {
        let (k, v) = x.as_pair()?;
        let combined = match d.get(&k)? {
            Some(old) => (c.merge_value)(old.clone(), v)?,
            None => (c.create)(v)?,
        };
        d.insert(k, combined)?;
    }
    Ok(d.iter()
        .map(|(k, v)| Value::pair(k.clone(), v.clone()))
        .collect())
}
