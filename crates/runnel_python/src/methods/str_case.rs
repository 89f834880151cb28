//! Python's casing rules where they differ from Rust's `char` methods: titlecase
//! (`str.title`, `capitalize`: `'ǆ'` becomes `'ǅ'`, `'ﬁ'` becomes `'Fi'`, Georgian letters
//! stay as they are, where upper case would change them), and titlecase letters (Lt),
//! which are cased but neither upper nor lower case (`islower`, `isupper`, `istitle`,
//! `swapcase` leave them out as CPython does). Tables generated with CPython 3.11
//! (Unicode 14): the characters whose `title()` differs from `upper()`, and category Lt.

/// `c.title()` for the characters where it differs from `c.upper()` (the Georgian
/// Mkhedruli letters, whose title case is themselves, are checked by range).
const TITLE: &[(char, &str)] = &[
    ('\u{df}', "\u{53}\u{73}"),
    ('\u{1c4}', "\u{1c5}"),
    ('\u{1c5}', "\u{1c5}"),
    ('\u{1c6}', "\u{1c5}"),
    ('\u{1c7}', "\u{1c8}"),
    ('\u{1c8}', "\u{1c8}"),
    ('\u{1c9}', "\u{1c8}"),
    ('\u{1ca}', "\u{1cb}"),
    ('\u{1cb}', "\u{1cb}"),
    ('\u{1cc}', "\u{1cb}"),
    ('\u{1f1}', "\u{1f2}"),
    ('\u{1f2}', "\u{1f2}"),
    ('\u{1f3}', "\u{1f2}"),
    ('\u{587}', "\u{535}\u{582}"),
    ('\u{1f80}', "\u{1f88}"),
    ('\u{1f81}', "\u{1f89}"),
    ('\u{1f82}', "\u{1f8a}"),
    ('\u{1f83}', "\u{1f8b}"),
    ('\u{1f84}', "\u{1f8c}"),
    ('\u{1f85}', "\u{1f8d}"),
    ('\u{1f86}', "\u{1f8e}"),
    ('\u{1f87}', "\u{1f8f}"),
    ('\u{1f88}', "\u{1f88}"),
    ('\u{1f89}', "\u{1f89}"),
    ('\u{1f8a}', "\u{1f8a}"),
    ('\u{1f8b}', "\u{1f8b}"),
    ('\u{1f8c}', "\u{1f8c}"),
    ('\u{1f8d}', "\u{1f8d}"),
    ('\u{1f8e}', "\u{1f8e}"),
    ('\u{1f8f}', "\u{1f8f}"),
    ('\u{1f90}', "\u{1f98}"),
    ('\u{1f91}', "\u{1f99}"),
    ('\u{1f92}', "\u{1f9a}"),
    ('\u{1f93}', "\u{1f9b}"),
    ('\u{1f94}', "\u{1f9c}"),
    ('\u{1f95}', "\u{1f9d}"),
    ('\u{1f96}', "\u{1f9e}"),
    ('\u{1f97}', "\u{1f9f}"),
    ('\u{1f98}', "\u{1f98}"),
    ('\u{1f99}', "\u{1f99}"),
    ('\u{1f9a}', "\u{1f9a}"),
    ('\u{1f9b}', "\u{1f9b}"),
    ('\u{1f9c}', "\u{1f9c}"),
    ('\u{1f9d}', "\u{1f9d}"),
    ('\u{1f9e}', "\u{1f9e}"),
    ('\u{1f9f}', "\u{1f9f}"),
    ('\u{1fa0}', "\u{1fa8}"),
    ('\u{1fa1}', "\u{1fa9}"),
    ('\u{1fa2}', "\u{1faa}"),
    ('\u{1fa3}', "\u{1fab}"),
    ('\u{1fa4}', "\u{1fac}"),
    ('\u{1fa5}', "\u{1fad}"),
    ('\u{1fa6}', "\u{1fae}"),
    ('\u{1fa7}', "\u{1faf}"),
    ('\u{1fa8}', "\u{1fa8}"),
    ('\u{1fa9}', "\u{1fa9}"),
    ('\u{1faa}', "\u{1faa}"),
    ('\u{1fab}', "\u{1fab}"),
    ('\u{1fac}', "\u{1fac}"),
    ('\u{1fad}', "\u{1fad}"),
    ('\u{1fae}', "\u{1fae}"),
    ('\u{1faf}', "\u{1faf}"),
    ('\u{1fb2}', "\u{1fba}\u{345}"),
    ('\u{1fb3}', "\u{1fbc}"),
    ('\u{1fb4}', "\u{386}\u{345}"),
    ('\u{1fb7}', "\u{391}\u{342}\u{345}"),
    ('\u{1fbc}', "\u{1fbc}"),
    ('\u{1fc2}', "\u{1fca}\u{345}"),
    ('\u{1fc3}', "\u{1fcc}"),
    ('\u{1fc4}', "\u{389}\u{345}"),
    ('\u{1fc7}', "\u{397}\u{342}\u{345}"),
    ('\u{1fcc}', "\u{1fcc}"),
    ('\u{1ff2}', "\u{1ffa}\u{345}"),
    ('\u{1ff3}', "\u{1ffc}"),
    ('\u{1ff4}', "\u{38f}\u{345}"),
    ('\u{1ff7}', "\u{3a9}\u{342}\u{345}"),
    ('\u{1ffc}', "\u{1ffc}"),
    ('\u{fb00}', "\u{46}\u{66}"),
    ('\u{fb01}', "\u{46}\u{69}"),
    ('\u{fb02}', "\u{46}\u{6c}"),
    ('\u{fb03}', "\u{46}\u{66}\u{69}"),
    ('\u{fb04}', "\u{46}\u{66}\u{6c}"),
    ('\u{fb05}', "\u{53}\u{74}"),
    ('\u{fb06}', "\u{53}\u{74}"),
    ('\u{fb13}', "\u{544}\u{576}"),
    ('\u{fb14}', "\u{544}\u{565}"),
    ('\u{fb15}', "\u{544}\u{56b}"),
    ('\u{fb16}', "\u{54e}\u{576}"),
    ('\u{fb17}', "\u{544}\u{56d}"),
];

/// The characters of category Lt (titlecase letters).
const TITLECASE_LETTERS: &[char] = &[
    '\u{1c5}', '\u{1c8}', '\u{1cb}', '\u{1f2}', '\u{1f88}', '\u{1f89}', '\u{1f8a}', '\u{1f8b}',
    '\u{1f8c}', '\u{1f8d}', '\u{1f8e}', '\u{1f8f}', '\u{1f98}', '\u{1f99}', '\u{1f9a}', '\u{1f9b}',
    '\u{1f9c}', '\u{1f9d}', '\u{1f9e}', '\u{1f9f}', '\u{1fa8}', '\u{1fa9}', '\u{1faa}', '\u{1fab}',
    '\u{1fac}', '\u{1fad}', '\u{1fae}', '\u{1faf}', '\u{1fbc}', '\u{1fcc}', '\u{1ffc}',
];

/// Whether `c` is a titlecase letter (category Lt), like `'ǅ'`.
pub(crate) fn is_titlecase(c: char) -> bool {
    TITLECASE_LETTERS.binary_search(&c).is_ok()
}

/// Python's "cased": upper case, lower case or titlecase.
pub(crate) fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Appends CPython's titlecase mapping of `c` (full mapping: `'ß'` gives `"Ss"`).
pub(crate) fn push_title(out: &mut String, c: char) {
    if matches!(c, '\u{10d0}'..='\u{10fa}' | '\u{10fd}'..='\u{10ff}') {
        out.push(c);
    } else if let Ok(i) = TITLE.binary_search_by_key(&c, |&(k, _)| k) {
        out.push_str(TITLE[i].1);
    } else {
        out.extend(c.to_uppercase());
    }
}

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

/// `str.title()`: a cased character after a cased one goes to lower case, any other to
/// title case; uncased letters (CJK, digits) start a new word.
pub(crate) fn title(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut lower = Lower::new(t);
    let mut prev_cased = false;
    for c in t.chars() {
        lower.next(c, &mut out, prev_cased);
        if !prev_cased {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`: the first character in title case, the rest in lower case.
pub(crate) fn capitalize(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut lower = Lower::new(t);
    for (i, c) in t.chars().enumerate() {
        lower.next(c, &mut out, i > 0);
        if i == 0 {
            push_title(&mut out, c);
        }
    }
    out
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
