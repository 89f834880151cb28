//! PySpark's DStream operations, each built the way `pyspark/streaming/dstream.py` builds
//! it (mostly a `transform` over the RDD operation of the same name), so partition counts
//! and record order follow Spark's.

use super::graph::Kind;
use super::{Graph, StreamId, TransformFn, WindowStepFn};
use crate::rdd::{JoinKind, Placement, Rdd, RddRef};
use crate::udf::{map_fn, reduce_fn, FilterFn, FlatMapFn, MapFn, PartitionFn, ReduceFn};
use crate::value::{BinOp, Shared, Value};
use crate::{Error, Result};

/// A `repartition` stream's last RDD and the lengths of the pickled batches (of ten or
/// fewer records) each of its partitions holds.
pub type Reshuffled = Shared<std::cell::RefCell<Option<(RddRef, Vec<Vec<usize>>)>>>;

/// A shuffle's partition count; `None` is `sc.defaultParallelism`.
pub type NumPartitions = Option<usize>;

impl Graph {
    /// The partition count of a shuffle: `n`, or `sc.defaultParallelism`.
    pub fn parallelism(&self, n: NumPartitions) -> usize {
        n.unwrap_or(self.config.default_parallelism)
    }

    /// A transform applying `f` to the one parent's RDD.
    pub fn per_rdd(
        &mut self,
        name: &str,
        s: StreamId,
        f: impl Fn(&RddRef) -> Result<Rdd> + 'static,
    ) -> StreamId {
        let f: TransformFn = Shared::new(move |_, rdds| match &rdds[0] {
            Some(r) => Ok(Some(Shared::new(f(r)?))),
            None => Ok(None),
        });
        self.transform(name, vec![s], f)
    }

    pub fn map(&mut self, s: StreamId, f: MapFn) -> StreamId {
        self.per_rdd("map", s, move |r| r.map(&f))
    }
    pub fn flat_map(&mut self, s: StreamId, f: FlatMapFn) -> StreamId {
        self.per_rdd("flatMap", s, move |r| r.flat_map(&f))
    }
    pub fn filter(&mut self, s: StreamId, f: FilterFn) -> StreamId {
        self.per_rdd("filter", s, move |r| r.filter(&f))
    }
    /// `mapPartitions(f, preservesPartitioning)` and `mapPartitionsWithIndex`.
    pub fn map_partitions(&mut self, s: StreamId, f: PartitionFn, preserves: bool) -> StreamId {
        self.per_rdd("mapPartitions", s, move |r| r.map_partitions(&f, preserves))
    }
    pub fn glom(&mut self, s: StreamId) -> StreamId {
        self.per_rdd("glom", s, |r| Ok(r.glom()))
    }
    pub fn map_values(&mut self, s: StreamId, f: MapFn) -> StreamId {
        self.per_rdd("mapValues", s, move |r| r.map_values(&f))
    }
    pub fn flat_map_values(&mut self, s: StreamId, f: FlatMapFn) -> StreamId {
        self.per_rdd("flatMapValues", s, move |r| r.flat_map_values(&f))
    }
    /// Notes that stream `id`'s RDDs may be a repartition's output (a `transform` that
    /// returned one): `cell` holds the last such RDD and its batches.
    pub fn note_reshuffled(&mut self, id: StreamId, cell: Reshuffled) {
        self.reshuffles.insert(id.0, cell);
    }

    /// `repartition(n)`: batches of ten records dealt out; over another `repartition`'s
    /// RDD, which PySpark does not reserialize, that shuffle's batches move whole.
    pub fn repartition(&mut self, s: StreamId, n: usize) -> StreamId {
        self.repartition_after(s, n, true)
    }

    /// [`Graph::repartition`]; `folded`: PySpark folds this transform into its parent's
    /// (a `TransformedDStream` neither cached nor checkpointed), so a `repartition` there
    /// hands its RDD on unreserialized. Else the parent's RDD is read afresh.
    pub fn repartition_after(&mut self, s: StreamId, n: usize, folded: bool) -> StreamId {
        let parent = self.reshuffles.get(&s.0).filter(|_| folded).cloned();
        let made: Reshuffled = Shared::default();
        let mine = made.clone();
        let f: TransformFn = Shared::new(move |_, rdds| {
            let Some(r) = &rdds[0] else {
                return Ok(None);
            };
            let runs = parent.as_ref().and_then(|p| match &*p.borrow() {
                Some((out, runs)) if Shared::ptr_eq(out, r) => Some(runs.clone()),
                _ => None,
            });
            let (rdd, runs) = r.repartition_runs(n, runs.as_deref());
            let out = Shared::new(rdd);
            *mine.borrow_mut() = Some((out.clone(), runs));
            Ok(Some(out))
        });
        let id = self.transform("repartition", vec![s], f);
        self.reshuffles.insert(id.0, made);
        id
    }
    /// `partitionBy(n, partitionFunc)`; `func` is `(identity, f)` of a user function.
    pub fn partition_by(
        &mut self,
        s: StreamId,
        n: NumPartitions,
        func: Option<(u64, MapFn)>,
    ) -> StreamId {
        let placement = Placement::from_fn(self.parallelism(n), func);
        self.per_rdd("partitionBy", s, move |r| r.partition_by(&placement))
    }
    pub fn reduce_by_key(&mut self, s: StreamId, f: ReduceFn, n: NumPartitions) -> StreamId {
        let placement = Placement::hash(self.parallelism(n));
        self.per_rdd("reduceByKey", s, move |r| r.reduce_by_key(&f, &placement))
    }
    pub fn combine_by_key(
        &mut self,
        s: StreamId,
        create: MapFn,
        merge_value: ReduceFn,
        merge: ReduceFn,
        n: NumPartitions,
    ) -> StreamId {
        let placement = Placement::hash(self.parallelism(n));
        self.per_rdd("combineByKey", s, move |r| {
            r.combine_by_key(&create, &merge_value, &merge, &placement)
        })
    }
    pub fn group_by_key(&mut self, s: StreamId, n: NumPartitions) -> StreamId {
        let placement = Placement::hash(self.parallelism(n));
        self.per_rdd("groupByKey", s, move |r| r.group_by_key(&placement))
    }

    /// `reduce(f)`: `map(x -> (None, x)).reduceByKey(f, 1).map(kv -> kv[1])`, so one
    /// partition, empty when the batch is.
    pub fn reduce(&mut self, s: StreamId, f: ReduceFn) -> StreamId {
        let placement = Placement::hash(1);
        self.per_rdd("reduce", s, move |r| {
            let keyed = r.map(&map_fn(|x| Ok(Value::pair(Value::None, x))))?;
            keyed.reduce_by_key(&f, &placement)?.values()
        })
    }

    /// `count()`: per-partition counts reduced with `+`: one record, or none when the batch
    /// had no partitions at all (the goldens' zero-partition case).
    pub fn count(&mut self, s: StreamId) -> StreamId {
        let counts: PartitionFn = Shared::new(|_, p| Ok(vec![Value::Int(p.len() as i64)]));
        let counted = self.map_partitions(s, counts, false);
        self.reduce(counted, add())
    }

    /// `countByValue()`: `map(x -> (x, 1)).reduceByKey(+)`.
    pub fn count_by_value(&mut self, s: StreamId, n: NumPartitions) -> StreamId {
        let ones = self.map(s, map_fn(|x| Ok(Value::pair(x, Value::Int(1)))));
        self.reduce_by_key(ones, add(), n)
    }

    /// `transformWith`-based binary operators: `union`, the joins, `cogroup`.
    pub fn union(&mut self, a: StreamId, b: StreamId) -> Result<StreamId> {
        self.check_same_slide(a, b)?;
        Ok(self.binary("union", a, b, |x, y| {
            Ok(Rdd::union(&[x.clone(), y.clone()]))
        }))
    }
    /// `ssc.union(*streams)`: Spark's `UnionDStream` over all of them, one `sc.union`
    /// of their RDDs per batch.
    pub fn union_all(&mut self, streams: &[StreamId]) -> Result<StreamId> {
        for s in streams {
            self.check_same_slide(streams[0], *s)?;
        }
        let f: TransformFn = Shared::new(|_, rdds| {
            let rdds: Option<Vec<RddRef>> = rdds.iter().cloned().collect();
            Ok(rdds.map(|r| Shared::new(Rdd::union(&r))))
        });
        Ok(self.transform("union", streams.to_vec(), f))
    }
    pub fn join(
        &mut self,
        a: StreamId,
        b: StreamId,
        kind: JoinKind,
        n: NumPartitions,
    ) -> Result<StreamId> {
        self.check_same_slide(a, b)?;
        let placement = Placement::hash(self.parallelism(n));
        let name = match kind {
            JoinKind::Inner => "join",
            JoinKind::LeftOuter => "leftOuterJoin",
            JoinKind::RightOuter => "rightOuterJoin",
            JoinKind::FullOuter => "fullOuterJoin",
        };
        let read = self.both_read_by_python(a, b);
        Ok(self.binary(name, a, b, move |x, y| {
            let (x, y) = read(x, y);
            x.join(&y, kind, &placement)
        }))
    }
    pub fn cogroup(&mut self, a: StreamId, b: StreamId, n: NumPartitions) -> Result<StreamId> {
        self.check_same_slide(a, b)?;
        let placement = Placement::hash(self.parallelism(n));
        let read = self.both_read_by_python(a, b);
        Ok(self.binary("cogroup", a, b, move |x, y| {
            let (x, y) = read(x, y);
            Rdd::cogroup(&[x, y], &placement)
        }))
    }

    /// How the tagging steps of a join of streams `a` and `b` (PySpark's
    /// `transformWith`, whose function gets JVM RDDs) read their batches: through pickle
    /// where a Python stage wrote them.
    fn both_read_by_python(
        &self,
        a: StreamId,
        b: StreamId,
    ) -> impl Fn(&RddRef, &RddRef) -> (RddRef, RddRef) + 'static {
        let (fa, fb) = (self.records_from_python(a), self.records_from_python(b));
        move |x, y| (wrapped(x, fa), wrapped(y, fb))
    }

    fn binary(
        &mut self,
        name: &str,
        a: StreamId,
        b: StreamId,
        f: impl Fn(&RddRef, &RddRef) -> Result<Rdd> + 'static,
    ) -> StreamId {
        let f: TransformFn = Shared::new(move |_, rdds| match (&rdds[0], &rdds[1]) {
            (Some(x), Some(y)) => Ok(Some(Shared::new(f(x, y)?))),
            _ => Ok(None),
        });
        self.transform(name, vec![a, b], f)
    }

    fn check_same_slide(&self, a: StreamId, b: StreamId) -> Result<()> {
        if self.slide_ms(a) != self.slide_ms(b) {
            return Err(Error::value_error(
                "the two DStream should have same slide duration",
            ));
        }
        Ok(())
    }

    /// `window(windowDuration, slideDuration)`; both multiples of the parent's slide.
    pub fn window(
        &mut self,
        s: StreamId,
        window_ms: i64,
        slide_ms: Option<i64>,
    ) -> Result<StreamId> {
        let slide_ms = slide_ms.unwrap_or(self.slide_ms(s));
        self.check_window(s, window_ms, slide_ms)?;
        Ok(self.add(
            "window",
            Kind::Window {
                parent: s,
                window_ms,
            },
            slide_ms,
        ))
    }

    /// PySpark's `_validate_window_param`.
    pub fn check_window(&self, s: StreamId, window_ms: i64, slide_ms: i64) -> Result<()> {
        let d = self.slide_ms(s);
        if window_ms <= 0 || window_ms % d != 0 {
            return Err(Error::value_error(format!(
                "windowDuration must be multiple of the parent dstream's slide (batch) duration ({d} ms)"
            )));
        }
        if slide_ms <= 0 || slide_ms % d != 0 {
            return Err(Error::value_error(format!(
                "slideDuration must be multiple of the parent dstream's slide (batch) duration ({d} ms)"
            )));
        }
        Ok(())
    }

    /// `reduceByKeyAndWindow(func, invFunc, window, slide, numPartitions, filterFunc)`.
    ///
    /// Without `invFunc`: `reduceByKey` per batch, `window`, `reduceByKey` again (and
    /// `filterFunc` is ignored, as in PySpark). With it: Spark's incremental
    /// `PythonReducedWindowedDStream`, which keeps keys whose value fell to zero.
    #[allow(clippy::too_many_arguments)]
    pub fn reduce_by_key_and_window(
        &mut self,
        s: StreamId,
        f: ReduceFn,
        inverse: Option<ReduceFn>,
        window_ms: i64,
        slide_ms: Option<i64>,
        n: NumPartitions,
        filter: Option<FilterFn>,
    ) -> Result<StreamId> {
        let reduced = self.reduce_by_key(s, f.clone(), n);
        self.reduced_window(reduced, f, inverse, window_ms, slide_ms, n, filter)
    }

    /// The window of [`Graph::reduce_by_key_and_window`] over `reduced`, the parent's
    /// batches already reduced by key with `f` (a front end may have computed them its
    /// own way, e.g. fused with the steps before).
    #[allow(clippy::too_many_arguments)]
    pub fn reduced_window(
        &mut self,
        reduced: StreamId,
        f: ReduceFn,
        inverse: Option<ReduceFn>,
        window_ms: i64,
        slide_ms: Option<i64>,
        n: NumPartitions,
        filter: Option<FilterFn>,
    ) -> Result<StreamId> {
        let placement = Placement::hash(self.parallelism(n));
        let Some(inverse) = inverse else {
            let windowed = self.window(reduced, window_ms, slide_ms)?;
            return Ok(self.reduce_by_key(windowed, f, n));
        };
        let by_key = placement.clone();
        let step = WindowOps {
            reduce: Shared::new(move |r: &Rdd| r.reduce_by_key(&f, &by_key)),
            keep: filter.map(|keep| -> RddKeep { Shared::new(move |r: Rdd| r.filter(&keep)) }),
            invert: Shared::new(move |joined: &Rdd| {
                let inv = inverse.clone();
                joined.map_values(&map_fn(move |kv| {
                    let (old, removed) = kv.as_pair()?;
                    if matches!(removed, Value::None) {
                        Ok(old)
                    } else {
                        inv(old, removed)
                    }
                }))
            }),
            placement,
        };
        let (reduce, inverse) = step.steps();
        self.reduced_window_steps(reduced, window_ms, slide_ms, reduce, inverse)
    }

    /// Spark's incremental `PythonReducedWindowedDStream` over `reduced` with its two
    /// steps as a front end builds them: `reduce(previous, new)` adds a batch's reduced
    /// RDD, `inverse(previous, old)` takes one out (see [`Graph::reduced_window`]).
    pub fn reduced_window_steps(
        &mut self,
        reduced: StreamId,
        window_ms: i64,
        slide_ms: Option<i64>,
        reduce: WindowStepFn,
        inverse: WindowStepFn,
    ) -> Result<StreamId> {
        let slide_ms = slide_ms.unwrap_or(self.slide_ms(reduced));
        self.check_window(reduced, window_ms, slide_ms)?;
        let kind = Kind::ReducedWindow {
            parent: reduced,
            window_ms,
            reduce,
            inverse: Some(inverse),
            previous: None,
        };
        Ok(self.add("reduceByKeyAndWindow", kind, slide_ms))
    }

    /// `reduceByWindow(f, invFunc, window, slide)`: keyed by 1 into one partition.
    pub fn reduce_by_window(
        &mut self,
        s: StreamId,
        f: ReduceFn,
        inverse: Option<ReduceFn>,
        window_ms: i64,
        slide_ms: i64,
    ) -> Result<StreamId> {
        let keyed = self.map(s, map_fn(|x| Ok(Value::pair(Value::Int(1), x))));
        let reduced = self.reduce_by_key_and_window(
            keyed,
            f,
            inverse,
            window_ms,
            Some(slide_ms),
            Some(1),
            None,
        )?;
        Ok(self.map(reduced, map_fn(|kv| Ok(kv.as_pair()?.1))))
    }

    /// `countByWindow(window, slide)`: `map(x -> 1).reduceByWindow(+, -)`.
    pub fn count_by_window(
        &mut self,
        s: StreamId,
        window_ms: i64,
        slide_ms: i64,
    ) -> Result<StreamId> {
        let ones = self.map(s, map_fn(|_| Ok(Value::Int(1))));
        self.reduce_by_window(ones, add(), Some(sub()), window_ms, slide_ms)
    }

    /// `countByValueAndWindow(window, slide, n)`: counts with `+`/`-`, zero counts dropped.
    pub fn count_by_value_and_window(
        &mut self,
        s: StreamId,
        window_ms: i64,
        slide_ms: Option<i64>,
        n: NumPartitions,
    ) -> Result<StreamId> {
        let keyed = self.map(s, map_fn(|x| Ok(Value::pair(x, Value::Int(1)))));
        let counted =
            self.reduce_by_key_and_window(keyed, add(), Some(sub()), window_ms, slide_ms, n, None)?;
        let positive: FilterFn =
            Shared::new(|kv| Ok(kv.as_pair()?.1.py_cmp(&Value::Int(0))?.is_gt()));
        Ok(self.filter(counted, positive))
    }

    /// `groupByKeyAndWindow(window, slide, n)`: lists concatenated, and cut from the front
    /// by the inverse.
    pub fn group_by_key_and_window(
        &mut self,
        s: StreamId,
        window_ms: i64,
        slide_ms: Option<i64>,
        n: NumPartitions,
    ) -> Result<StreamId> {
        let lists = self.map_values(s, map_fn(|x| Ok(Value::list(vec![x]))));
        let concat = reduce_fn(|a, b| a.binop(BinOp::Add, &b));
        let drop_front = reduce_fn(|a, b| {
            let (Value::List(a), Value::List(b)) = (&a, &b) else {
                return Err(Error::type_error("groupByKeyAndWindow expects lists"));
            };
            let cut = b.borrow()?.len();
            Ok(Value::list(a.borrow()?.iter().skip(cut).cloned().collect()))
        });
        let grouped = self.reduce_by_key_and_window(
            lists,
            concat,
            Some(drop_front),
            window_ms,
            slide_ms,
            n,
            None,
        )?;
        let as_iterable = map_fn(|v| match v {
            Value::List(l) => Ok(Value::object(crate::rdd::ResultIterable {
                values: l.borrow()?.clone(),
            })),
            other => Ok(other),
        });
        Ok(self.map_values(grouped, as_iterable))
    }

    /// `updateStateByKey(updateFunc, n, initialRDD)`: every key of the state and of the
    /// batch gets `updateFunc(newValues, oldState)` every batch; `None` removes the key.
    pub fn update_state_by_key(
        &mut self,
        s: StreamId,
        update: ReduceFn,
        n: NumPartitions,
        initial: Option<RddRef>,
    ) -> StreamId {
        let task: PartitionFn = Shared::new(move |_, records| {
            records
                .into_iter()
                .map(|kv| {
                    let (k, vs) = kv.as_pair()?;
                    let (values, old) = vs.as_pair()?;
                    Ok(Value::pair(k, update(values, old)?))
                })
                .collect()
        });
        self.update_state_by_key_tasks(s, task, n, initial)
    }

    /// [`Graph::update_state_by_key`] with `update` as the task over one partition: its
    /// `(key, (newValues, oldState))` records to `(key, newState)` (PySpark's `mapValues`
    /// over the cogrouped RDD), so a front end can give each task its own function.
    pub fn update_state_by_key_tasks(
        &mut self,
        s: StreamId,
        update: PartitionFn,
        n: NumPartitions,
        initial: Option<RddRef>,
    ) -> StreamId {
        let placement = Placement::hash(self.parallelism(n));
        // PySpark's `reduceFunc(t, a, b)` gets both as JVM RDDs, so its Python tasks read
        // them through pickle (sets rebuilt each time): the batch (when a Python stage
        // wrote it) by `partitionBy`'s map side, the state by the cogroup's tagging step
        // (see `Graph::compute_state`); the cogroup reads its union again.
        let batch_from_python = self.records_from_python(s);
        let step: WindowStepFn = Shared::new(move |state, batch| {
            let batch = wrapped(&batch, batch_from_python);
            let grouped = match state {
                None => batch.group_by_key(&placement)?.map_values(&map_fn(|vs| {
                    Ok(Value::pair(iterable_list(&vs)?, Value::None))
                }))?,
                Some(state) => {
                    let placed = Shared::new(batch.partition_by(&placement)?);
                    // Read by `compute_state` already.
                    let state = wrapped(&state, false);
                    let co = Rdd::cogroup(&[state, placed], &placement)?;
                    co.map_values(&map_fn(|ab| {
                        let Value::Tuple(sides) = &ab else {
                            return Err(Error::type_error("cogroup result"));
                        };
                        let old = sides[0]
                            .downcast::<crate::rdd::ResultIterable>()
                            .and_then(|r| r.values.first().cloned());
                        Ok(Value::pair(
                            iterable_list(&sides[1])?,
                            old.unwrap_or(Value::None),
                        ))
                    }))?
                }
            };
            let updated = grouped.map_partitions(&update, true)?;
            let present: FilterFn = Shared::new(|kv| Ok(!matches!(kv.as_pair()?.1, Value::None)));
            Ok(Shared::new(updated.filter(&present)?))
        });
        let slide = self.slide_ms(s);
        self.add(
            "updateStateByKey",
            Kind::State {
                parent: s,
                step,
                initial,
                state: None,
                failed: None,
            },
            slide,
        )
    }
}

/// A JVM RDD as PySpark wraps it for a function of the driver (`RDD(jrdd)`): with no
/// partitioner on the Python side (so a `partitionBy` or `groupByKey` over it shuffles),
/// its records read through pickle by a Python task when `from_python` (a Python stage
/// wrote them: see [`Rdd::read_by_python`]).
fn wrapped(rdd: &RddRef, from_python: bool) -> RddRef {
    let read = from_python.then(|| rdd.read_by_python()).flatten();
    let mut r = read.unwrap_or_else(|| rdd.as_ref().clone());
    r.partitioner = None;
    Shared::new(r)
}

/// `list(iterable)` of a `ResultIterable`.
fn iterable_list(v: &Value) -> Result<Value> {
    match v.downcast::<crate::rdd::ResultIterable>() {
        Some(r) => Ok(Value::list(r.values.clone())),
        None => Err(Error::type_error("expected grouped values")),
    }
}

/// `operator.add`.
fn add() -> ReduceFn {
    reduce_fn(|a, b| a.binop(BinOp::Add, &b))
}

/// `operator.sub`.
fn sub() -> ReduceFn {
    reduce_fn(|a, b| a.binop(BinOp::Sub, &b))
}

/// A whole-RDD step of [`WindowOps`].
pub type RddStep = Shared<dyn Fn(&Rdd) -> Result<Rdd>>;
/// `filterFunc` over a window, in [`WindowOps`].
pub type RddKeep = Shared<dyn Fn(Rdd) -> Result<Rdd>>;

/// How an incremental reduced window reduces, keeps and takes values out, for
/// [`WindowOps::steps`]: the core's closures or a front end's tasks.
pub struct WindowOps {
    /// `reduceByKey` of one RDD.
    pub reduce: RddStep,
    /// `filterFunc` over the new window, if any.
    pub keep: Option<RddKeep>,
    /// `invFunc` over the previous window left-outer-joined with the batch leaving it:
    /// `(k, (old, removed))` to `(k, value)`, `removed` being `None` where the key left
    /// nothing.
    pub invert: RddStep,
    /// The window's partitioning (the join's).
    pub placement: Placement,
}

impl WindowOps {
    /// The two steps of Spark's `PythonReducedWindowedDStream`: `reduce(previous, new)`
    /// reduces the new batch and merges it into the previous window; `inverse(previous,
    /// old)` reduces the batch leaving and takes it out (see [`Graph::reduced_window_steps`]).
    pub fn steps(self) -> (WindowStepFn, WindowStepFn) {
        let WindowOps {
            reduce,
            keep,
            invert,
            placement,
        } = self;
        // PySpark's `reduceFunc(t, a, b)` and `invReduceFunc(t, a, b)` get the last
        // window and the union of the batches coming in or going out as JVM RDDs: their
        // Python tasks read them through pickle, with no partitioner (see [`wrapped`]).
        let reduce2 = reduce.clone();
        let merge: WindowStepFn = Shared::new(move |a, b| {
            let b = reduce(&wrapped(&b, true))?;
            let r = match a {
                Some(a) => reduce(&wrapped(
                    &Shared::new(Rdd::union(&[a, Shared::new(b)])),
                    true,
                ))?,
                None => b,
            };
            Ok(Shared::new(match &keep {
                Some(keep) => keep(r)?,
                None => r,
            }))
        });
        let inverse: WindowStepFn = Shared::new(move |a, b| {
            let b = Shared::new(reduce2(&wrapped(&b, true))?);
            let a = a.map_or_else(|| Shared::new(Rdd::empty()), |a| wrapped(&a, true));
            Ok(Shared::new(invert(&a.join(
                &b,
                JoinKind::LeftOuter,
                &placement,
            )?)?))
        });
        (merge, inverse)
    }
}
