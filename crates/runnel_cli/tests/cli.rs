//! The `runnel` command end to end: sources, clocks, exit codes.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

fn runnel() -> Command {
    Command::new(env!("CARGO_BIN_EXE_runnel"))
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.display().to_string()
}

fn text(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}

/// A server socket on 127.0.0.1 and `runnel run` (with `args`) of a program that starts
/// with `prelude`, upper-cases the lines of `socketTextStream` on that port and stops
/// after `seconds`.
fn serve(prelude: &str, seconds: u32, args: &[&str]) -> (TcpListener, Child, tempfile::TempDir) {
    let server = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = server.local_addr().expect("addr").port();
    let dir = tempfile::tempdir().expect("tmp");
    let program = write(
        dir.path(),
        "socket.py",
        &format!(
            "{prelude}s = ssc.socketTextStream('127.0.0.1', {port})\n\
             s.map(lambda r: r.upper()).pprint()\n\
             ssc.start()\nssc.awaitTerminationOrTimeout({seconds})\nssc.stop()\n"
        ),
    );
    let child = runnel()
        .args(["run", &program])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    (server, child, dir)
}

/// The stdout of `child` once it ended well, which has each of `words` on a line.
fn upper_cased(child: Child, words: &[&str]) -> String {
    let out = child.wait_with_output().expect("wait");
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    for word in words {
        assert!(
            stdout.contains(&format!("\n{word}\n")),
            "{word} missing from:\n{stdout}"
        );
    }
    stdout
}

/// The slides' socket program against a real TCP server on 127.0.0.1, on the wall clock.
#[test]
fn socket_text_stream_receives_lines_from_a_tcp_server() {
    let (server, child, _dir) = serve(
        "from pyspark import SparkContext\nfrom pyspark.streaming import StreamingContext\n\
         sc = SparkContext(appName='t')\nssc = StreamingContext(sc, 1)\n",
        4,
        &[],
    );
    let (mut conn, _) = server.accept().expect("the receiver connects");
    conn.write_all(b"hola\nmundo\n").expect("send");
    std::thread::sleep(Duration::from_millis(1500));
    conn.write_all(b"adios\n").expect("send");
    let stdout = upper_cased(child, &["HOLA", "MUNDO", "ADIOS"]);
    assert!(
        stdout.matches("Time: ").count() >= 3,
        "one block per batch:\n{stdout}"
    );
}

/// `--websocket`: the same program reads the text messages of a WebSocket server on
/// 127.0.0.1 (a message may hold several lines), on the wall clock.
#[test]
fn websocket_feeds_socket_text_stream() {
    let (server, child, _dir) = serve("", 3, &["--websocket"]);
    let (conn, _) = server.accept().expect("the receiver connects");
    let mut ws = tungstenite::accept(conn).expect("websocket handshake");
    ws.send(tungstenite::Message::text("hola\nmundo\n"))
        .expect("send");
    ws.send(tungstenite::Message::text("adios")).expect("send");
    ws.flush().expect("flush");
    upper_cased(child, &["HOLA", "MUNDO", "ADIOS"]);
}

fn run_logical(args: &[&str], stdin: &str) -> Output {
    let mut child = runnel()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

#[test]
fn stdin_feeds_socket_text_stream() {
    let dir = tempfile::tempdir().expect("tmp");
    let program = write(dir.path(), "words.py", "ssc.socketTextStream('localhost', 9999).flatMap(lambda l: l.split()).countByValue().pprint()\n");
    let out = run_logical(
        &[
            "run",
            &program,
            "--stdin",
            "--clock",
            "logical",
            "--batches",
            "2",
        ],
        "a b a\nc\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for pair in ["('a', 2)", "('b', 1)", "('c', 1)"] {
        assert!(stdout.contains(pair), "{pair} missing:\n{stdout}");
    }
    assert!(stdout.contains("Time: 1970-01-01 00:00:02"), "{stdout}");
}

#[test]
fn text_file_stream_reads_each_file_as_a_partition() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().join("in");
    std::fs::create_dir(&data).expect("mkdir");
    write(&data, "a.txt", "uno\ndos\n");
    write(&data, "b.txt", "tres\n");
    write(&data, "_SUCCESS", "");
    let program = write(
        dir.path(),
        "files.py",
        &format!(
            "nuevoDStream = ssc.textFileStream('{}')\nnuevoDStream.pprint()\n",
            data.display()
        ),
    );
    let out = run_logical(
        &[
            "run",
            &program,
            "--clock",
            "logical",
            "--batches",
            "1",
            "--json",
            "--record",
            "nuevoDStream",
        ],
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        json["streams"]["nuevoDStream"][0]["partitions"],
        serde_json::json!([["'uno'", "'dos'"], ["'tres'"]])
    );
}

#[test]
fn text_file_and_save_as_text_files_use_the_disk() {
    let dir = tempfile::tempdir().expect("tmp");
    let input = write(dir.path(), "in.txt", "x 1\ny 2\nx 3\n");
    let prefix = dir.path().join("out").join("sums").display().to_string();
    let program = write(
        dir.path(),
        "save.py",
        &format!(
            "lines = sc.textFile('{input}')\n\
             s = ssc.queueStream([lines]).map(lambda l: l.split()).map(lambda p: (p[0], int(p[1]))).reduceByKey(lambda a, b: a + b)\n\
             s.saveAsTextFiles('{prefix}', 'txt')\n"
        ),
    );
    let out = run_logical(
        &["run", &program, "--clock", "logical", "--batches", "1"],
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let batch = dir.path().join("out").join("sums-1000.txt");
    let mut all = String::new();
    for part in ["part-00000", "part-00001"] {
        std::fs::File::open(batch.join(part))
            .expect(part)
            .read_to_string(&mut all)
            .expect("read");
    }
    let mut lines: Vec<&str> = all.lines().collect();
    lines.sort();
    assert_eq!(lines, vec!["('x', 4)", "('y', 2)"]);
    assert!(batch.join("_SUCCESS").exists());
}

#[test]
fn errors_exit_non_zero_with_the_place() {
    let dir = tempfile::tempdir().expect("tmp");
    let program = write(dir.path(), "bad.py", "x = [1, 2\n");
    let out = run_logical(
        &["run", &program, "--clock", "logical", "--batches", "1"],
        "",
    );
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("bad.py") && stderr.contains("line 1") && stderr.contains('^'),
        "{stderr}"
    );
    let out = run_logical(&["run", "/no/such/file.py"], "");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("cannot read"),
        "{}",
        text(&out.stderr)
    );
}

/// A failed output job: a program waiting in `awaitTermination` gets the error (and exits
/// non-zero), as Spark's waiter raises it; a snippet logs it and goes on, as Spark's
/// JobScheduler does.
#[test]
fn a_failed_job_ends_an_awaiting_program_and_not_a_snippet() {
    let dir = tempfile::tempdir().expect("tmp");
    let snippet = "data = [[['1']], [['x']], [['3']]]\n\
                   ssc.queueStream(createQUEUERDD(data)).map(int).pprint()\n";
    let args = |p: &str| ["run", p, "--clock", "logical", "--batches", "3"].map(String::from);
    awaiting_program_ends_with(dir.path(), snippet, "ValueError");

    let goes_on = write(dir.path(), "snippet.py", snippet);
    let out = run_logical(&args(&goes_on).each_ref().map(String::as_str), "");
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("Error running job streaming job 2000 ms.0")
            && stderr.contains("ValueError"),
        "{stderr}"
    );
    assert!(text(&out.stdout)
        .contains("Time: 1970-01-01 00:00:03\n-------------------------------------------\n3\n"));
}

/// `snippet` then `ssc.start(); ssc.awaitTermination()` run for 3 batches: the error of
/// batch 2 (`exc`) ends the program there, as Spark's waiter raises it.
fn awaiting_program_ends_with(dir: &Path, snippet: &str, exc: &str) {
    let waits = write(
        dir,
        "waits.py",
        &format!("{snippet}ssc.start()\nssc.awaitTermination()\n"),
    );
    let args = ["run", &waits, "--clock", "logical", "--batches", "3"];
    let out = run_logical(&args, "");
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(!out.status.success());
    assert!(stderr.contains(exc), "{stderr}");
    assert!(!stdout.contains("00:00:03"), "{stdout}");
}

/// A `transform` function raising on the driver fails the batch's job generation: none of
/// its outputs run (Spark's "Error generating jobs"), the batch does not count toward
/// `--batches`, and a program waiting in `awaitTermination` ends with the error.
#[test]
fn a_transform_raising_on_the_driver_skips_the_whole_batch() {
    let dir = tempfile::tempdir().expect("tmp");
    let snippet = "data = [[['a']], [['x']], [['b']], [['c']]]\n\
                   s = ssc.queueStream(createQUEUERDD(data))\n\
                   s.pprint()\n\
                   def f(rdd):\n    if 'x' in rdd.collect():\n        raise KeyError('x')\n    return rdd\n\
                   s.transform(f).count().pprint()\n";
    let args = |p: &str| ["run", p, "--clock", "logical", "--batches", "3"].map(String::from);
    let goes_on = write(dir.path(), "snippet.py", snippet);
    let out = run_logical(&args(&goes_on).each_ref().map(String::as_str), "");
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("Error generating jobs for time 2000 ms") && stderr.contains("KeyError"),
        "{stderr}"
    );
    // Batch 2's first output (before the failing one) did not run; batch 4 did.
    assert!(
        !stdout.contains("00:00:02") && !stdout.contains("\nx\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "Time: 1970-01-01 00:00:04\n-------------------------------------------\nc\n"
        ),
        "{stdout}"
    );

    awaiting_program_ends_with(dir.path(), snippet, "KeyError");
}

/// A reader that closes the pipe early (`runnel run p.py | head`) ends the run quietly.
#[test]
fn a_closed_stdout_pipe_ends_the_run_quietly() {
    let dir = tempfile::tempdir().expect("tmp");
    let program = write(
        dir.path(),
        "many.py",
        "for i in range(200000):\n    print(i)\n",
    );
    let mut child = runnel()
        .args(["run", &program])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut first = [0u8; 16];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("reads");
    // The pipe's read end is closed now.
    let out = child.wait_with_output().expect("ends");
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn progress_reports_each_batch_and_a_summary() {
    let dir = tempfile::tempdir().expect("tmp");
    let program = write(
        dir.path(),
        "p.py",
        "ssc.queueStream([[1, 2, 3], [4]]).count().pprint()\n",
    );
    let out = runnel()
        .args([
            "run",
            &program,
            "--batches",
            "2",
            "--clock",
            "system",
            "--progress",
        ])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("[runnel] batch "))
        .collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(lines[0].contains(": 3 records, processing "), "{stderr}");
    assert!(lines[1].contains(": 1 records, "), "{stderr}");
    assert!(stderr.contains("[runnel] 2 batches, 4 records"), "{stderr}");
    // stdout stays exactly what Spark prints.
    assert!(!text(&out.stdout).contains("[runnel]"));
}

#[test]
fn json_on_the_system_clock_counts_times_from_the_zero_time() {
    let dir = tempfile::tempdir().expect("tmp");
    let program = write(
        dir.path(),
        "j.py",
        "nuevoDStream = ssc.queueStream([[1, 2], [3]])\nnuevoDStream.pprint()\n",
    );
    let out = runnel()
        .args([
            "run",
            &program,
            "--batches",
            "2",
            "--clock",
            "system",
            "--json",
            "--record",
            "nuevoDStream",
        ])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let batches = json["streams"]["nuevoDStream"]
        .as_array()
        .expect("recorded");
    let times: Vec<i64> = batches
        .iter()
        .map(|b| b["time_ms"].as_i64().expect("time"))
        .collect();
    assert_eq!(times, vec![1000, 2000]);
    assert_eq!(batches[0]["partitions"], serde_json::json!([["1"], ["2"]]));
    assert!(json["stdout"].as_str().expect("stdout").contains("Time: "));
}

/// `ssc.start(); time.sleep(s); ssc.stop()` on the wall clock runs the batches of those
/// seconds (as Spark's go on while its driver sleeps), then the program goes on.
#[test]
fn a_sleep_on_the_system_clock_runs_the_batches_that_fall_in_it() {
    let dir = tempfile::tempdir().expect("tmp");
    let program = write(
        dir.path(),
        "sleep.py",
        "import time\nnuevoDStream = ssc.queueStream([[1], [2], [3], [4], [5], [6]], default=None)\nnuevoDStream.pprint()\nssc.start()\ntime.sleep(2.6)\nssc.stop()\nprint('after')\n",
    );
    let started = std::time::Instant::now();
    let out = runnel()
        .args([
            "run",
            &program,
            "--clock",
            "system",
            "--json",
            "--record",
            "nuevoDStream",
        ])
        .output()
        .expect("run");
    let took = started.elapsed();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let n = json["streams"]["nuevoDStream"]
        .as_array()
        .expect("recorded")
        .len();
    // 2.6 s after a start between two ticks of the 1 s timer: two or three batches.
    assert!((2..=3).contains(&n), "{n} batches");
    assert!(json["stdout"]
        .as_str()
        .expect("stdout")
        .ends_with("after\n"));
    assert!(
        took >= Duration::from_millis(2500) && took < Duration::from_secs(8),
        "{took:?}"
    );
}

/// `--stdin` on the wall clock ends at the end of input (Ctrl-D): the batch holding the
/// last lines runs, then the run exits by itself.
#[test]
fn stdin_ends_the_run_at_end_of_input() {
    let dir = tempfile::tempdir().expect("tmp");
    let program = write(
        dir.path(),
        "upper.py",
        "ssc.socketTextStream('localhost', 9999).map(lambda l: l.upper()).pprint()\nssc.start()\nssc.awaitTermination()\n",
    );
    let started = std::time::Instant::now();
    let out = run_logical(&["run", &program, "--stdin"], "hola\nmundo\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("HOLA\nMUNDO\n"), "{stdout}");
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "the run did not end with its input"
    );
}

/// What the upper-casing socket program prints when `runnel feed FEED_ARGS` serves it
/// `n` lines (`linea 0`...) and it runs with `--websocket RUN_ARGS` for up to 10 s (room
/// for a slow first connection on a loaded machine). The feed must end successfully.
fn fed_upper_case(n: usize, feed_args: &[&str], run_args: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("tmp");
    let port = TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
        .to_string();
    let lines: Vec<String> = (0..n).map(|i| format!("linea {i}")).collect();
    let input = write(dir.path(), "in.txt", &(lines.join("\n") + "\n"));
    let mut feed = runnel()
        .args(["feed", "--port", &port, "--file", &input])
        .args(feed_args)
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn feed");
    let program = write(
        dir.path(),
        "upper.py",
        &format!(
            "s = ssc.socketTextStream('127.0.0.1', {port})\n\
             s.map(lambda r: r.upper()).pprint(100)\n\
             ssc.start()\nssc.awaitTerminationOrTimeout(10)\nssc.stop()\n"
        ),
    );
    let out = runnel()
        .args(["run", &program, "--websocket"])
        .args(run_args)
        .output()
        .expect("run");
    assert!(feed.wait().expect("the feed ends with its input").success());
    text(&out.stdout)
}

/// `runnel feed` serves a file's lines to WebSocket clients at a rate; `runnel run
/// --websocket` reads them as socketTextStream's lines.
#[test]
fn feed_serves_a_file_to_run_websocket() {
    let stdout = fed_upper_case(20, &["--rate", "10"], &[]);
    for i in 0..20 {
        assert!(
            stdout.contains(&format!("LINEA {i}\n")),
            "LINEA {i} missing:\n{stdout}"
        );
    }
    // 10 lines/s: the 20 lines arrive over two seconds, so in two or more batches.
    let batches_with_lines = stdout
        .split("Time: ")
        .filter(|b| b.contains("LINEA"))
        .count();
    assert!(batches_with_lines >= 2, "{stdout}");
}

/// `--max-rate 5`: ten lines arriving at once reach the program at five a second (one per
/// 200 ms block), so no batch holds more than five.
#[test]
fn max_rate_spreads_a_burst_over_batches() {
    let stdout = fed_upper_case(10, &[], &["--max-rate", "5"]);
    let per_batch: Vec<usize> = stdout
        .split("Time: ")
        .map(|b| b.matches("LINEA").count())
        .filter(|n| *n > 0)
        .collect();
    assert!(per_batch.iter().all(|n| *n <= 5), "{per_batch:?}\n{stdout}");
    assert!(per_batch.len() >= 2, "{per_batch:?}\n{stdout}");
}

/// A program with a DStream and a Structured Streaming query each reading a socket: the
/// query's polling while it waits must not take the DStream's lines (nor a DStream
/// batch the query's): each gets what its own server sent.
#[test]
fn dstream_and_query_sockets_in_one_program_each_get_their_lines() {
    let dserver = TcpListener::bind("127.0.0.1:0").expect("bind");
    let qserver = TcpListener::bind("127.0.0.1:0").expect("bind");
    let (dport, qport) = (
        dserver.local_addr().expect("addr").port(),
        qserver.local_addr().expect("addr").port(),
    );
    let dir = tempfile::tempdir().expect("tmp");
    let program = write(
        dir.path(),
        "mixed.py",
        &format!(
            "from pyspark import SparkContext\nfrom pyspark.streaming import StreamingContext\n\
             from pyspark.sql import SparkSession\n\
             sc = SparkContext(appName='t')\nssc = StreamingContext(sc, 1)\n\
             spark = SparkSession.builder.getOrCreate()\n\
             ssc.socketTextStream('127.0.0.1', {dport}).map(lambda r: 'D:' + r.upper()).pprint()\n\
             ssc.start()\n\
             lines = spark.readStream.format('socket').option('host', '127.0.0.1').option('port', {qport}).load()\n\
             q = lines.selectExpr('concat(\"Q:\", value) AS v').writeStream.format('console').start()\n\
             q.awaitTermination(3)\n\
             ssc.awaitTerminationOrTimeout(3)\n\
             q.awaitTermination(1)\n\
             ssc.stop()\n"
        ),
    );
    let child = runnel()
        .args(["run", &program])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let (mut dconn, _) = dserver.accept().expect("the DStream receiver connects");
    let (mut qconn, _) = qserver.accept().expect("the query's source connects");
    dconn.write_all(b"uno\n").expect("send");
    qconn.write_all(b"dos\n").expect("send");
    let out = child.wait_with_output().expect("wait");
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.contains("\nD:UNO\n"),
        "the DStream's line:\n{stdout}"
    );
    assert!(stdout.contains("|Q:dos|"), "the query's line:\n{stdout}");
}
