//! Replacement templates of `re.sub` and `Match.expand`: `\1`, `\g<name>`, `\g<1>`,
//! and the string escapes, parsed as CPython's `_parser.parse_template` does.

use super::compiled::{re_error, Compiled};
use super::matchobj::MatchData;
use runnel_core::Result;

pub(crate) enum Piece {
    Text(String),
    Group(usize),
}

fn group_ref(re: &Compiled, n: usize, pos: usize) -> Result<Piece> {
    if n > re.groups {
        return Err(re_error(format!(
            "invalid group reference {n} at position {pos}"
        )));
    }
    Ok(Piece::Group(n))
}

/// Parses `\g<...>` starting at `p[i]` (the backslash); returns the piece and its length.
fn named(p: &[char], i: usize, re: &Compiled) -> Result<(Piece, usize)> {
    if p.get(i + 2) != Some(&'<') {
        return Err(re_error(format!("missing < at position {}", i + 2)));
    }
    let Some(close) = p[i + 3..].iter().position(|c| *c == '>') else {
        return Err(re_error(format!(
            "missing >, unterminated name at position {}",
            i + 3
        )));
    };
    let name: String = p[i + 3..i + 3 + close].iter().collect();
    let len = close + 4;
    if name.is_empty() {
        return Err(re_error(format!(
            "missing group name at position {}",
            i + 3
        )));
    }
    if let Ok(n) = name.parse::<usize>() {
        return Ok((group_ref(re, n, i + 3)?, len));
    }
    match re.group_index(&name) {
        Some(n) => Ok((Piece::Group(n), len)),
        None => Err(runnel_core::Error::index_error(format!(
            "unknown group name '{name}'"
        ))),
    }
}

pub(crate) fn parse(template: &str, re: &Compiled) -> Result<Vec<Piece>> {
    let p: Vec<char> = template.chars().collect();
    let mut out = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while i < p.len() {
        if p[i] != '\\' {
            text.push(p[i]);
            i += 1;
            continue;
        }
        let Some(&c) = p.get(i + 1) else {
            return Err(re_error(format!(
                "bad escape (end of pattern) at position {i}"
            )));
        };
        let octal = |j: usize| p.get(j).is_some_and(|d| ('0'..='7').contains(d));
        let (piece, n) = match c {
            'g' => named(&p, i, re)?,
            '0' => {
                let digits: String = p[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(|d| ('0'..='7').contains(d))
                    .collect();
                let code = u32::from_str_radix(&digits, 8).unwrap_or(0);
                (
                    Piece::Text(char::from_u32(code).unwrap_or('\0').to_string()),
                    1 + digits.len(),
                )
            }
            '1'..='9' if octal(i + 1) && octal(i + 2) && octal(i + 3) => {
                let digits: String = p[i + 1..i + 4].iter().collect();
                let code = u32::from_str_radix(&digits, 8).unwrap_or(0);
                if code > 0o377 {
                    return Err(re_error(format!(
                        "octal escape value \\{digits} outside of range 0-0o377 at position {i}"
                    )));
                }
                (
                    Piece::Text(char::from_u32(code).unwrap_or('\0').to_string()),
                    4,
                )
            }
            '1'..='9' => {
                let digits: String = p[i + 1..]
                    .iter()
                    .take(2)
                    .take_while(|d| d.is_ascii_digit())
                    .collect();
                (
                    group_ref(re, digits.parse().unwrap_or(0), i + 1)?,
                    1 + digits.len(),
                )
            }
            'n' => (Piece::Text("\n".into()), 2),
            't' => (Piece::Text("\t".into()), 2),
            'r' => (Piece::Text("\r".into()), 2),
            'f' => (Piece::Text("\x0c".into()), 2),
            'v' => (Piece::Text("\x0b".into()), 2),
            'a' => (Piece::Text("\x07".into()), 2),
            'b' => (Piece::Text("\x08".into()), 2),
            '\\' => (Piece::Text("\\".into()), 2),
            c if c.is_ascii_alphabetic() => {
                return Err(re_error(format!("bad escape \\{c} at position {i}")));
            }
            c => (Piece::Text(format!("\\{c}")), 2),
        };
        match piece {
            Piece::Text(t) => text.push_str(&t),
            group => {
                if !text.is_empty() {
                    out.push(Piece::Text(std::mem::take(&mut text)));
                }
                out.push(group);
            }
        }
        i += n;
    }
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    Ok(out)
}

/// The template filled in from a match (groups that did not take part give `""`).
pub(crate) fn expand(t: &[Piece], m: &MatchData) -> String {
    let mut out = String::new();
    for piece in t {
        match piece {
            Piece::Text(s) => out.push_str(s),
            Piece::Group(i) => {
                if let Some((a, b)) = m.spans.get(*i).copied().flatten() {
                    out.push_str(m.text.get(a..b).unwrap_or(""));
                }
            }
        }
    }
    out
}
