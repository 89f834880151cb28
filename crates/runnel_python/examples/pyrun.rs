//! Dev tool: runs plain Python programs through Runnel's interpreter, for differential
//! checks against CPython (tools/fuzz/py_fuzz.py).
//!
//! ```text
//! cargo run -p runnel_python --example pyrun -- prog.py             # output on stdout
//! cargo run -p runnel_python --example pyrun -- --out DIR a.py b.py   # DIR/a.got, DIR/b.got
//! ```
//! An uncaught exception ends the output with its last traceback line, as in
//! tests/cases.rs; a panic (a bug: user code must never panic the interpreter) ends it
//! with a `PANIC:` line.

use runnel_python::{Config, Host, Interpreter};
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

#[derive(Default)]
struct Capture {
    out: RefCell<String>,
}

impl Host for Capture {
    fn stdout(&self, text: &str) {
        self.out.borrow_mut().push_str(text);
    }
    fn stderr(&self, _text: &str) {}
    fn now_millis(&self) -> i64 {
        1_700_000_000_000
    }
}

fn run_file(path: &Path) -> String {
    let src = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => return format!("CANNOT READ: {e}\n"),
    };
    let host = Rc::new(Capture::default());
    let config = Config {
        step_budget: 10_000_000,
        max_collection_len: 1_000_000,
        filename: "prog.py".into(),
    };
    let interp = Interpreter::new(config, host.clone());
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| interp.run_module(&src)));
    let mut got = host.out.borrow().clone();
    match result {
        Ok(Ok(())) => {}
        Ok(Err(d)) => got.push_str(&format!("{}\n", d.summary())),
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            got.push_str(&format!("PANIC: {msg}\n"));
        }
    }
    got
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let out_dir = match args.iter().position(|a| a == "--out") {
        Some(i) if i + 1 < args.len() => {
            let d = PathBuf::from(args.remove(i + 1));
            args.remove(i);
            Some(d)
        }
        _ => None,
    };
    // A big stack, as the CLI gives the program: room for CPython's recursion depth.
    let worker = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            std::panic::set_hook(Box::new(|_| {}));
            for a in &args {
                let path = Path::new(a);
                let got = run_file(path);
                match &out_dir {
                    Some(d) => {
                        let stem = path.file_stem().unwrap_or_default().to_string_lossy();
                        let dest = d.join(format!("{stem}.got"));
                        if let Err(e) = std::fs::write(&dest, got) {
                            eprintln!("pyrun: cannot write {}: {e}", dest.display());
                        }
                    }
                    None => print!("{got}"),
                }
            }
        })
        .expect("thread");
    let _ = worker.join();
}
