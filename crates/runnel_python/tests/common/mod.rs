//! A host that captures output, for tests.

#![allow(dead_code)]

use runnel_python::{Config, Host, Interpreter};
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Default)]
pub struct Capture {
    pub out: RefCell<String>,
    pub err: RefCell<String>,
}

impl Host for Capture {
    fn stdout(&self, text: &str) {
        self.out.borrow_mut().push_str(text);
    }
    fn stderr(&self, text: &str) {
        self.err.borrow_mut().push_str(text);
    }
    fn now_millis(&self) -> i64 {
        1_700_000_000_000
    }
}

pub fn interp_with(budget: u64, max_len: usize) -> (Rc<Interpreter>, Rc<Capture>) {
    let host = Rc::new(Capture::default());
    let config = Config {
        step_budget: budget,
        max_collection_len: max_len,
        filename: "prog.py".into(),
    };
    (Interpreter::new(config, host.clone()), host)
}

pub fn interp() -> (Rc<Interpreter>, Rc<Capture>) {
    interp_with(10_000_000, 1_000_000)
}
