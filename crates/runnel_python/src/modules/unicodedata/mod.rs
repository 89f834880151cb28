//! The `unicodedata` module, on Unicode 14.0.0 as CPython 3.11's: `normalize` and
//! `is_normalized` (the `unicode-normalization` crate), `category` (the
//! `unicode-general-category` crate, Unicode 14.0), `name`/`lookup` (the parser's
//! `unicode_names2` tables), `combining`, and `decimal`/`digit`/`numeric`,
//! `east_asian_width`, `bidirectional`, `mirrored` from tables generated out of CPython
//! 3.11 itself (`tables.rs`). Only in the full engine (the tables are large).
//!
//! The normalization crate carries a later Unicode version: characters assigned after
//! 14.0 are kept out of it (treated as CPython 3.11 treats them, unassigned), so every
//! result is 14.0's (Unicode's stability policy fixes the rest).

mod tables;

use crate::native::NativeFunction;
use crate::{Args, Interpreter};
use runnel_core::{Error, Result, Value};
use unicode_general_category::{get_general_category, GeneralCategory as G};
use unicode_normalization::UnicodeNormalization;

/// The one character of `func`'s argument, or CPython's `TypeError`.
fn one_char(func: &str, v: &Value) -> Result<char> {
    if let Value::Str(s) = crate::runtime::builtin_base::plain(v) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
        return Err(Error::type_error(format!(
            "{func}() argument must be a unicode character, not str"
        )));
    }
    Err(Error::type_error(format!(
        "{func}() argument must be a unicode character, not {}",
        v.type_name()
    )))
}

fn category(c: char) -> &'static str {
    match get_general_category(c) {
        G::ClosePunctuation => "Pe",
        G::ConnectorPunctuation => "Pc",
        G::Control => "Cc",
        G::CurrencySymbol => "Sc",
        G::DashPunctuation => "Pd",
        G::DecimalNumber => "Nd",
        G::EnclosingMark => "Me",
        G::FinalPunctuation => "Pf",
        G::Format => "Cf",
        G::InitialPunctuation => "Pi",
        G::LetterNumber => "Nl",
        G::LineSeparator => "Zl",
        G::LowercaseLetter => "Ll",
        G::MathSymbol => "Sm",
        G::ModifierLetter => "Lm",
        G::ModifierSymbol => "Sk",
        G::NonspacingMark => "Mn",
        G::OpenPunctuation => "Ps",
        G::OtherLetter => "Lo",
        G::OtherNumber => "No",
        G::OtherPunctuation => "Po",
        G::OtherSymbol => "So",
        G::ParagraphSeparator => "Zp",
        G::PrivateUse => "Co",
        G::SpaceSeparator => "Zs",
        G::SpacingMark => "Mc",
        G::Surrogate => "Cs",
        G::TitlecaseLetter => "Lt",
        G::Unassigned => "Cn",
        G::UppercaseLetter => "Lu",
    }
}

/// Whether Unicode 14.0 assigns `c` (what the later tables know beyond it is left out).
fn assigned(c: char) -> bool {
    get_general_category(c) != G::Unassigned
}

/// The entry of a run table (`first`, `last`, ...) holding `c`.
fn find_run<T: Copy>(runs: &[T], c: char, bounds: impl Fn(T) -> (u32, u32)) -> Option<T> {
    let cp = c as u32;
    let i = runs.partition_point(|&r| bounds(r).1 < cp);
    runs.get(i).copied().filter(|&r| bounds(r).0 <= cp)
}

/// `(kind, value)` of a numeric character (kind 0 decimal, 1 digit, 2 numeric only).
fn numeric_of(c: char) -> Option<(u8, f64)> {
    let run = find_run(tables::NUMERIC, c, |(a, n, _, _)| (a, a + n as u32 - 1))?;
    Some((run.2, run.3 + (c as u32 - run.0) as f64))
}

/// `unistr` normalized to `form`, one stretch between characters 14.0 leaves unassigned
/// at a time (they are starters with no mapping there, so this is 14.0's result).
fn normalize(form: &str, s: &str) -> Result<String> {
    let apply = |part: &str, out: &mut String| match form {
        "NFC" => out.extend(part.nfc()),
        "NFD" => out.extend(part.nfd()),
        "NFKC" => out.extend(part.nfkc()),
        _ => out.extend(part.nfkd()),
    };
    if !matches!(form, "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(Error::value_error("invalid normalization form"));
    }
    let mut out = String::with_capacity(s.len());
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if !assigned(c) {
            apply(&s[start..i], &mut out);
            out.push(c);
            start = i + c.len_utf8();
        }
    }
    apply(&s[start..], &mut out);
    Ok(out)
}

fn str_arg(func: &str, n: usize, v: &Value) -> Result<String> {
    match crate::runtime::builtin_base::plain(v) {
        Value::Str(s) => Ok(s.to_string()),
        _ => Err(Error::type_error(format!(
            "{func}() argument {n} must be str, not {}",
            v.type_name()
        ))),
    }
}

/// A lookup `func(chr[, default])` whose missing value is `ValueError(missing)`.
fn with_default(
    func: &'static str,
    missing: &'static str,
    f: impl Fn(char) -> Option<Value> + 'static,
) -> Value {
    NativeFunction::new(func, move |_: &Interpreter, a: Args| {
        a.check_count(func, 1, 2)?;
        a.finish(func)?;
        let c = one_char(func, &a.positional[0])?;
        match (f(c), a.positional.get(1)) {
            (Some(v), _) => Ok(v),
            (None, Some(d)) => Ok(d.clone()),
            (None, None) => Err(Error::value_error(missing)),
        }
    })
}

/// A property `func(chr)`.
fn property(func: &'static str, f: impl Fn(char) -> Value + 'static) -> Value {
    NativeFunction::new(func, move |_: &Interpreter, a: Args| {
        a.check_count(func, 1, 1)?;
        a.finish(func)?;
        Ok(f(one_char(func, &a.positional[0])?))
    })
}

fn lookup(_: &Interpreter, a: Args) -> Result<Value> {
    a.check_count("lookup", 1, 1)?;
    let name = str_arg("lookup", 1, &a.positional[0])?;
    match unicode_names2::character(&name).filter(|&c| assigned(c)) {
        Some(c) => Ok(Value::str(c.encode_utf8(&mut [0; 4]))),
        // A KeyError shows its argument's repr.
        None => Err(Error::key_error(
            Value::str(&format!("undefined character name '{name}'")).repr(),
        )),
    }
}

pub(super) fn attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("unidata_version", Value::str("14.0.0")),
        (
            "normalize",
            NativeFunction::new("normalize", |_, a: Args| {
                a.check_count("normalize", 2, 2)?;
                let form = str_arg("normalize", 1, &a.positional[0])?;
                let s = str_arg("normalize", 2, &a.positional[1])?;
                Ok(Value::str(&normalize(&form, &s)?))
            }),
        ),
        (
            "is_normalized",
            NativeFunction::new("is_normalized", |_, a: Args| {
                a.check_count("is_normalized", 2, 2)?;
                let form = str_arg("is_normalized", 1, &a.positional[0])?;
                let s = str_arg("is_normalized", 2, &a.positional[1])?;
                Ok(Value::Bool(normalize(&form, &s)? == s))
            }),
        ),
        (
            "category",
            property("category", |c| Value::str(category(c))),
        ),
        (
            "combining",
            property("combining", |c| {
                let ccc = unicode_normalization::char::canonical_combining_class(c);
                Value::Int(if assigned(c) { ccc as i64 } else { 0 })
            }),
        ),
        (
            "east_asian_width",
            property("east_asian_width", |c| {
                let run = find_run(tables::EAW, c, |(a, b, _)| (a, b));
                Value::str(tables::EAW_NAMES[run.map_or(0, |r| r.2 as usize)])
            }),
        ),
        (
            "bidirectional",
            property("bidirectional", |c| {
                let run = find_run(tables::BIDI, c, |(a, b, _)| (a, b));
                Value::str(tables::BIDI_NAMES[run.map_or(0, |r| r.2 as usize)])
            }),
        ),
        (
            "mirrored",
            property("mirrored", |c| {
                Value::Int(find_run(tables::MIRRORED, c, |r| r).is_some() as i64)
            }),
        ),
        (
            "decimal",
            with_default("decimal", "not a decimal", |c| match numeric_of(c)? {
                (0, v) => Some(Value::Int(v as i64)),
                _ => None,
            }),
        ),
        (
            "digit",
            with_default("digit", "not a digit", |c| match numeric_of(c)? {
                (0 | 1, v) => Some(Value::Int(v as i64)),
                _ => None,
            }),
        ),
        (
            "numeric",
            with_default("numeric", "not a numeric character", |c| {
                numeric_of(c).map(|(_, v)| Value::Float(v))
            }),
        ),
        (
            "name",
            with_default("name", "no such name", |c| {
                let name = unicode_names2::name(c).filter(|_| assigned(c))?;
                Some(Value::str(&name.to_string()))
            }),
        ),
        ("lookup", NativeFunction::new("lookup", lookup)),
    ]
}
