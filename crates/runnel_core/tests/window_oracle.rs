//! Oracle tests: incremental windowed results equal a from-scratch recompute over the same
//! random input.

use runnel_core::rdd::{Rdd, RddRef};
use runnel_core::stream::{Graph, GraphConfig, StreamId};
use runnel_core::time::Time;
use runnel_core::udf::reduce_fn;
use runnel_core::value::{BinOp, Shared};
use runnel_core::Value;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn random_batches(seed: u64, batches: usize) -> Vec<RddRef> {
    let mut rng = Rng(seed);
    (0..batches)
        .map(|_| {
            let parts = (rng.next() % 3) as usize;
            let partitions = (0..parts)
                .map(|_| {
                    let n = rng.next() % 6;
                    (0..n)
                        .map(|_| {
                            Value::pair(
                                Value::str(&format!("k{}", rng.next() % 5)),
                                Value::Int((rng.next() % 10) as i64),
                            )
                        })
                        .collect()
                })
                .collect();
            Shared::new(Rdd::new(partitions))
        })
        .collect()
}

type Seen = Rc<RefCell<BTreeMap<i64, BTreeMap<String, i64>>>>;

fn capture(graph: &mut Graph, stream: StreamId) -> Seen {
    let seen: Seen = Rc::default();
    let sink = seen.clone();
    graph.add_output(
        stream,
        Shared::new(move |t: Time, rdd: &RddRef| {
            let mut m = BTreeMap::new();
            for kv in rdd.iter() {
                let (k, v) = kv.as_pair()?;
                let Value::Int(v) = v else {
                    panic!("int values")
                };
                assert!(
                    m.insert(k.to_str(), v).is_none(),
                    "a key appears once per window"
                );
            }
            sink.borrow_mut().insert(t.0, m);
            Ok(())
        }),
    );
    seen
}

#[test]
fn inverse_window_reduce_equals_recompute() {
    for seed in 1..=20u64 {
        for (window, slide) in [(5, 1), (6, 2), (10, 1), (4, 2)] {
            let mut g = Graph::new(GraphConfig::default());
            let input = g.queue_stream(random_batches(seed, 24), true, None);
            let add = reduce_fn(|a, b| a.binop(BinOp::Add, &b));
            let sub = reduce_fn(|a, b| a.binop(BinOp::Sub, &b));
            let inc = g
                .reduce_by_key_and_window(
                    input,
                    add.clone(),
                    Some(sub),
                    window * 1000,
                    Some(slide * 1000),
                    None,
                    None,
                )
                .unwrap();
            let full = g
                .reduce_by_key_and_window(
                    input,
                    add,
                    None,
                    window * 1000,
                    Some(slide * 1000),
                    None,
                    None,
                )
                .unwrap();
            let (a, b) = (capture(&mut g, inc), capture(&mut g, full));
            g.start(Time(0)).unwrap();
            for k in 1..=24 {
                g.run_batch(g.batch_time(k)).unwrap();
            }
            let a = a.borrow();
            assert!(!a.is_empty());
            for (t, expected) in b.borrow().iter() {
                // The incremental form keeps keys whose value fell to zero, as Spark's does.
                let got: BTreeMap<String, i64> = a[t]
                    .iter()
                    .filter(|(_, v)| **v != 0)
                    .map(|(k, v)| (k.clone(), *v))
                    .collect();
                let want: BTreeMap<String, i64> = expected
                    .iter()
                    .filter(|(_, v)| **v != 0)
                    .map(|(k, v)| (k.clone(), *v))
                    .collect();
                assert_eq!(
                    got, want,
                    "seed {seed}, window {window}, slide {slide}, time {t}"
                );
            }
        }
    }
}

#[test]
fn window_holds_exactly_the_batches_inside_it() {
    let mut g = Graph::new(GraphConfig::default());
    let batches = random_batches(7, 12);
    let input = g.queue_stream(batches.clone(), true, None);
    let win = g.window(input, 3000, Some(2000)).unwrap();
    let seen: Rc<RefCell<Vec<(i64, usize, usize)>>> = Rc::default();
    let sink = seen.clone();
    g.add_output(
        win,
        Shared::new(move |t: Time, r: &RddRef| {
            sink.borrow_mut().push((t.0, r.num_partitions(), r.len()));
            Ok(())
        }),
    );
    g.start(Time(0)).unwrap();
    for k in 1..=12 {
        g.run_batch(g.batch_time(k)).unwrap();
    }
    for (t, parts, len) in seen.borrow().iter() {
        assert_eq!(t % 2000, 0, "a window of slide 2 s fires on even seconds");
        let inside: Vec<&RddRef> = (((t / 1000) - 2).max(1)..=t / 1000)
            .map(|k| &batches[(k - 1) as usize])
            .collect();
        assert_eq!(
            *parts,
            inside.iter().map(|r| r.num_partitions()).sum::<usize>()
        );
        assert_eq!(*len, inside.iter().map(|r| r.len()).sum::<usize>());
    }
}

/// A stream read every batch by an output, and lazily (only at window times) through a map
/// by a window: the map asks for old batches of the queue when the window fires, so those
/// must still be there, and must not be dequeued again.
#[test]
fn lazily_computed_old_batches_find_their_parents() {
    let mut g = Graph::new(GraphConfig::default());
    let batches: Vec<RddRef> = (1..=9)
        .map(|k| Shared::new(Rdd::new(vec![vec![Value::Int(k)]])))
        .collect();
    let input = g.queue_stream(batches, true, None);
    g.add_output(input, Shared::new(|_: Time, _: &RddRef| Ok(())));
    let doubled = g.map(
        input,
        runnel_core::udf::map_fn(|x| x.binop(BinOp::Mul, &Value::Int(2))),
    );
    let win = g.window(doubled, 3000, Some(3000)).unwrap();
    let seen: Rc<RefCell<Vec<Vec<Value>>>> = Rc::default();
    let sink = seen.clone();
    g.add_output(
        win,
        Shared::new(move |_: Time, r: &RddRef| {
            sink.borrow_mut().push(r.collect());
            Ok(())
        }),
    );
    g.start(Time(0)).unwrap();
    for k in 1..=9 {
        g.run_batch(g.batch_time(k)).unwrap();
    }
    let want: Vec<Vec<Value>> = [[2, 4, 6], [8, 10, 12], [14, 16, 18]]
        .iter()
        .map(|w| w.iter().map(|v| Value::Int(*v)).collect())
        .collect();
    let got: Vec<String> = seen.borrow().iter().map(|w| format!("{w:?}")).collect();
    assert_eq!(
        got,
        want.iter().map(|w| format!("{w:?}")).collect::<Vec<_>>()
    );
}

/// Only a window's own parent keeps a window's worth of batches; streams above it that
/// feed it batch by batch let theirs go.
#[test]
fn only_the_windows_parent_keeps_old_batches() {
    let mut g = Graph::new(GraphConfig::default());
    let input = g.queue_stream(random_batches(3, 30), true, None);
    let mapped = g.map(input, runnel_core::udf::map_fn(Ok));
    let win = g.window(mapped, 10_000, Some(1000)).unwrap();
    g.add_output(win, Shared::new(|_: Time, _: &RddRef| Ok(())));
    g.start(Time(0)).unwrap();
    for k in 1..=20 {
        g.run_batch(g.batch_time(k)).unwrap();
    }
    let kept = |s: StreamId| {
        (1..=20)
            .filter(|k| g.generated(s, g.batch_time(*k)).is_some())
            .count()
    };
    assert!(kept(mapped) >= 10, "the window's parent keeps the window");
    assert!(
        kept(input) <= 2,
        "the queue above it does not: {}",
        kept(input)
    );
}

/// A stateful stream read by a per-batch transform keeps its own previous batch (it needs
/// it next time); its history is computed once, so each input batch is counted once.
#[test]
fn state_keeps_its_previous_batch_under_a_transform() {
    let mut g = Graph::new(GraphConfig::default());
    let batches: Vec<RddRef> = (1..=6)
        .map(|k| {
            Shared::new(Rdd::new(vec![vec![Value::pair(
                Value::str("k"),
                Value::Int(k),
            )]]))
        })
        .collect();
    let input = g.queue_stream(batches, true, None);
    let calls = Rc::new(std::cell::Cell::new(0));
    let counter = calls.clone();
    let update = runnel_core::udf::reduce_fn(move |new, old| {
        counter.set(counter.get() + 1);
        let Value::List(new) = new else {
            panic!("a list of new values")
        };
        let sum: i64 = new
            .borrow()?
            .iter()
            .map(|v| if let Value::Int(i) = v { *i } else { 0 })
            .sum();
        Ok(Value::Int(
            sum + if let Value::Int(o) = old { o } else { 0 },
        ))
    });
    let state = g.update_state_by_key(input, update, None, None);
    let shown = g.map(state, runnel_core::udf::map_fn(Ok));
    let seen: Rc<RefCell<Vec<String>>> = Rc::default();
    let sink = seen.clone();
    g.add_output(
        shown,
        Shared::new(move |_: Time, r: &RddRef| {
            sink.borrow_mut().push(format!("{:?}", r.collect()));
            Ok(())
        }),
    );
    g.start(Time(0)).unwrap();
    for k in 1..=8 {
        g.run_batch(g.batch_time(k)).unwrap();
    }
    let want: Vec<String> = [1, 3, 6, 10, 15, 21, 21, 21]
        .iter()
        .map(|s| format!("[('k', {s})]"))
        .collect();
    assert_eq!(*seen.borrow(), want);
    assert_eq!(
        calls.get(),
        8,
        "one update per batch, no recomputed history"
    );
}
