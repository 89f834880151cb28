//! `ssc.binaryRecordsStream`: the files of a directory cut into fixed-length `bytes`
//! records, read from the disk by the CLI.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output};

/// Runs `program` (its `DIR` replaced by `dir`) on the logical clock for two batches.
fn run(dir: &Path, program: &str) -> Output {
    let path = dir.join("prog.py");
    let program = program.replace("DIR", &dir.join("data").display().to_string());
    std::fs::write(&path, program).expect("write program");
    Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args([
            "run",
            &path.display().to_string(),
            "--clock",
            "logical",
            "--batches",
            "2",
        ])
        .output()
        .expect("run runnel")
}

/// A directory `data/` holding `files`.
fn data(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::create_dir(dir.path().join("data")).expect("mkdir");
    for (name, bytes) in files {
        std::fs::write(dir.path().join("data").join(name), bytes).expect("write");
    }
    dir
}

const PROGRAM: &str = "records = ssc.binaryRecordsStream('DIR', 4)\n\
    records.map(lambda b: (b, len(b), b[0], sum(b), type(b).__name__)).pprint()\n\
    records.count().pprint()\n";

/// `struct.pack('<4i', 1, -2, 300, 2**31-1)`: little-endian ints, as a C program or
/// Python's `struct` writes them.
const INTS: &[u8] = b"\x01\x00\x00\x00\xfe\xff\xff\xff\x2c\x01\x00\x00\xff\xff\xff\x7f";
/// Bytes that are not UTF-8 text, and quotes and a backslash for `bytes`'s repr.
const ODD: &[u8] = &[0, 39, 34, 92, 255, 10, 13, 65];

#[test]
fn files_are_cut_into_bytes_records_as_cpython_cuts_them() {
    let dir = data(&[
        ("a.bin", INTS),
        ("b.bin", ODD),
        ("_SUCCESS", b""),
        ("empty", b""),
    ]);
    let out = run(dir.path(), PROGRAM);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The records' lines printed by CPython 3.11 running the program's logic over the same
    // files (sorted, hidden ones left out):
    //   recs = [d[i:i+4] for d in files for i in range(0, len(d), 4)]
    //   for b in recs: print((b, len(b), b[0], sum(b), type(b).__name__))
    //   print(len(recs))
    let cpython = "(b'\\x01\\x00\\x00\\x00', 4, 1, 1, 'bytes')\n\
        (b'\\xfe\\xff\\xff\\xff', 4, 254, 1019, 'bytes')\n\
        (b',\\x01\\x00\\x00', 4, 44, 45, 'bytes')\n\
        (b'\\xff\\xff\\xff\\x7f', 4, 255, 892, 'bytes')\n\
        (b'\\x00\\'\"\\\\', 4, 0, 165, 'bytes')\n\
        (b'\\xff\\n\\rA', 4, 255, 343, 'bytes')\n";
    let rule = "-------------------------------------------\n";
    let batch = |t: u32, body: &str| format!("{rule}Time: 1970-01-01 00:00:0{t}\n{rule}{body}\n");
    let expected = [
        batch(1, cpython),
        batch(1, "6\n"),
        batch(2, ""),
        batch(2, ""),
    ]
    .concat();
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}

#[test]
fn a_file_that_is_not_whole_records_fails_the_batch_naming_it() {
    let dir = data(&[("a.bin", INTS), ("short.bin", b"abcdefg")]);
    let out = run(dir.path(), PROGRAM);
    assert!(!out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "", "no batch ran");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("EOFException"), "{err}");
    assert!(err.contains("short.bin' holds 7 bytes"), "{err}");
    assert!(err.contains("recordLength 4"), "{err}");
}

/// Spark takes any int as `recordLength`; one that is not positive fails the first batch
/// that reads a file (as Spark's reader divides by it, then makes a buffer of it).
#[test]
fn a_record_length_that_is_not_positive_fails_when_a_file_is_read() {
    for (length, message) in [
        ("0", "java.lang.ArithmeticException: / by zero"),
        ("-4", "java.lang.NegativeArraySizeException: -4"),
    ] {
        let program = format!("ssc.binaryRecordsStream('DIR', {length}).count().pprint()\n");
        let empty = data(&[]);
        let out = run(empty.path(), &program);
        assert!(out.status.success(), "{length}: no file, no failure");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Time: "),
            "{length}"
        );
        let dir = data(&[("a.bin", INTS)]);
        let out = run(dir.path(), &program);
        assert!(!out.status.success(), "{length}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(message), "{length}: {err}");
        assert!(err.contains("a.bin'"), "{length}: {err}");
    }
    let dir = data(&[]);
    let out = run(dir.path(), "ssc.binaryRecordsStream('DIR', '4').pprint()\n");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("recordLength") && err.contains("line 1"),
        "{err}"
    );
}

/// On the system clock, as `textFileStream`: the files there at the start are left out,
/// a file that appears while the program runs is read once, in a batch after it appears.
#[test]
fn on_the_system_clock_new_files_are_read_once() {
    let dir = data(&[("old.bin", b"zzzz")]);
    let path = dir.path().join("prog.py");
    let program = PROGRAM.replace("DIR", &dir.path().join("data").display().to_string());
    std::fs::write(&path, program).expect("write program");
    let mut child = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args([
            "run",
            &path.display().to_string(),
            "--clock",
            "system",
            "--batches",
            "4",
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run runnel");
    // Once the first batch has printed (the stream is watching), a new file comes:
    // written aside, then moved in, as Spark's documentation asks of new files.
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut stdout = String::new();
    for line in lines.by_ref() {
        let line = line.expect("read");
        stdout.push_str(&line);
        stdout.push('\n');
        if line.starts_with("Time: ") {
            break;
        }
    }
    let aside = dir.path().join("new.tmp");
    std::fs::write(&aside, INTS).expect("write");
    std::fs::rename(&aside, dir.path().join("data").join("new.bin")).expect("move");
    for line in lines {
        stdout.push_str(&line.expect("read"));
        stdout.push('\n');
    }
    assert!(child.wait().expect("wait").success());
    let records: Vec<&str> = stdout.lines().filter(|l| l.starts_with("(b")).collect();
    // CPython: the records of INTS as above.
    assert_eq!(
        records,
        [
            "(b'\\x01\\x00\\x00\\x00', 4, 1, 1, 'bytes')",
            "(b'\\xfe\\xff\\xff\\xff', 4, 254, 1019, 'bytes')",
            "(b',\\x01\\x00\\x00', 4, 44, 45, 'bytes')",
            "(b'\\xff\\xff\\xff\\x7f', 4, 255, 892, 'bytes')",
        ],
        "{stdout}"
    );
    assert!(stdout.lines().any(|l| l == "4"), "{stdout}");
}
