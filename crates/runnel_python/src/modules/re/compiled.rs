//! A compiled pattern: the fancy-regex program, its groups, and searching with Python's
//! `pos`/`endpos` in characters (fancy-regex counts bytes).

use super::translate::{self, Translated, UNICODE};
use runnel_core::{Error, Result};
use std::cell::OnceCell;

/// Backtracking steps one search may take before giving up (a catastrophic pattern
/// ends with an error instead of hanging the page).
const BACKTRACK_LIMIT: usize = 1_000_000;

pub(crate) struct Compiled {
    /// The pattern as the program wrote it.
    pub source: String,
    /// The flags as Python reports them (`re.UNICODE` included for str patterns).
    pub flags: i64,
    regex: fancy_regex::Regex,
    /// The same pattern anchored at the end, for `fullmatch`.
    full: OnceCell<std::result::Result<fancy_regex::Regex, String>>,
    translated: String,
    /// Number of capturing groups.
    pub groups: usize,
    /// `(?P<name>...)` names with their group numbers, in pattern order.
    pub names: Vec<(String, usize)>,
}

/// Byte spans of group 0..=groups of one match.
pub(crate) type Spans = Vec<Option<(usize, usize)>>;

pub(crate) fn re_error(msg: impl Into<String>) -> Error {
    Error::new("re.error", msg)
}

fn build(pattern: &str, flags: i64) -> std::result::Result<fancy_regex::Regex, String> {
    fancy_regex::RegexBuilder::new(pattern)
        .case_insensitive(flags & translate::IGNORECASE != 0)
        .multi_line(flags & translate::MULTILINE != 0)
        .dot_matches_new_line(flags & translate::DOTALL != 0)
        .backtrack_limit(BACKTRACK_LIMIT)
        .build()
        .map_err(|e| e.to_string())
}

impl Compiled {
    pub fn new(source: &str, flags: i64) -> Result<Compiled> {
        let Translated { pattern, flags } = translate::translate(source, flags)
            .map_err(|e| re_error(format!("{} at position {}", e.msg, e.pos)))?;
        let regex = build(&pattern, flags)
            .map_err(|e| re_error(format!("{e} (Runnel's regular-expression engine)")))?;
        let names: Vec<(String, usize)> = regex
            .capture_names()
            .enumerate()
            .filter_map(|(i, n)| n.map(|n| (n.to_string(), i)))
            .collect();
        Ok(Compiled {
            source: source.to_string(),
            flags: flags | UNICODE,
            groups: regex.captures_len().saturating_sub(1),
            regex,
            full: OnceCell::new(),
            translated: pattern,
            names,
        })
    }

    fn full(&self) -> Result<&fancy_regex::Regex> {
        self.full
            .get_or_init(|| build(&format!("(?:{})\\z", self.translated), self.flags))
            .as_ref()
            .map_err(|e| re_error(e.clone()))
    }

    /// The group number of a name.
    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, i)| *i)
    }

    /// The leftmost match in `text[..end]` starting at byte `pos` or later.
    pub fn search(&self, text: &str, pos: usize, end: usize) -> Result<Option<Spans>> {
        search_with(&self.regex, text, pos, end)
    }

    /// A match starting exactly at `pos` (`re.match`).
    pub fn match_at(&self, text: &str, pos: usize, end: usize) -> Result<Option<Spans>> {
        Ok(self
            .search(text, pos, end)?
            .filter(|s| s[0].is_some_and(|(a, _)| a == pos)))
    }

    /// A match of all of `text[pos..end]` (`re.fullmatch`).
    pub fn full_match(&self, text: &str, pos: usize, end: usize) -> Result<Option<Spans>> {
        Ok(search_with(self.full()?, text, pos, end)?
            .filter(|s| s[0].is_some_and(|(a, _)| a == pos)))
    }
}

fn search_with(
    re: &fancy_regex::Regex,
    text: &str,
    pos: usize,
    end: usize,
) -> Result<Option<Spans>> {
    let hay = text.get(..end).unwrap_or(text);
    if pos > hay.len() {
        return Ok(None);
    }
    let caps = re
        .captures_from_pos(hay, pos)
        .map_err(|e| Error::new("RuntimeError", format!("regular expression: {e}")))?;
    Ok(caps.map(|c| {
        (0..c.len())
            .map(|i| c.get(i).map(|m| (m.start(), m.end())))
            .collect()
    }))
}

/// Byte offset of character index `i` in `s` (clamped to the end).
pub(crate) fn byte_at(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// Character index of byte offset `b` in `s`.
pub(crate) fn char_at(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        return b;
    }
    s.get(..b).map_or(0, |p| p.chars().count())
}

/// The byte just after the character starting at `b` (to step past an empty match).
pub(crate) fn next_char(s: &str, b: usize) -> usize {
    s.get(b..)
        .and_then(|r| r.chars().next())
        .map_or(b + 1, |c| b + c.len_utf8())
}
