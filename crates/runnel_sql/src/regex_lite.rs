//! The Java regular expressions `split` patterns use in practice: literals, `.`, `\s \S \w
//! \W \d \D`, character classes, `* + ?` quantifiers and `|`, matched by backtracking.
//! Patterns outside this subset are refused with a clear error.

use runnel_core::{Error, Result};

#[derive(Clone, Debug)]
enum Atom {
    Char(char),
    Any,
    Class(Vec<(char, char)>, bool),
}

#[derive(Clone, Debug)]
struct Piece {
    atom: Atom,
    min: usize,
    max: usize,
}

/// A compiled pattern: alternatives of sequences.
pub struct Pattern {
    alts: Vec<Vec<Piece>>,
}

fn class_of(c: char) -> Option<(Vec<(char, char)>, bool)> {
    let digit = vec![('0', '9')];
    let word = vec![('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')];
    let space = vec![(' ', ' '), ('\t', '\r')];
    Some(match c {
        'd' => (digit, false),
        'D' => (digit, true),
        'w' => (word, false),
        'W' => (word, true),
        's' => (space, false),
        'S' => (space, true),
        _ => return None,
    })
}

impl Pattern {
    pub fn new(p: &str) -> Result<Pattern> {
        let bad = |what: &str| {
            Error::new(
                "UnsupportedOperation",
                format!("the regular expression '{p}' uses {what}, which Runnel's split does not support"),
            )
        };
        let chars: Vec<char> = p.chars().collect();
        let mut alts = vec![Vec::new()];
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            let atom = match c {
                '|' => {
                    alts.push(Vec::new());
                    continue;
                }
                '.' => Atom::Any,
                '\\' => {
                    let e = *chars.get(i).ok_or_else(|| bad("a trailing backslash"))?;
                    i += 1;
                    match class_of(e) {
                        Some((r, neg)) => Atom::Class(r, neg),
                        None if e == 't' => Atom::Char('\t'),
                        None if e == 'n' => Atom::Char('\n'),
                        None if e.is_alphanumeric() => return Err(bad(&format!("\\{e}"))),
                        None => Atom::Char(e),
                    }
                }
                '[' => {
                    let neg = chars.get(i) == Some(&'^');
                    if neg {
                        i += 1;
                    }
                    let mut ranges = Vec::new();
                    while i < chars.len() && chars[i] != ']' {
                        let mut lo = chars[i];
                        i += 1;
                        if lo == '\\' {
                            let e = *chars.get(i).ok_or_else(|| bad("a trailing backslash"))?;
                            i += 1;
                            if let Some((r, false)) = class_of(e) {
                                ranges.extend(r);
                                continue;
                            }
                            lo = e;
                        }
                        if chars.get(i) == Some(&'-') && chars.get(i + 1).is_some_and(|c| *c != ']')
                        {
                            ranges.push((lo, chars[i + 1]));
                            i += 2;
                        } else {
                            ranges.push((lo, lo));
                        }
                    }
                    i += 1;
                    Atom::Class(ranges, neg)
                }
                '(' | ')' | '{' | '}' | '^' | '$' => return Err(bad(&format!("'{c}'"))),
                c => Atom::Char(c),
            };
            let (min, max) = match chars.get(i) {
                Some('*') => (0, usize::MAX),
                Some('+') => (1, usize::MAX),
                Some('?') => (0, 1),
                _ => (1, 1),
            };
            if max != 1 || min != 1 {
                i += 1;
            }
            alts.last_mut()
                .expect("one alternative")
                .push(Piece { atom, min, max });
        }
        Ok(Pattern { alts })
    }

    /// The first match at or after byte `from`: (start, end).
    pub fn find(&self, s: &str, from: usize) -> Option<(usize, usize)> {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let start_idx = chars
            .iter()
            .position(|(b, _)| *b >= from)
            .unwrap_or(chars.len());
        for st in start_idx..=chars.len() {
            for alt in &self.alts {
                if let Some(end) = match_here(alt, &chars, st) {
                    let byte = |i: usize| chars.get(i).map_or(s.len(), |c| c.0);
                    return Some((byte(st), byte(end)));
                }
            }
        }
        None
    }
}

fn matches(a: &Atom, c: char) -> bool {
    match a {
        Atom::Char(x) => *x == c,
        Atom::Any => c != '\n',
        Atom::Class(r, neg) => r.iter().any(|(lo, hi)| *lo <= c && c <= *hi) != *neg,
    }
}

fn match_here(pieces: &[Piece], chars: &[(usize, char)], pos: usize) -> Option<usize> {
    let Some((p, rest)) = pieces.split_first() else {
        return Some(pos);
    };
    let mut n = 0;
    while n < p.max && pos + n < chars.len() && matches(&p.atom, chars[pos + n].1) {
        n += 1;
    }
    // Greedy, backing off.
    loop {
        if n >= p.min {
            if let Some(e) = match_here(rest, chars, pos + n) {
                return Some(e);
            }
        }
        if n == 0 || n <= p.min {
            return None;
        }
        n -= 1;
    }
}
