//! Python's local time in `runnel run` follows the machine's time zone (`TZ`) as CPython's
//! does, daylight saving gaps and folds included: `tests/local_time/prog.py` prints what
//! CPython 3.11 printed under each zone (`expected_ZONE.out`, recorded with
//! `TZ=ZONE python3 prog.py`), and so does `time_module.py` (`time_module_ZONE.out`).

use std::path::Path;
use std::process::Command;

fn run_in(tz: &str, prog: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/local_time");
    let out = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args(["run", &dir.join(prog).display().to_string()])
        .env("TZ", tz)
        .output()
        .expect("runnel runs");
    assert!(
        out.status.success(),
        "{tz}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn local_time_follows_tz_as_cpython_does() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/local_time");
    for tz in ["UTC", "America/New_York", "Asia/Kolkata", "Europe/Madrid"] {
        let file = format!("expected_{}.out", tz.replace('/', "_"));
        let expected = std::fs::read_to_string(dir.join(&file)).expect("expected output");
        assert_eq!(run_in(tz, "prog.py"), expected, "TZ={tz}");
    }
}

#[test]
fn time_module_follows_tz_as_cpython_does() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/local_time");
    for tz in ["UTC", "America/New_York", "Asia/Kolkata", "Europe/Madrid"] {
        let file = format!("time_module_{}.out", tz.replace('/', "_"));
        let expected = std::fs::read_to_string(dir.join(&file)).expect("expected output");
        assert_eq!(run_in(tz, "time_module.py"), expected, "TZ={tz}");
    }
}
