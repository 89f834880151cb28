//! Snapshots of state: a session restored from the snapshot taken after batch k of a run
//! prints, for batches k+1.., what the uninterrupted run printed (the base of checkpoints).

use runnel_pyspark::{Session, SessionOptions, SessionSnapshot};
use runnel_tests::{conformance_dir, header, Stepped};
use std::fs;
use std::rc::Rc;

/// A started session of `src` and its host, with the module's own output dropped.
fn start(src: &str, batch_ms: i64) -> (Session, Rc<Stepped>) {
    let host = Rc::new(Stepped::default());
    let options = SessionOptions {
        batch_ms,
        ..SessionOptions::default()
    };
    let session = Session::new(host.clone(), options);
    session.run(src).expect("the program starts");
    host.out.take();
    (session, host)
}

/// What `n` batches print.
fn run_batches(session: &Session, host: &Stepped, n: i64) -> String {
    for _ in 0..n {
        session.run_next_batch().expect("a batch");
    }
    host.out.take()
}

fn case(name: &str) -> (String, i64, i64) {
    let src = fs::read_to_string(conformance_dir().join("cases").join(name)).unwrap();
    let batches = header(&src, "batches").map_or(4, |b| b.parse().unwrap());
    let seconds: f64 = header(&src, "batch").map_or(1.0, |b| b.parse().unwrap());
    (src, batches, (seconds * 1000.0) as i64)
}

/// Every conformance case, cut after each batch k: batches k+1.. of a restored session
/// print what the uninterrupted run printed for them.
#[test]
fn a_restored_session_goes_on_as_if_never_stopped() {
    let mut names: Vec<_> = fs::read_dir(conformance_dir().join("cases"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    let mut checked = 0;
    let mut refusals = 0;
    for name in &names {
        let (src, batches, ms) = case(name);
        // Driver-side values are not graph state: "Accumulators and Broadcast variables
        // cannot be recovered from checkpoint in Spark Streaming" (Spark's guide), nor are
        // the driver's globals that a case's actions change on purpose.
        if src.contains(".accumulator(") || src.contains("# driver state:") {
            continue;
        }
        // State holding instances of the program's classes has no data form yet (that
        // is pickle's job, for checkpoints): such cases say so, and are refused by name.
        let refused = header(&src, "snapshot") == Some("refused");
        let (whole, host) = start(&src, ms);
        let mut expected = Vec::new();
        for _ in 0..batches {
            expected.push(run_batches(&whole, &host, 1));
        }
        for k in 1..batches {
            let (first, host) = start(&src, ms);
            run_batches(&first, &host, k);
            let snapshot = match first.snapshot() {
                Err(e) if refused => {
                    assert_eq!(e.exc_type, "TypeError", "{name}: {e:?}");
                    assert!(
                        e.message.starts_with("cannot snapshot a '"),
                        "{name}: {e:?}"
                    );
                    refusals += 1;
                    break;
                }
                s => s.expect("a snapshot"),
            };
            let json = serde_json::to_string(&snapshot).unwrap();
            let snapshot: SessionSnapshot = serde_json::from_str(&json).unwrap();
            let (second, host) = start(&src, ms);
            second.restore(&snapshot).expect("restored");
            let rest = run_batches(&second, &host, batches - k);
            assert_eq!(
                rest,
                expected[k as usize..].concat(),
                "{name}, restored after batch {k}"
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} cuts checked");
    let marked = names
        .iter()
        .filter(|n| header(&case(n).0, "snapshot") == Some("refused"))
        .count();
    assert_eq!(
        refusals, marked,
        "a case marked '# snapshot: refused' was not refused"
    );
}

#[test]
fn state_is_data_in_the_snapshot() {
    let (src, _, ms) = case("update_state_by_key_max.py");
    let (session, host) = start(&src, ms);
    run_batches(&session, &host, 2);
    let snapshot = serde_json::to_value(session.snapshot().unwrap()).unwrap();
    let nodes = snapshot["graph"]["nodes"].as_array().unwrap();
    let state = nodes
        .iter()
        .find(|n| n["op"] == "updateStateByKey")
        .expect("the state node");
    assert_eq!(state["state"]["time_ms"], 2 * ms);
    assert!(!state["state"]["partitions"].as_array().unwrap().is_empty());
}

#[test]
fn a_snapshot_of_another_program_is_refused() {
    let (a, _, ms) = case("update_state_by_key_max.py");
    let (b, _, _) = case("map_upper.py");
    let (session, host) = start(&a, ms);
    run_batches(&session, &host, 1);
    let snapshot = session.snapshot().unwrap();
    let (other, _) = start(&b, ms);
    let e = other.restore(&snapshot).unwrap_err();
    assert!(e.message.contains("another program"), "{e}");
}
