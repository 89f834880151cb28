//! Files on disk for `saveAsTextFiles` and `sc.textFile`.

use runnel_core::{Error, Result};
use std::path::Path;

pub(crate) fn write_file(path: &str, contents: &str) -> Result<()> {
    let path = Path::new(path);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| os_error(&e, dir))?;
    }
    std::fs::write(path, contents).map_err(|e| os_error(&e, path))
}

pub(crate) fn read_file(path: &str) -> Result<String> {
    let p = Path::new(path);
    // Spark reads every file of a directory given to textFile.
    if p.is_dir() {
        let mut names: Vec<_> = std::fs::read_dir(p)
            .map_err(|e| os_error(&e, p))?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .collect();
        names.sort();
        let mut all = String::new();
        for n in names.iter().filter(|n| n.is_file() && !hidden(n)) {
            all.push_str(&std::fs::read_to_string(n).map_err(|e| os_error(&e, n))?);
        }
        return Ok(all);
    }
    std::fs::read_to_string(p).map_err(|e| os_error(&e, p))
}

/// The files of a directory with their modification times (ms), hidden ones left out
/// (Structured Streaming's file sources).
pub(crate) fn list_dir(dir: &str) -> Result<Vec<(String, i64)>> {
    let p = Path::new(dir);
    let mut out = Vec::new();
    for e in std::fs::read_dir(p).map_err(|e| os_error(&e, p))?.flatten() {
        let path = e.path();
        if !path.is_file() || hidden(&path) {
            continue;
        }
        let mtime = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_millis() as i64);
        out.push((path.display().to_string(), mtime));
    }
    out.sort();
    Ok(out)
}

/// Hadoop skips files starting with `_` or `.` (`_SUCCESS`, `.crc`).
pub(crate) fn hidden(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('_') || n.starts_with('.'))
}

fn os_error(e: &std::io::Error, path: &Path) -> Error {
    let kind = match e.kind() {
        std::io::ErrorKind::NotFound => "FileNotFoundError",
        std::io::ErrorKind::PermissionDenied => "PermissionError",
        _ => "OSError",
    };
    Error::new(kind, format!("{e}: '{}'", path.display()))
}
