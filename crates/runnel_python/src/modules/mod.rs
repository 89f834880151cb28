//! The standard modules Runnel provides (the list: `register_all`).

pub(crate) mod abc;
pub(crate) mod args;
#[cfg(feature = "extra")]
mod base64;
#[cfg(feature = "extra")]
mod binascii;
#[cfg(feature = "extra")]
mod calendar;
#[cfg(feature = "extra")]
mod cmath;
pub(crate) mod collections;
mod combinatorics;
mod contextlib;
mod copy;
pub(crate) mod strftime;
pub(crate) mod strptime;
pub(crate) mod time_of_day;
pub(crate) use copy::deep as copy_deep;
mod csv;
pub(crate) mod date;
pub(crate) mod datetime;
#[cfg(feature = "extra")]
pub(crate) mod decimal;
pub(crate) mod enum_api;
mod enum_auto;
pub(crate) mod enum_flag;
pub(crate) mod enum_portable;
pub(crate) mod enums;
#[cfg(feature = "extra")]
pub(crate) mod fractions;
mod functools;
#[cfg(feature = "extra")]
mod functools_dispatch;
#[cfg(feature = "extra")]
mod hashlib;
mod heapq;
mod io;
mod isoformat;
mod itertools;
mod json;
mod localtime;
mod logging;
mod math;
#[cfg(feature = "extra")]
mod math_erf;
#[cfg(feature = "extra")]
mod math_gamma;
mod math_ieee;
mod math_log;
mod math_more;
mod math_norm;
mod operator;
mod operator_more;
mod os;
mod pprint;
#[cfg(feature = "extra")]
mod pystruct;
pub mod random;
#[cfg(feature = "re")]
mod re;
mod statistics;
mod statistics_more;
mod string;
mod struct_time;
pub(crate) mod sys;
#[cfg(feature = "extra")]
mod textwrap;
mod time;
pub(crate) mod timedelta;
mod types;
pub(crate) mod typing;
#[cfg(feature = "extra")]
mod unicodedata;
#[cfg(feature = "extra")]
mod uuid;
mod warnings;

use crate::native::Module;
use crate::Interpreter;
use runnel_core::{Error, Result, Value};

pub(crate) fn register_all(interp: &Interpreter) {
    interp.register_module("math", math::attrs());
    interp.register_module("operator", operator::attrs());
    interp.register_module("time", time::attrs());
    interp.register_module("datetime", datetime::attrs());
    interp.register_module("random", random::attrs(interp));
    #[cfg(feature = "re")]
    interp.register_module("re", re::attrs());
    #[cfg(not(feature = "re"))]
    interp.mark_needs_full_engine("re");
    interp.register_module("collections", collections::attrs());
    interp.register_module("collections.abc", collections::abc::attrs());
    interp.register_module("numbers", collections::abc::numbers_attrs());
    interp.register_module("json", json::attrs(interp));
    interp.register_module("itertools", itertools::attrs());
    interp.register_module("typing", typing::typing_attrs());
    interp.register_module("__future__", typing::future_attrs());
    interp.register_module("os", os::os_attrs());
    interp.register_module("os.path", os::path_attrs());
    interp.register_module("logging", logging::attrs());
    interp.register_module("warnings", warnings::attrs());
    interp.register_module("pprint", pprint::attrs());
    interp.register_module("heapq", heapq::heapq_attrs());
    interp.register_module("bisect", heapq::bisect_attrs());
    interp.register_module("statistics", statistics::attrs());
    interp.register_module("sys", sys::sys_attrs(&interp.config.filename));
    interp.register_module("string", string::attrs());
    interp.register_module("functools", functools::attrs(interp));
    interp.register_module("types", types::attrs(interp));
    interp.register_module("contextlib", contextlib::attrs());
    interp.register_module("copy", copy::attrs());
    interp.register_module("abc", abc::attrs());
    interp.register_module("enum", enums::attrs());
    interp.register_module("csv", csv::attrs());
    interp.register_module("io", io::attrs());
    register_extra_modules(interp);
    #[cfg(feature = "extra")]
    interp.register_module("unicodedata", unicodedata::attrs());
    #[cfg(not(feature = "extra"))]
    interp.mark_needs_full_engine("unicodedata");
}

/// The modules the npm package's lite engine leaves to the full one (feature `extra`):
/// rarer in course programs, and together about 49 KB of its gzipped wasm (1 087 802 B
/// with them, 1 039 196 without, on 2026-11-29); hashlib, base64, zlib and binascii
/// (with their digests and checksums) another 36 KB (1 326 403 B with them, 1 290 323
/// without, on 2026-11-30).
fn register_extra_modules(interp: &Interpreter) {
    #[cfg(feature = "extra")]
    {
        interp.register_module("struct", pystruct::attrs());
        interp.register_module("uuid", uuid::attrs());
        interp.register_module("fractions", fractions::attrs());
        interp.register_module("textwrap", textwrap::attrs());
        interp.register_module("decimal", decimal::attrs());
        interp.register_module("cmath", cmath::attrs());
        interp.register_module("calendar", calendar::attrs());
        interp.register_module("hashlib", hashlib::attrs());
        interp.register_module("base64", base64::attrs());
        interp.register_module("zlib", base64::zlib_attrs());
        let mut binascii = binascii::attrs();
        binascii.extend(
            base64::zlib_attrs()
                .into_iter()
                .filter(|(n, _)| *n == "crc32"),
        );
        interp.register_module("binascii", binascii);
    }
    #[cfg(not(feature = "extra"))]
    for name in [
        "struct",
        "uuid",
        "fractions",
        "textwrap",
        "decimal",
        "cmath",
        "calendar",
        "hashlib",
        "base64",
        "zlib",
        "binascii",
    ] {
        interp.mark_needs_full_engine(name);
    }
}

/// An attribute of a `json.JSONDecodeError` value (`e.msg`, `e.pos`...), if it is one.
pub(crate) fn json_error_attr(e: &crate::exceptions::ExcValue, name: &str) -> Option<Value> {
    if e.exc_type != "json.decoder.JSONDecodeError" {
        return None;
    }
    match e.args.first() {
        Some(Value::Str(m)) => json::decode_error_attr(m, name),
        _ => None,
    }
}

/// What the error of a module this build leaves out says (the npm package's lite engine):
/// [`crate::DiagnosticData::needs_full_engine`] and the worker look for it.
pub const FULL_ENGINE_MARKER: &str = "needs Runnel's full engine";

/// Python's `ModuleNotFoundError` for `module`, which this build leaves out (a Cargo
/// feature): the npm package then runs the program on its full engine.
pub fn needs_full_engine(module: &str) -> Error {
    Error::new(
        "ModuleNotFoundError",
        format!(
            "No module named '{module}' here: it {FULL_ENGINE_MARKER}, which this build leaves out"
        ),
    )
}

/// The error of a language feature this build leaves out (the npm package's lite engine):
/// a `ModuleNotFoundError` with [`FULL_ENGINE_MARKER`], so the package runs the program on
/// its full engine.
#[cfg(not(feature = "extra"))]
pub(crate) fn feature_needs_full_engine(what: &str) -> Error {
    Error::new(
        "ModuleNotFoundError",
        format!("{what} {FULL_ENGINE_MARKER}, which this build leaves out"),
    )
}

impl Interpreter {
    /// Makes `import name` (and its submodules) raise [`needs_full_engine`]: a module this
    /// build leaves out.
    pub fn mark_needs_full_engine(&self, name: &str) {
        self.full_engine_modules.borrow_mut().push(name.to_string());
    }

    /// The module registered as `name`, or Python's `ModuleNotFoundError`.
    pub(crate) fn find_module(&self, name: &str) -> Result<Value> {
        if let Some(m) = self.modules.borrow().get(name) {
            return Ok(m.clone());
        }
        let left_out = self.full_engine_modules.borrow().iter().any(|m| {
            name == m
                || name
                    .strip_prefix(m.as_str())
                    .is_some_and(|r| r.starts_with('.'))
        });
        if left_out {
            return Err(needs_full_engine(name));
        }
        let mut names: Vec<String> = self.modules.borrow().keys().cloned().collect();
        names.sort();
        Err(Error::new(
            "ModuleNotFoundError",
            format!(
                "No module named '{name}' (Runnel provides: {})",
                names.join(", ")
            ),
        ))
    }

    /// `from module import name`.
    pub(crate) fn module_attr(&self, m: &Value, module: &str, name: &str) -> Result<Value> {
        m.downcast::<Module>()
            .and_then(|m| m.get(name))
            .ok_or_else(|| match not_in_runnel(module, name) {
                Some(msg) => Error::new("ImportError", msg),
                None => Error::new(
                    "ImportError",
                    format!("cannot import name '{name}' from '{module}' (unknown location)"),
                ),
            })
    }
}

/// Names CPython 3.11's modules have that Runnel's do not: refused by name, so a program
/// learns it met a limit of Runnel rather than a typo.
const NOT_IN_RUNNEL: &[(&str, &[&str])] = &[
    (
        "re",
        &["Scanner", "RegexFlag", "template", "TEMPLATE", "T", "DEBUG"],
    ),
    ("collections", &["UserDict", "UserList", "UserString"]),
    ("functools", &["partialmethod"]),
    ("random", &["SystemRandom"]),
    (
        "calendar",
        &[
            "month",
            "prmonth",
            "calendar",
            "prcal",
            "Calendar",
            "TextCalendar",
            "HTMLCalendar",
            "LocaleTextCalendar",
            "LocaleHTMLCalendar",
            "setfirstweekday",
            "monthdays2calendar",
            "weekheader",
        ],
    ),
    (
        "types",
        &[
            "GeneratorType",
            "BuiltinFunctionType",
            "MethodType",
            "ModuleType",
            "MappingProxyType",
            "CodeType",
            "new_class",
        ],
    ),
    ("statistics", &["NormalDist"]),
    ("datetime", &["time", "timezone", "tzinfo"]),
    ("string", &["Formatter"]),
    // glibc's cbrt, which CPython calls, is not correctly rounded (half of all results
    // differ from the correctly rounded ones) and is LGPL code: no permissive match.
    ("math", &["cbrt"]),
    ("csv", &["Sniffer", "Dialect"]),
    ("unicodedata", &["decomposition", "ucd_3_2_0", "UCD"]),
    #[cfg(feature = "extra")]
    ("hashlib", hashlib::NOT_HERE),
    ("struct", &["pack_into"]),
    ("uuid", &["uuid1", "getnode", "SafeUUID"]),
    (
        "decimal",
        &[
            "Context",
            "localcontext",
            "setcontext",
            "BasicContext",
            "ExtendedContext",
            "DefaultContext",
            "Inexact",
            "Rounded",
            "Subnormal",
            "Overflow",
            "Underflow",
            "Clamped",
            "FloatOperation",
            "MAX_PREC",
            "MAX_EMAX",
            "MIN_EMIN",
        ],
    ),
    (
        "base64",
        &[
            "b32encode",
            "b32decode",
            "b32hexencode",
            "b32hexdecode",
            "a85encode",
            "a85decode",
            "b85encode",
            "b85decode",
            "encode",
            "decode",
        ],
    ),
    (
        "zlib",
        &[
            "compress",
            "decompress",
            "compressobj",
            "decompressobj",
            "error",
        ],
    ),
    (
        "io",
        &[
            "open",
            "TextIOWrapper",
            "BufferedReader",
            "FileIO",
            "IOBase",
            "TextIOBase",
        ],
    ),
    (
        "os",
        &[
            "chdir",
            "rename",
            "rmdir",
            "stat",
            "scandir",
            "urandom",
            "cpu_count",
            "popen",
            "kill",
        ],
    ),
    (
        "os.path",
        &[
            "getmtime",
            "getctime",
            "islink",
            "realpath",
            "relpath",
            "commonpath",
            "samefile",
        ],
    ),
    (
        "sys",
        &[
            "stdin",
            "settrace",
            "setprofile",
            "_getframe",
            "getrefcount",
        ],
    ),
    (
        "time",
        &[
            "tzname", "timezone", "altzone", "daylight", "asctime", "ctime", "strptime",
        ],
    ),
];

/// The refusal for `module.name` when CPython has it and Runnel does not.
pub(crate) fn not_in_runnel(module: &str, name: &str) -> Option<String> {
    let (_, names) = NOT_IN_RUNNEL.iter().find(|(m, _)| *m == module)?;
    names
        .contains(&name)
        .then(|| format!("'{module}.{name}' is not supported in Runnel"))
}
