//! `OSError` as CPython 3.11 builds it: `OSError(errno, strerror[, filename[, winerror[,
//! filename2]]])` becomes the subclass its errno names (`FileNotFoundError` for 2), its
//! `args` keep the first two, `errno`/`strerror`/`filename`/`filename2` read the rest,
//! and `str(e)` is `[Errno 2] No such file: 'data.csv'`. The full arguments are what an
//! exception value stores; these functions give the views Python shows.

use runnel_core::Value;

/// The class `OSError(errno, ...)` makes (Linux's errno values, as CPython's
/// `errnomap`).
pub(crate) fn class_for(args: &[Value]) -> &'static str {
    let Some(Value::Int(errno)) = args.first().filter(|_| (2..=5).contains(&args.len())) else {
        return "OSError";
    };
    match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => "OSError",
    }
}

/// `e.args`: the first two of 3 to 5 arguments.
pub(crate) fn visible_args(args: &[Value]) -> &[Value] {
    match args.len() {
        3..=5 => &args[..2],
        _ => args,
    }
}

/// `e.errno`, `e.strerror`, `e.filename`, `e.filename2` (`None` unless 2 to 5
/// arguments were given); `None` for other names.
pub(crate) fn attr(args: &[Value], name: &str) -> Option<Value> {
    let at = match name {
        "errno" => 0,
        "strerror" => 1,
        "filename" => 2,
        "filename2" => 4,
        _ => return None,
    };
    let parsed = (2..=5).contains(&args.len());
    Some(
        args.get(at)
            .filter(|_| parsed)
            .cloned()
            .unwrap_or(Value::None),
    )
}

/// `str(e)` when the arguments are an errno and a message (`None`: as any exception).
pub(crate) fn text(args: &[Value]) -> Option<String> {
    if !(2..=5).contains(&args.len()) {
        return None;
    }
    let head = format!("[Errno {}] {}", args[0].to_str(), args[1].to_str());
    let named = |i: usize| args.get(i).filter(|v| !matches!(v, Value::None));
    Some(match (named(2), named(4)) {
        (Some(f), Some(f2)) => format!("{head}: {} -> {}", f.repr(), f2.repr()),
        (Some(f), None) => format!("{head}: {}", f.repr()),
        _ => head,
    })
}
