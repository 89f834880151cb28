//! `runnel-bench`: Runnel's benchmark suite (issue 4).
//!
//! ```text
//! runnel-bench                 # everything: data, Runnel, Spark local[2], the baseline, the table
//! runnel-bench --no-spark      # without Spark
//! runnel-bench --only wordcount,grep
//! runnel-bench gen             # only the data
//! ```
//!
//! The workloads are plain PySpark programs in `bench/workloads/`; the driver rewrites
//! their settings block (the batch files, batch interval, master, checkpoint directory,
//! window, keys) into `bench/data/programs/`, and runs the same file on Runnel (in a child
//! process, logical clock, as fast as possible), on Spark `local[2]` (`bench/spark_run.py`,
//! figures from Spark's own StreamingListener), and the hand-written word count.

mod baseline;
mod gen;
mod runnel_run;
mod stats;

use gen::GenSpec;
use serde_json::{json, Value as Json};
use stats::RunStats;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

/// The data every workload reads.
const TEXT: GenSpec = GenSpec {
    seed: 42,
    vocabulary: 50_000,
    zipf_s: 1.0,
    records_per_batch: 10_000,
    batches: 30,
    key_space: None,
};
const KEYED: GenSpec = GenSpec {
    seed: 43,
    vocabulary: 50_000,
    zipf_s: 1.0,
    records_per_batch: 10_000,
    batches: 10,
    key_space: Some(1_000_000),
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Data {
    Text,
    Keyed,
}

/// One benchmark: a program, its settings, and how many batches each engine runs.
#[derive(Clone)]
struct Workload {
    name: &'static str,
    program: &'static str,
    data: Data,
    settings: Vec<(&'static str, String)>,
    /// Batches Runnel runs.
    batches: usize,
    /// Batches Spark runs (0: Runnel only).
    spark_batches: usize,
    /// The batch interval (seconds), long enough for Spark to keep up.
    batch_seconds: u32,
    /// Spark's master.
    spark_master: &'static str,
    /// Runnel's worker threads (`runnel run --cores`), as many as Spark's master has.
    runnel_cores: usize,
    /// For window workloads: the mean over the last this many batches is the time per slide.
    steady_tail: usize,
}

fn workloads() -> Vec<Workload> {
    let w = |name, program, data, batches, spark_batches, batch_seconds| Workload {
        name,
        program,
        data,
        settings: Vec::new(),
        batches,
        spark_batches,
        batch_seconds,
        spark_master: "local[2]",
        runnel_cores: 2,
        steady_tail: 0,
    };
    let with = |mut w: Workload, k: &'static str, v: &str| {
        w.settings.push((k, v.to_string()));
        w
    };
    let tail = |mut w: Workload, n| {
        w.steady_tail = n;
        w
    };
    // Spark's batch counts and intervals keep a full run under ~10 minutes on 2 cores:
    // its per-batch processing times (from its listener) do not depend on how many it runs.
    vec![
        w("grep", "grep.py", Data::Text, 20, 15, 2),
        w("wordcount", "wordcount.py", Data::Text, 20, 15, 2),
        tail(
            with(
                w("window30", "window.py", Data::Text, 40, 20, 3),
                "WINDOW",
                "30",
            ),
            10,
        ),
        tail(
            with(
                w("topk30", "topk.py", Data::Text, 40, 20, 3),
                "WINDOW",
                "30",
            ),
            10,
        ),
        with(
            w("state_1e4", "state.py", Data::Keyed, 20, 10, 2),
            "KEYS",
            "10000",
        ),
        with(
            w("state_1e6", "state.py", Data::Keyed, 5, 3, 20),
            "KEYS",
            "1000000",
        ),
        with(
            w("mapstate_1e4", "mapstate.py", Data::Keyed, 20, 0, 2),
            "KEYS",
            "10000",
        ),
        with(
            w("mapstate_1e6", "mapstate.py", Data::Keyed, 5, 0, 20),
            "KEYS",
            "1000000",
        ),
        // How cost grows with the window (Runnel only: Spark would need 100+ batches). Both
        // run 115 batches and are measured over the same last 10, when both windows are
        // full and their states hold the same keys (keys whose count fell to zero stay).
        tail(
            with(
                w("window10", "window.py", Data::Text, 115, 0, 1),
                "WINDOW",
                "10",
            ),
            10,
        ),
        tail(
            with(
                w("window100", "window.py", Data::Text, 115, 0, 1),
                "WINDOW",
                "100",
            ),
            10,
        ),
        // 1 vs 2 cores on both engines.
        Workload {
            spark_master: "local[1]",
            runnel_cores: 1,
            ..w("wordcount_1core", "wordcount.py", Data::Text, 20, 10, 3)
        },
    ]
}

struct Paths {
    root: PathBuf,
    data: PathBuf,
}

impl Paths {
    fn new() -> Paths {
        // The repository root: where `bench/` is (the current directory or an ancestor).
        let mut root = std::env::current_dir().expect("current directory");
        while !root.join("bench/workloads").is_dir() {
            if !root.pop() {
                eprintln!("runnel-bench: run it inside the repository (no bench/workloads here)");
                std::process::exit(2);
            }
        }
        let data = root.join("bench/data");
        Paths { root, data }
    }
    fn text(&self) -> PathBuf {
        self.data.join("text")
    }
    fn keyed(&self) -> PathBuf {
        self.data.join("keyed")
    }
}

fn generate(paths: &Paths) -> std::io::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let (text, made_a) = gen::generate(&TEXT, &paths.text())?;
    let (keyed, made_b) = gen::generate(&KEYED, &paths.keyed())?;
    if made_a || made_b {
        eprintln!(
            "generated {} + {} batch files in {}",
            text.len(),
            keyed.len(),
            paths.data.display()
        );
    }
    Ok((text, keyed))
}

/// Rewrites the program's settings block for this run.
fn render(w: &Workload, files: &[PathBuf], paths: &Paths, master: &str, batches: usize) -> String {
    let src = std::fs::read_to_string(paths.root.join("bench/workloads").join(w.program))
        .expect("workload program");
    let list: Vec<String> = files
        .iter()
        .cycle()
        .take(batches)
        .map(|p| format!("{:?}", p.display().to_string()))
        .collect();
    let mut settings: Vec<(&str, String)> = vec![
        ("FILES", format!("[\n    {},\n]", list.join(",\n    "))),
        ("BATCH_SECONDS", w.batch_seconds.to_string()),
        ("MASTER", format!("{master:?}")),
        (
            "CHECKPOINT",
            format!(
                "{:?}",
                paths
                    .data
                    .join("checkpoint")
                    .join(w.name)
                    .display()
                    .to_string()
            ),
        ),
    ];
    for (k, v) in &w.settings {
        settings.push((k, v.clone()));
    }
    let mut out = String::new();
    for line in src.lines() {
        let set = settings
            .iter()
            .find(|(k, _)| line.starts_with(&format!("{k} = ")));
        match set {
            Some((k, v)) => {
                let _ = writeln!(out, "{k} = {v}");
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// Runs this binary again as a child (`runnel-bench SUBCOMMAND ...`) and reads the JSON it
/// prints last.
fn child_json(args: &[&str]) -> Result<Json, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = Command::new(exe)
        .args(args)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("{args:?} failed: {}", out.status));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let last = text.lines().last().unwrap_or("");
    serde_json::from_str(last).map_err(|e| format!("{args:?}: bad output {last:?}: {e}"))
}

fn spark_python(paths: &Paths) -> Option<PathBuf> {
    if let Ok(p) = std::env::var("SPARK_PYTHON") {
        return Some(PathBuf::from(p));
    }
    Some(paths.root.join(".venv-spark/bin/python")).filter(|p| p.exists())
}

/// Runs one program on Spark; returns its figures and its (time-normalized) stdout.
fn run_spark(
    python: &Path,
    program: &Path,
    batches: usize,
    paths: &Paths,
    name: &str,
) -> Result<(RunStats, String), String> {
    let out_json = paths
        .data
        .join("results")
        .join(format!("{name}.spark.json"));
    let out_txt = paths.data.join("results").join(format!("{name}.spark.txt"));
    let status = Command::new("nice")
        .args(["-n", "10"])
        .arg(python)
        .arg(paths.root.join("bench/spark_run.py"))
        .arg(program)
        .args(["--batches", &batches.to_string()])
        .arg("--out")
        .arg(&out_json)
        .arg("--stdout")
        .arg(&out_txt)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| e.to_string())?;
    if !status.status.success() {
        let err = String::from_utf8_lossy(&status.stderr);
        let tail: Vec<&str> = err.lines().rev().take(15).collect();
        return Err(format!(
            "spark run failed: {}",
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        ));
    }
    let v: Json =
        serde_json::from_str(&std::fs::read_to_string(&out_json).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
    let batches_json = v["batches"].as_array().cloned().unwrap_or_default();
    let stats = RunStats {
        records: Vec::new(),
        batch_ms: batches_json
            .iter()
            .map(|b| b["processing_ms"].as_f64().unwrap_or(0.0))
            .collect(),
        setup_ms: 0.0,
        memory_kb: v["memory_kb"].as_u64().unwrap_or(0),
        cores: 0,
        cpu_ms: Vec::new(),
    };
    let text = std::fs::read_to_string(&out_txt).unwrap_or_default();
    Ok((stats, text))
}

struct Row {
    name: String,
    records_per_batch: usize,
    runnel: Option<RunStats>,
    spark: Option<RunStats>,
    same_output: Option<bool>,
    steady_tail: usize,
}

fn fmt_rate(x: f64) -> String {
    if x >= 1e6 {
        format!("{:.2} M", x / 1e6)
    } else if x >= 1e3 {
        format!("{:.0} k", x / 1e3)
    } else {
        format!("{x:.0}")
    }
}

fn fmt_ms(x: f64) -> String {
    if x >= 100.0 {
        format!("{x:.0}")
    } else if x >= 1.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.3}")
    }
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .next()
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|k| k.parse::<u64>().ok())
        })
        .map_or(String::new(), |kb| format!(", {} GiB RAM", kb / (1 << 20)));
    format!("{cpu}, {cores} cores{mem}")
}

fn table(rows: &[Row], baseline: Option<&RunStats>) -> String {
    let mut t = String::new();
    let _ = writeln!(
        t,
        "| workload | records/batch × batches measured (Runnel ; Spark) | cores | Runnel records/s (total; per core) | Runnel records/s per CPU-second | Runnel median / p99 ms | Runnel peak MB | Spark local[N] records/s (total; per core) | Spark median / p99 ms | Spark peak MB | Runnel ÷ Spark (total; per core) | same output |"
    );
    let _ = writeln!(t, "|---|---|---|---|---|---|---|---|---|---|---|---|");
    for r in rows {
        let (rr, sr) = (&r.runnel, &r.spark);
        let cell = |s: &Option<RunStats>, f: &dyn Fn(&RunStats) -> String| {
            s.as_ref().map_or("–".to_string(), f)
        };
        let ratio = match (rr, sr) {
            (Some(a), Some(b)) if b.records_per_s() > 0.0 => format!(
                "{:.1}× ; {:.1}×",
                a.records_per_s() / b.records_per_s(),
                a.per_core() / b.per_core()
            ),
            _ => "–".into(),
        };
        let _ = writeln!(
            t,
            "| {} | {} × {} ; {} | {} | {} | {} | {} / {} | {} | {} | {} | {} | {} | {} |",
            r.name,
            r.records_per_batch,
            rr.as_ref().map_or(0, |s| s.batch_ms.len()),
            sr.as_ref()
                .map_or("–".into(), |s| s.batch_ms.len().to_string()),
            rr.as_ref().map_or("–".into(), |s| s.cores.to_string()),
            cell(rr, &|s| format!(
                "{} ; {}",
                fmt_rate(s.records_per_s()),
                fmt_rate(s.per_core())
            )),
            cell(rr, &|s| s.records_per_cpu_s().map_or("–".into(), fmt_rate)),
            cell(rr, &|s| fmt_ms(s.median_ms())),
            cell(rr, &|s| fmt_ms(s.p99_ms())),
            cell(rr, &|s| format!("{:.0}", s.memory_kb as f64 / 1024.0)),
            cell(sr, &|s| format!(
                "{} ; {}",
                fmt_rate(s.records_per_s()),
                fmt_rate(s.per_core())
            )),
            cell(sr, &|s| format!(
                "{} / {}",
                fmt_ms(s.median_ms()),
                fmt_ms(s.p99_ms())
            )),
            cell(sr, &|s| format!("{:.0}", s.memory_kb as f64 / 1024.0)),
            ratio,
            r.same_output.map_or("–", |b| if b { "yes" } else { "NO" }),
        );
    }
    if let Some(b) = baseline {
        let _ = writeln!(
            t,
            "| hand-written Rust word count | {} × {} | 1 | {} | | {} / {} | {:.0} | | | | | |",
            b.records.first().copied().unwrap_or(0),
            b.batch_ms.len(),
            fmt_rate(b.records_per_s()),
            fmt_ms(b.median_ms()),
            fmt_ms(b.p99_ms()),
            b.memory_kb as f64 / 1024.0
        );
    }
    t
}

fn scaling(rows: &[Row], baseline: Option<&RunStats>) -> String {
    let mut t = String::new();
    let find = |n: &str| rows.iter().find(|r| r.name == n);
    let steady = |n: &str| {
        find(n).and_then(|r| {
            r.runnel
                .as_ref()
                .map(|s| s.tail_median_ms(r.steady_tail.max(1)))
        })
    };
    if let (Some(a), Some(b)) = (steady("window10"), steady("window100")) {
        let _ = writeln!(
            t,
            "- Window 10 vs 100 batches, with the inverse (Runnel, median CPU time per slide over slides 106-115, both windows full): {} ms vs {} ms, ratio {:.2} (target ≤ 1.2)",
            fmt_ms(a),
            fmt_ms(b),
            b / a
        );
    }
    let med = |n: &str| find(n).and_then(|r| r.runnel.as_ref().map(RunStats::median_ms));
    let smed = |n: &str| find(n).and_then(|r| r.spark.as_ref().map(RunStats::median_ms));
    if let (Some(a), Some(b)) = (med("state_1e4"), med("state_1e6")) {
        let _ = write!(
            t,
            "- State 10⁴ vs 10⁶ keys (updateStateByKey, median per batch): Runnel {} ms vs {} ms ({:.0}×)",
            fmt_ms(a),
            fmt_ms(b),
            b / a
        );
        if let (Some(c), Some(d)) = (smed("state_1e4"), smed("state_1e6")) {
            let _ = write!(
                t,
                "; Spark {} ms vs {} ms ({:.0}×)",
                fmt_ms(c),
                fmt_ms(d),
                d / c
            );
        }
        t.push('\n');
    }
    let rate = |n: &str, spark: bool| {
        find(n).and_then(|r| {
            if spark {
                r.spark.as_ref()
            } else {
                r.runnel.as_ref()
            }
            .map(RunStats::records_per_s)
        })
    };
    if let (Some(one), Some(two)) = (rate("wordcount_1core", false), rate("wordcount", false)) {
        // The two rows run different batch intervals: compare all but the batch times.
        let records = |path: &str| -> Option<Vec<String>> {
            let text = std::fs::read_to_string(path).ok()?;
            let lines = text.lines().filter(|l| !l.starts_with("Time: "));
            Some(lines.map(str::to_string).collect())
        };
        let same = |a: &str, b: &str| Some(records(a)? == records(b)?);
        let results = Paths::new().data.join("results");
        let identical = same(
            &results
                .join("wordcount_1core.runnel.txt")
                .display()
                .to_string(),
            &results.join("wordcount.runnel.txt").display().to_string(),
        );
        let _ = write!(
            t,
            "- 1 vs 2 cores, WordCount: Runnel {} records/s on 1 core, {} on 2 ({:.2}×; same records printed: {})",
            fmt_rate(one),
            fmt_rate(two),
            two / one,
            identical.map_or("–", |b| if b { "yes" } else { "NO" })
        );
        if let (Some(a), Some(b)) = (rate("wordcount_1core", true), rate("wordcount", true)) {
            let _ = write!(
                t,
                "; Spark local[1] {} records/s, local[2] {} ({:.2}×)",
                fmt_rate(a),
                fmt_rate(b),
                b / a
            );
        }
        t.push('\n');
    }
    let one_core = find("wordcount_1core").or_else(|| find("wordcount"));
    if let (Some(b), Some(wc)) = (baseline, one_core.and_then(|r| r.runnel.as_ref())) {
        let _ = writeln!(
            t,
            "- WordCount per core: Runnel on {} core(s) ÷ hand-written loop = {:.2} (target ≥ 0.5)",
            wc.cores,
            wc.per_core() / b.per_core()
        );
    }
    if let Some(r) = find("wordcount") {
        if let (Some(a), Some(b)) = (&r.runnel, &r.spark) {
            let _ = writeln!(
                t,
                "- WordCount: Runnel ÷ Spark local[2], both on 2 cores = {:.1}× (target ≥ 10×)",
                a.records_per_s() / b.records_per_s()
            );
        }
    }
    t
}

/// The output of the first `n` batches: `pprint` blocks (a rule, then `Time: ...`), or
/// one line per batch for programs that print a line per batch.
fn first_batches(text: &str, n: usize) -> &str {
    const HEADER: &str = "-------------------------------------------\nTime: ";
    let starts: Vec<usize> = if text.starts_with(HEADER) {
        text.match_indices(HEADER).map(|(i, _)| i).collect()
    } else {
        std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .filter(|&i| i < text.len())
            .collect()
    };
    match starts.get(n) {
        Some(&end) => &text[..end],
        None => text,
    }
}

/// The allocator of the `runnel` CLI, so the figures are the CLI's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let paths = Paths::new();
    match args.first().map(String::as_str) {
        Some("gen") => match generate(&paths) {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("runnel-bench: {e}");
                ExitCode::FAILURE
            }
        },
        // Child processes: one engine run each, so peak memory is that run's own.
        Some("baseline-child") => {
            let files: Vec<PathBuf> = args[1..].iter().map(PathBuf::from).collect();
            let mut sink = std::io::sink();
            let times = baseline::word_count(&files, &mut sink).expect("baseline");
            let s = RunStats {
                records: times.iter().map(|t| t.records).collect(),
                batch_ms: times.iter().map(|t| t.seconds * 1000.0).collect(),
                setup_ms: 0.0,
                memory_kb: stats::own_peak_kb(),
                cores: 1,
                cpu_ms: Vec::new(),
            };
            println!("{}", s.to_json());
            ExitCode::SUCCESS
        }
        Some("runnel-child") => runnel_run::child(&args[1..]),
        Some("help" | "--help" | "-h") => {
            println!("{}", include_str!("usage.txt"));
            ExitCode::SUCCESS
        }
        _ => run_all(&paths, &args),
    }
}

fn run_all(paths: &Paths, args: &[String]) -> ExitCode {
    let no_spark = args.iter().any(|a| a == "--no-spark");
    let only: Option<Vec<String>> = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .map(|s| s.split(',').map(str::to_string).collect());
    let (text, keyed) = match generate(paths) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("runnel-bench: generating data: {e}");
            return ExitCode::FAILURE;
        }
    };
    let programs = paths.data.join("programs");
    let results = paths.data.join("results");
    for d in [&programs, &results] {
        std::fs::create_dir_all(d).expect("bench/data folders");
    }
    let python = if no_spark { None } else { spark_python(paths) };
    if !no_spark && python.is_none() {
        eprintln!(
            "runnel-bench: no PySpark venv (.venv-spark or SPARK_PYTHON): running without Spark"
        );
    }
    let mut rows = Vec::new();
    for w in workloads() {
        if only
            .as_ref()
            .is_some_and(|o| !o.iter().any(|n| n == w.name))
        {
            continue;
        }
        let files = match w.data {
            Data::Text => &text,
            Data::Keyed => &keyed,
        };
        let rpb = match w.data {
            Data::Text => TEXT.records_per_batch,
            Data::Keyed => KEYED.records_per_batch,
        };
        let mut row = Row {
            name: w.name.to_string(),
            records_per_batch: rpb,
            runnel: None,
            spark: None,
            same_output: None,
            steady_tail: w.steady_tail,
        };
        let mut runnel_out = None;
        {
            let program = programs.join(format!("{}.py", w.name));
            // The same partitions on any number of cores: only the threads change.
            std::fs::write(&program, render(&w, files, paths, "local[2]", w.batches))
                .expect("write program");
            let out_txt = results.join(format!("{}.runnel.txt", w.name));
            eprintln!(
                "[runnel {} cores] {} ({} batches)",
                w.runnel_cores, w.name, w.batches
            );
            match child_json(&[
                "runnel-child",
                &program.display().to_string(),
                &w.batches.to_string(),
                &out_txt.display().to_string(),
                &w.runnel_cores.to_string(),
            ]) {
                Ok(v) => {
                    row.runnel = RunStats::from_json(&v).map(RunStats::without_first_batch);
                    runnel_out = std::fs::read_to_string(&out_txt).ok();
                }
                Err(e) => eprintln!("runnel-bench: {}: {e}", w.name),
            }
        }
        if let (Some(py), true) = (&python, w.spark_batches > 0) {
            // Spark gets the same program with as many queued files as batches it runs,
            // and a fresh checkpoint directory.
            let name = format!("{}.spark", w.name);
            let program = programs.join(format!("{name}.py"));
            std::fs::write(
                &program,
                render(&w, files, paths, w.spark_master, w.spark_batches),
            )
            .expect("write program");
            let _ = std::fs::remove_dir_all(paths.data.join("checkpoint").join(w.name));
            eprintln!(
                "[spark {}] {} ({} batches of {} s)",
                w.spark_master, w.name, w.spark_batches, w.batch_seconds
            );
            match run_spark(py, &program, w.spark_batches, paths, w.name) {
                Ok((mut s, text)) => {
                    s.records = vec![rpb; s.batch_ms.len()];
                    s.cores = if w.spark_master == "local[1]" { 1 } else { 2 };
                    // Runnel runs every workload with local[2]'s partitions (only its
                    // threads change), so only local[2] outputs are comparable.
                    if let (Some(r), "local[2]") = (&runnel_out, w.spark_master) {
                        // Compare the batches both ran.
                        let n = s.batch_ms.len().min(w.batches);
                        row.same_output = Some(first_batches(r, n) == first_batches(&text, n));
                    }
                    row.spark = Some(s.without_first_batch());
                }
                Err(e) => eprintln!("runnel-bench: {}: {e}", w.name),
            }
        }
        rows.push(row);
    }
    let baseline = if only
        .as_ref()
        .is_none_or(|o| o.iter().any(|n| n == "baseline"))
    {
        eprintln!("[baseline] hand-written word count");
        let list: Vec<String> = text
            .iter()
            .cycle()
            .take(20)
            .map(|p| p.display().to_string())
            .collect();
        let mut a = vec!["baseline-child"];
        a.extend(list.iter().map(String::as_str));
        child_json(&a)
            .ok()
            .and_then(|v| RunStats::from_json(&v))
            .map(RunStats::without_first_batch)
    } else {
        None
    };
    let mut report = String::new();
    let _ = writeln!(
        report,
        "Machine: {} (load average at the end: {})\n",
        machine(),
        std::fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    report.push_str(&table(&rows, baseline.as_ref()));
    report.push('\n');
    report.push_str(&scaling(&rows, baseline.as_ref()));
    println!("{report}");
    let _ = std::fs::write(results.join("latest.md"), &report);
    let all = json!({
        "machine": machine(),
        "rows": rows.iter().map(|r| json!({
            "name": r.name,
            "runnel": r.runnel.as_ref().map(RunStats::to_json),
            "spark": r.spark.as_ref().map(RunStats::to_json),
            "same_output": r.same_output,
        })).collect::<Vec<_>>(),
        "baseline": baseline.as_ref().map(RunStats::to_json),
    });
    let _ = std::fs::write(results.join("latest.json"), all.to_string());
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::first_batches;

    #[test]
    fn cuts_after_n_batches() {
        let rule = "-------------------------------------------";
        let block = |t: u32| format!("{rule}\nTime: 1970-01-01 00:00:0{t}\n{rule}\n{t}\n\n");
        let text: String = (1..=4).map(block).collect();
        let two: String = (1..=2).map(block).collect();
        assert_eq!(first_batches(&text, 2), two);
        assert_eq!(first_batches(&text, 9), text);
        assert_eq!(first_batches("[1]\n[2]\n[3]\n", 2), "[1]\n[2]\n");
    }
}
