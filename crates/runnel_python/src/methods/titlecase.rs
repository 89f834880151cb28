//! Python's titlecase (`str.title`, `str.capitalize`) as CPython 3.11 (Unicode 14.0.0): a
//! character's titlecase is its uppercase but for the characters of [`TITLE`] (digraphs
//! such as `ǆ` -> `ǅ`, `ß` -> `Ss`, ligatures, Georgian letters that stay as they are, Greek
//! letters with a iota subscript). A character is cased when it is lowercase, uppercase or
//! titlecase (`Lt`, [`TITLECASE_LETTERS`]): `title()` lowers a character after a cased one.
//! The tables were generated with CPython 3.11 (`c.title() != c.upper()` and category `Lt`
//! over every code point), not written by hand.

/// The characters whose titlecase is not their uppercase, sorted, with their titlecase.
const TITLE: &[(u32, &str)] = &[
    (0xDF, "Ss"),
    (0x1C4, "\u{1c5}"),
    (0x1C5, "\u{1c5}"),
    (0x1C6, "\u{1c5}"),
    (0x1C7, "\u{1c8}"),
    (0x1C8, "\u{1c8}"),
    (0x1C9, "\u{1c8}"),
    (0x1CA, "\u{1cb}"),
    (0x1CB, "\u{1cb}"),
    (0x1CC, "\u{1cb}"),
    (0x1F1, "\u{1f2}"),
    (0x1F2, "\u{1f2}"),
    (0x1F3, "\u{1f2}"),
    (0x587, "\u{535}\u{582}"),
    (0x10D0, "\u{10d0}"),
    (0x10D1, "\u{10d1}"),
    (0x10D2, "\u{10d2}"),
    (0x10D3, "\u{10d3}"),
    (0x10D4, "\u{10d4}"),
    (0x10D5, "\u{10d5}"),
    (0x10D6, "\u{10d6}"),
    (0x10D7, "\u{10d7}"),
    (0x10D8, "\u{10d8}"),
    (0x10D9, "\u{10d9}"),
    (0x10DA, "\u{10da}"),
    (0x10DB, "\u{10db}"),
    (0x10DC, "\u{10dc}"),
    (0x10DD, "\u{10dd}"),
    (0x10DE, "\u{10de}"),
    (0x10DF, "\u{10df}"),
    (0x10E0, "\u{10e0}"),
    (0x10E1, "\u{10e1}"),
    (0x10E2, "\u{10e2}"),
    (0x10E3, "\u{10e3}"),
    (0x10E4, "\u{10e4}"),
    (0x10E5, "\u{10e5}"),
    (0x10E6, "\u{10e6}"),
    (0x10E7, "\u{10e7}"),
    (0x10E8, "\u{10e8}"),
    (0x10E9, "\u{10e9}"),
    (0x10EA, "\u{10ea}"),
    (0x10EB, "\u{10eb}"),
    (0x10EC, "\u{10ec}"),
    (0x10ED, "\u{10ed}"),
    (0x10EE, "\u{10ee}"),
    (0x10EF, "\u{10ef}"),
    (0x10F0, "\u{10f0}"),
    (0x10F1, "\u{10f1}"),
    (0x10F2, "\u{10f2}"),
    (0x10F3, "\u{10f3}"),
    (0x10F4, "\u{10f4}"),
    (0x10F5, "\u{10f5}"),
    (0x10F6, "\u{10f6}"),
    (0x10F7, "\u{10f7}"),
    (0x10F8, "\u{10f8}"),
    (0x10F9, "\u{10f9}"),
    (0x10FA, "\u{10fa}"),
    (0x10FD, "\u{10fd}"),
    (0x10FE, "\u{10fe}"),
    (0x10FF, "\u{10ff}"),
    (0x1F80, "\u{1f88}"),
    (0x1F81, "\u{1f89}"),
    (0x1F82, "\u{1f8a}"),
    (0x1F83, "\u{1f8b}"),
    (0x1F84, "\u{1f8c}"),
    (0x1F85, "\u{1f8d}"),
    (0x1F86, "\u{1f8e}"),
    (0x1F87, "\u{1f8f}"),
    (0x1F88, "\u{1f88}"),
    (0x1F89, "\u{1f89}"),
    (0x1F8A, "\u{1f8a}"),
    (0x1F8B, "\u{1f8b}"),
    (0x1F8C, "\u{1f8c}"),
    (0x1F8D, "\u{1f8d}"),
    (0x1F8E, "\u{1f8e}"),
    (0x1F8F, "\u{1f8f}"),
    (0x1F90, "\u{1f98}"),
    (0x1F91, "\u{1f99}"),
    (0x1F92, "\u{1f9a}"),
    (0x1F93, "\u{1f9b}"),
    (0x1F94, "\u{1f9c}"),
    (0x1F95, "\u{1f9d}"),
    (0x1F96, "\u{1f9e}"),
    (0x1F97, "\u{1f9f}"),
    (0x1F98, "\u{1f98}"),
    (0x1F99, "\u{1f99}"),
    (0x1F9A, "\u{1f9a}"),
    (0x1F9B, "\u{1f9b}"),
    (0x1F9C, "\u{1f9c}"),
    (0x1F9D, "\u{1f9d}"),
    (0x1F9E, "\u{1f9e}"),
    (0x1F9F, "\u{1f9f}"),
    (0x1FA0, "\u{1fa8}"),
    (0x1FA1, "\u{1fa9}"),
    (0x1FA2, "\u{1faa}"),
    (0x1FA3, "\u{1fab}"),
    (0x1FA4, "\u{1fac}"),
    (0x1FA5, "\u{1fad}"),
    (0x1FA6, "\u{1fae}"),
    (0x1FA7, "\u{1faf}"),
    (0x1FA8, "\u{1fa8}"),
    (0x1FA9, "\u{1fa9}"),
    (0x1FAA, "\u{1faa}"),
    (0x1FAB, "\u{1fab}"),
    (0x1FAC, "\u{1fac}"),
    (0x1FAD, "\u{1fad}"),
    (0x1FAE, "\u{1fae}"),
    (0x1FAF, "\u{1faf}"),
    (0x1FB2, "\u{1fba}\u{345}"),
    (0x1FB3, "\u{1fbc}"),
    (0x1FB4, "\u{386}\u{345}"),
    (0x1FB7, "\u{391}\u{342}\u{345}"),
    (0x1FBC, "\u{1fbc}"),
    (0x1FC2, "\u{1fca}\u{345}"),
    (0x1FC3, "\u{1fcc}"),
    (0x1FC4, "\u{389}\u{345}"),
    (0x1FC7, "\u{397}\u{342}\u{345}"),
    (0x1FCC, "\u{1fcc}"),
    (0x1FF2, "\u{1ffa}\u{345}"),
    (0x1FF3, "\u{1ffc}"),
    (0x1FF4, "\u{38f}\u{345}"),
    (0x1FF7, "\u{3a9}\u{342}\u{345}"),
    (0x1FFC, "\u{1ffc}"),
    (0xFB00, "Ff"),
    (0xFB01, "Fi"),
    (0xFB02, "Fl"),
    (0xFB03, "Ffi"),
    (0xFB04, "Ffl"),
    (0xFB05, "St"),
    (0xFB06, "St"),
    (0xFB13, "\u{544}\u{576}"),
    (0xFB14, "\u{544}\u{565}"),
    (0xFB15, "\u{544}\u{56b}"),
    (0xFB16, "\u{54e}\u{576}"),
    (0xFB17, "\u{544}\u{56d}"),
];

/// The characters of category `Lt`, sorted.
const TITLECASE_LETTERS: &[u32] = &[
    0x1C5, 0x1C8, 0x1CB, 0x1F2, 0x1F88, 0x1F89, 0x1F8A, 0x1F8B, 0x1F8C, 0x1F8D, 0x1F8E, 0x1F8F,
    0x1F98, 0x1F99, 0x1F9A, 0x1F9B, 0x1F9C, 0x1F9D, 0x1F9E, 0x1F9F, 0x1FA8, 0x1FA9, 0x1FAA, 0x1FAB,
    0x1FAC, 0x1FAD, 0x1FAE, 0x1FAF, 0x1FBC, 0x1FCC, 0x1FFC,
];

/// Appends the titlecase of `c` to `out`.
pub(crate) fn push_title(out: &mut String, c: char) {
    match TITLE.binary_search_by_key(&(c as u32), |&(k, _)| k) {
        Ok(i) => out.push_str(TITLE[i].1),
        Err(_) => out.extend(c.to_uppercase()),
    }
}

/// A titlecase letter (category `Lt`, such as `ǅ`), which `istitle` takes as an uppercase one.
pub(crate) fn is_titlecase_letter(c: char) -> bool {
    TITLECASE_LETTERS.binary_search(&(c as u32)).is_ok()
}

/// Cased as CPython's `_PyUnicode_IsCased`: Unicode's derived `Cased` property.
pub(crate) fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase_letter(c)
}

/// `s.title()`: each run of cased characters starts with its titlecase, the rest lowered
/// (a capital sigma as `str.lower` lowers it in its place: final or not).
pub(crate) fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, c) in s.char_indices() {
        if !prev_cased {
            push_title(&mut out, c);
        } else if c == 'Σ' {
            out.push_str(lowered_sigma(s, i));
        } else {
            out.extend(c.to_lowercase());
        }
        prev_cased = is_cased(c);
    }
    out
}

/// The capital sigma at byte `at` of `s` lowered in its context: `ς` at the end of a word.
/// Rust's `str::to_lowercase` has CPython's rule (cased before, none after, skipping
/// case-ignorable characters); every other character lowers to the same length wherever
/// it is, so the sigma's place in the lowered text is that of the lowered prefix.
fn lowered_sigma(s: &str, at: usize) -> &'static str {
    let whole = s.to_lowercase();
    let place = s[..at].to_lowercase().len();
    if whole[place..].starts_with('ς') {
        "ς"
    } else {
        "σ"
    }
}

/// `s.capitalize()`: the first character's titlecase (CPython 3.8 and later), the rest
/// lowered in the context of the whole text (a final sigma).
pub(crate) fn capitalize(s: &str) -> String {
    let Some(first) = s.chars().next() else {
        return String::new();
    };
    let mut out = String::with_capacity(s.len());
    push_title(&mut out, first);
    let whole = s.to_lowercase();
    let skip = first.to_lowercase().map(char::len_utf8).sum::<usize>();
    out.push_str(&whole[skip..]);
    out
}
