//! Calls per second of typical UDFs through `Interpreter::call` (what the engine does per
//! record). Run: `cargo bench -p runnel_python --bench udf`.

use runnel_core::Value;
use runnel_python::{Args, Config, Host, Interpreter};
use std::rc::Rc;
use std::time::Instant;

struct Quiet;

impl Host for Quiet {
    fn stdout(&self, _: &str) {}
    fn stderr(&self, _: &str) {}
    fn now_millis(&self) -> i64 {
        0
    }
}

fn bench(interp: &Interpreter, name: &str, f: &Value, make_args: impl Fn(usize) -> Vec<Value>) {
    // Best of several rounds: the machine is shared, the minimum is the least disturbed.
    let n = 300_000;
    let args: Vec<Vec<Value>> = (0..1000).map(&make_args).collect();
    let mut secs = f64::MAX;
    for _ in 0..7 {
        let start = Instant::now();
        for i in 0..n {
            let a = Args::new(args[i % 1000].clone());
            std::hint::black_box(interp.call(f, a).expect("call"));
        }
        secs = secs.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{name:<32} {:>12.0} calls/s  ({:.0} ns/call)",
        n as f64 / secs,
        secs * 1e9 / n as f64
    );
}

fn main() {
    let config = Config {
        step_budget: 10_000_000,
        max_collection_len: 10_000_000,
        filename: "bench.py".into(),
    };
    let interp = Interpreter::new(config, Rc::new(Quiet));
    interp
        .run_module("pair = lambda w: (w, 1)\nadd = lambda a, b: a + b\nsplit = lambda line: line.split(\" \")\n")
        .expect("compiles");
    let get = |n: &str| interp.get_global(n).expect("defined");
    bench(&interp, "lambda w: (w, 1)", &get("pair"), |i| {
        vec![Value::str(&format!("w{i}"))]
    });
    bench(&interp, "lambda a, b: a + b", &get("add"), |i| {
        vec![Value::Int(i as i64), Value::Int(1)]
    });
    bench(
        &interp,
        "lambda line: line.split(\" \")",
        &get("split"),
        |_| vec![Value::str("el sol sale por el este cada dia")],
    );
}
