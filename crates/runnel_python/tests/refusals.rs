//! What CPython's standard modules have and Runnel's do not is refused by name, with the
//! line, rather than reported like a typo (or answered differently).

mod common;

fn last_line(src: &str) -> String {
    let (interp, _) = common::interp();
    interp.run_module(src).expect_err("refused").summary()
}

#[test]
fn missing_module_names_are_refused_by_name() {
    assert_eq!(
        last_line("import collections\ncollections.UserDict\n"),
        "AttributeError: 'collections.UserDict' is not supported in Runnel"
    );
    assert_eq!(
        last_line("from statistics import NormalDist\n"),
        "ImportError: 'statistics.NormalDist' is not supported in Runnel"
    );
    // A name CPython does not have either reads as CPython words it.
    assert_eq!(
        last_line("import re\nre.findal\n"),
        "AttributeError: module 're' has no attribute 'findal'"
    );
}

#[test]
fn host_and_libm_functions_are_refused_when_called() {
    let s = last_line("import os\nos.listdir('.')\n");
    assert!(
        s.starts_with("NotImplementedError: os.listdir() is not supported in Runnel"),
        "{s}"
    );
    let s = last_line("import pprint\npprint.pprint([1], depth=1)\n");
    assert_eq!(
        s,
        "NotImplementedError: pprint(depth=...) is not supported in Runnel"
    );
}

#[test]
fn refusals_name_the_line() {
    let (interp, _) = common::interp();
    let d = interp
        .run_module("import os\n\nx = 1\nos.path.exists('/tmp')\n")
        .expect_err("refused");
    assert!(format!("{d:?}").contains("line 4"), "{d:?}");
}
