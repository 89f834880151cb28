//! Engine microbenchmarks (`cargo bench -p runnel_core`): plain `Instant` loops, no harness.
//!
//! - the engine time of an empty batch: `Graph::run_batch` on a dry `queueStream` (one
//!   empty partition, as Spark's default RDD) with one output (target ≤ 10 µs);
//! - a windowed word count with the inverse function (`reduceByKeyAndWindow(+, -)`):
//!   time per slide at steady state for a window of 10 vs 100 batches (target: ratio ≤ 1.2).
//!
//! `cargo bench -p runnel_core --bench engine -- quick` runs smaller sizes.

use runnel_core::rdd::{Rdd, RddRef};
use runnel_core::stream::{Graph, GraphConfig};
use runnel_core::time::Time;
use runnel_core::udf::reduce_fn;
use runnel_core::value::{BinOp, Shared, Value};
use std::cell::Cell;
use std::rc::Rc;

/// This thread's CPU time in seconds. The machine is shared, so the benchmarks count the
/// CPU time the engine used rather than the wall-clock time, which other processes inflate.
fn cpu_now() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we pass.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn empty_batch(batches: i64) -> f64 {
    let mut g = Graph::new(GraphConfig::default());
    let q = g.queue_stream(Vec::new(), true, None);
    let seen = Rc::new(Cell::new(0usize));
    let s = seen.clone();
    g.add_output(
        q,
        Shared::new(move |_, rdd: &RddRef| {
            s.set(s.get() + rdd.len() + 1);
            Ok(())
        }),
    );
    g.start(Time(0)).unwrap();
    // Warm up, then time.
    for k in 1..=1000 {
        g.run_batch(g.batch_time(k)).unwrap();
    }
    let t0 = cpu_now();
    for k in 1001..=1000 + batches {
        g.run_batch(g.batch_time(k)).unwrap();
    }
    let per = (cpu_now() - t0) / batches as f64;
    assert!(seen.get() as i64 >= batches);
    per
}

/// SplitMix64, as the data generator uses.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Batches of `(word, 1)` pairs, words Zipf-distributed over `vocabulary`, two partitions.
fn word_batches(batches: usize, pairs: usize, vocabulary: usize) -> Vec<RddRef> {
    let words: Vec<Value> = (0..vocabulary)
        .map(|i| Value::str(&format!("w{i}")))
        .collect();
    let mut cdf = Vec::with_capacity(vocabulary);
    let mut total = 0.0;
    for r in 1..=vocabulary {
        total += 1.0 / r as f64;
        cdf.push(total);
    }
    let mut rng = Rng(7);
    (0..batches)
        .map(|_| {
            let mut parts: Vec<Vec<Value>> =
                (0..2).map(|_| Vec::with_capacity(pairs / 2)).collect();
            for i in 0..pairs {
                let u = (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * total;
                let r = cdf.partition_point(|&c| c <= u).min(vocabulary - 1);
                parts[i % 2].push(Value::pair(words[r].clone(), Value::Int(1)));
            }
            Shared::new(Rdd::new(parts))
        })
        .collect()
}

/// Median time per slide over the last `measured` slides of a `window`-batch window.
fn windowed_count(window: i64, measured: usize, pairs: usize, vocabulary: usize) -> (f64, usize) {
    let batches = window as usize + measured;
    let mut g = Graph::new(GraphConfig::default());
    let q = g.queue_stream(word_batches(batches, pairs, vocabulary), true, None);
    let add = reduce_fn(|a, b| a.binop(BinOp::Add, &b));
    let sub = reduce_fn(|a, b| a.binop(BinOp::Sub, &b));
    let ms = g.config.batch_ms;
    let counts = g
        .reduce_by_key_and_window(q, add, Some(sub), window * ms, Some(ms), None, None)
        .unwrap();
    let keys = Rc::new(Cell::new(0usize));
    let k2 = keys.clone();
    g.add_output(
        counts,
        Shared::new(move |_, rdd: &RddRef| {
            k2.set(rdd.len());
            Ok(())
        }),
    );
    g.start(Time(0)).unwrap();
    let mut times = Vec::with_capacity(batches);
    for k in 1..=batches as i64 {
        let t0 = cpu_now();
        g.run_batch(g.batch_time(k)).unwrap();
        times.push(cpu_now() - t0);
    }
    let mut tail = times[times.len() - measured..].to_vec();
    tail.sort_by(f64::total_cmp);
    (tail[tail.len() / 2], keys.get())
}

fn main() {
    let quick = std::env::args().any(|a| a == "quick");
    if let Some(w) =
        std::env::args().find_map(|a| a.strip_prefix("only-window=").map(str::to_string))
    {
        // For profiling one configuration: only-window=WINDOW,VOCABULARY
        let (w, v) = w.split_once(',').expect("only-window=WINDOW,VOCABULARY");
        let (t, k) = windowed_count(w.parse().unwrap(), 15, 20_000, v.parse().unwrap());
        println!(
            "window {w}, {v} words: {:.2} ms per slide, {k} keys",
            t * 1e3
        );
        return;
    }
    let (empty_n, pairs, measured) = if quick {
        (20_000, 5_000, 5)
    } else {
        (200_000, 20_000, 15)
    };
    let e = empty_batch(empty_n);
    println!(
        "empty batch (dry queueStream + one output): {:.2} µs of engine CPU time per batch (target ≤ 10 µs)",
        e * 1e6
    );
    // With 50,000 Zipf words the window of 100 batches has seen more distinct keys than the
    // window of 10 (keys whose count fell to zero stay, as in Spark), so its state is
    // larger; with 2,000 words both windows hold every word, which isolates the window's
    // length.
    for vocabulary in [50_000, 2_000] {
        println!(
            "windowed count with inverse, {pairs} (word, 1) pairs per batch over {vocabulary} Zipf words, median of the last {measured} slides:"
        );
        let (w10, k10) = windowed_count(10, measured, pairs, vocabulary);
        println!(
            "  window  10 batches: {:8.2} ms per slide ({k10} keys in the window's state)",
            w10 * 1e3
        );
        let (w100, k100) = windowed_count(100, measured, pairs, vocabulary);
        println!(
            "  window 100 batches: {:8.2} ms per slide ({k100} keys in the window's state)",
            w100 * 1e3
        );
        println!("  ratio 100 / 10: {:.2} (target ≤ 1.2)", w100 / w10);
    }
}
