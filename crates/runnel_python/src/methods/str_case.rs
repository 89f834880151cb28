//! Python's casing rules where they differ from Rust's `char` methods: titlecase
//! (`str.title`, `capitalize`, by `str_title`'s table), titlecase letters (Lt), which are
//! cased but neither upper nor lower case (`islower`, `isupper`, `istitle`, `swapcase`
//! leave them out as CPython does), and a final capital sigma lowered to `ς` in context.

use super::str_title::is_titlecase;

/// The lower case of each character of a string in turn, in context: a capital sigma is
/// `ς` at the end of a word and `σ` elsewhere, as `str.lower()` decides (Rust's
/// `str::to_lowercase` applies the same Final_Sigma rule as CPython).
struct Lower {
    /// The whole string in lower case, when it holds a capital sigma.
    lowered: Option<String>,
    /// Where the next character's lower case starts in `lowered`.
    at: usize,
}

impl Lower {
    fn new(t: &str) -> Lower {
        Lower {
            lowered: t.contains('Σ').then(|| t.to_lowercase()),
            at: 0,
        }
    }

    /// Moves past `c`, the next character, appending its lower case to `out` if `push`.
    /// Only a sigma's lower case depends on context, and both of its are two bytes long,
    /// so every other character's own mapping tells how far to move.
    fn next(&mut self, c: char, out: &mut String, push: bool) {
        let len: usize = c.to_lowercase().map(char::len_utf8).sum();
        if push {
            match &self.lowered {
                Some(l) if c == 'Σ' => out.push_str(&l[self.at..self.at + len]),
                _ => out.extend(c.to_lowercase()),
            }
        }
        self.at += len;
    }
}

/// `str.swapcase()`: upper case to lower and lower to upper; titlecase letters and
/// uncased characters stay.
pub(crate) fn swapcase(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut lower = Lower::new(t);
    for c in t.chars() {
        lower.next(c, &mut out, c.is_uppercase());
        if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else if !c.is_uppercase() {
            out.push(c);
        }
    }
    out
}

/// `str.islower()`: some lower-case character and no upper-case or titlecase one.
pub(crate) fn islower(t: &str) -> bool {
    t.chars().any(char::is_lowercase) && !t.chars().any(|c| c.is_uppercase() || is_titlecase(c))
}

/// `str.isupper()`: some upper-case character and no lower-case or titlecase one.
pub(crate) fn isupper(t: &str) -> bool {
    t.chars().any(char::is_uppercase) && !t.chars().any(|c| c.is_lowercase() || is_titlecase(c))
}

/// `str.istitle()`: every cased run starts with an upper-case or titlecase character and
/// goes on in lower case, and there is at least one.
pub(crate) fn istitle(t: &str) -> bool {
    let (mut prev_cased, mut any) = (false, false);
    for c in t.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    any
}
