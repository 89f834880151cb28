//! The program's output on our stdout. A reader that closes the pipe early (`runnel run
//! p.py | head`) ends the run quietly, as `cat` or `grep` would, instead of a panic from
//! `print!`.

use std::io::{ErrorKind, Write};

/// Writes `text` and flushes it (a streaming program's batches show as they come).
pub fn write(text: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        if e.kind() == ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("runnel: cannot write to stdout: {e}");
        std::process::exit(1);
    }
}
