//! Python regular-expression syntax rewritten for `fancy-regex`, which has Python's
//! backtracking semantics but Perl's spelling of a few things. What differs:
//! `$` (Python: end, or before a final newline), `\Z` (Python: the very end), literal
//! braces that are not a quantifier (`a{x}`), `{,n}`, escaped punctuation (`\<` is a word
//! boundary to fancy-regex, `<` to Python), `[` inside a class (nested classes to
//! fancy-regex), ASCII-only `\d\w\s` under `re.ASCII`, and verbose mode (Python keeps
//! whitespace inside classes). Python's common syntax errors are reported with CPython's
//! words and positions.

/// Flag bits, as `re.IGNORECASE`... have them.
pub(crate) const IGNORECASE: i64 = 2;
pub(crate) const LOCALE: i64 = 4;
pub(crate) const MULTILINE: i64 = 8;
pub(crate) const DOTALL: i64 = 16;
pub(crate) const UNICODE: i64 = 32;
pub(crate) const VERBOSE: i64 = 64;
pub(crate) const ASCII: i64 = 256;

/// A pattern ready for fancy-regex, with the flags in force (leading `(?imsx)` included).
pub(crate) struct Translated {
    pub pattern: String,
    pub flags: i64,
}

/// A syntax error: CPython's message and the character position it names.
pub(crate) struct SyntaxError {
    pub msg: String,
    pub pos: usize,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, SyntaxError> {
    Err(SyntaxError {
        msg: msg.into(),
        pos,
    })
}

/// Leading global flags `(?aiLmsux)`, as Python 3.11 allows them only at the start.
fn leading_flags(p: &[char], flags: &mut i64) -> usize {
    let mut i = 0;
    while p.get(i) == Some(&'(') && p.get(i + 1) == Some(&'?') {
        let mut j = i + 2;
        let mut f = 0;
        while let Some(c) = p.get(j) {
            f |= match c {
                'a' => ASCII,
                'i' => IGNORECASE,
                'L' => LOCALE,
                'm' => MULTILINE,
                's' => DOTALL,
                'u' => UNICODE,
                'x' => VERBOSE,
                _ => break,
            };
            j += 1;
        }
        if j == i + 2 || p.get(j) != Some(&')') {
            break;
        }
        *flags |= f;
        i = j + 1;
    }
    i
}

/// `{m}`, `{m,}`, `{,n}` or `{m,n}` at `p[i]`: the rewritten quantifier and its length.
fn quantifier(p: &[char], i: usize) -> Option<(String, usize)> {
    let mut j = i + 1;
    let digits = |j: &mut usize| {
        let s = *j;
        while p.get(*j).is_some_and(|c| c.is_ascii_digit()) {
            *j += 1;
        }
        p[s..*j].iter().collect::<String>()
    };
    let lo = digits(&mut j);
    let mut hi = None;
    if p.get(j) == Some(&',') {
        j += 1;
        hi = Some(digits(&mut j));
    }
    if p.get(j) != Some(&'}') || (lo.is_empty() && hi.is_none()) {
        return None;
    }
    let lo = if lo.is_empty() { "0".to_string() } else { lo };
    let q = match hi {
        None => format!("{{{lo}}}"),
        Some(h) if h.is_empty() => format!("{{{lo},}}"),
        Some(h) => format!("{{{lo},{h}}}"),
    };
    Some((q, j + 1 - i))
}

/// Whether a translated `{m,n}` has `m > n`.
fn backwards(q: &str) -> bool {
    let inner = q.trim_start_matches('{').trim_end_matches('}');
    match inner.split_once(',') {
        Some((lo, hi)) if !hi.is_empty() => {
            lo.parse::<u64>().unwrap_or(0) > hi.parse::<u64>().unwrap_or(u64::MAX)
        }
        _ => false,
    }
}

fn lit(c: char) -> String {
    format!("\\x{{{:X}}}", c as u32)
}

/// One escape `\c` at `p[i]` (`i` at the backslash); returns the text and its length.
fn escape(
    p: &[char],
    i: usize,
    in_class: bool,
    ascii: bool,
) -> Result<(String, usize), SyntaxError> {
    let Some(&c) = p.get(i + 1) else {
        return err("bad escape (end of pattern)", i);
    };
    let class = |inner: &str, outer: &str| {
        if in_class {
            inner.to_string()
        } else {
            outer.to_string()
        }
    };
    let s = match c {
        'd' | 'w' | 's' | 'D' | 'W' | 'S' if ascii => {
            let name = match c.to_ascii_lowercase() {
                'd' => "digit",
                'w' => "word",
                _ => "space",
            };
            let neg = if c.is_ascii_uppercase() { "^" } else { "" };
            class(&format!("[:{neg}{name}:]"), &format!("[[:{neg}{name}:]]"))
        }
        'd' | 'w' | 's' | 'D' | 'W' | 'S' | 'n' | 't' | 'r' | 'f' | 'v' | 'a' => format!("\\{c}"),
        'b' if in_class => lit('\u{8}'),
        'A' | 'b' | 'B' if !in_class => format!("\\{c}"),
        'Z' if !in_class => "\\z".to_string(),
        'x' | 'u' | 'U' => {
            let n = match c {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            let hex: String = p.iter().skip(i + 2).take(n).collect();
            if hex.chars().count() != n || !hex.chars().all(|h| h.is_ascii_hexdigit()) {
                return err(format!("incomplete escape \\{c}{hex}"), i);
            }
            let code = u32::from_str_radix(&hex, 16).unwrap_or(0);
            let ch = char::from_u32(code).ok_or(SyntaxError {
                msg: format!("bad escape \\{c}{hex}"),
                pos: i,
            })?;
            return Ok((lit(ch), n + 2));
        }
        '0' => {
            let oct: String = p
                .iter()
                .skip(i + 2)
                .take_while(|d| ('0'..='7').contains(d))
                .take(2)
                .collect();
            let code = u32::from_str_radix(&format!("0{oct}"), 8).unwrap_or(0);
            return Ok((lit(char::from_u32(code).unwrap_or('\0')), 2 + oct.len()));
        }
        '1'..='9' if in_class => return err(format!("bad escape \\{c}"), i),
        '1'..='9' => {
            let digits: String = p
                .iter()
                .skip(i + 1)
                .take_while(|d| d.is_ascii_digit())
                .take(2)
                .collect();
            return Ok((format!("\\{digits}"), 1 + digits.len()));
        }
        c if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{c}"), i),
        c => lit(c),
    };
    Ok((s, 2))
}

/// A character class starting at `p[i]` (`[`); returns its text and length.
fn char_class(p: &[char], i: usize, ascii: bool) -> Result<(String, usize), SyntaxError> {
    let mut out = String::from("[");
    let mut j = i + 1;
    if p.get(j) == Some(&'^') {
        out.push('^');
        j += 1;
    }
    let first = j;
    loop {
        let Some(&c) = p.get(j) else {
            return err("unterminated character set", i);
        };
        match c {
            ']' if j > first => {
                out.push(']');
                return Ok((out, j + 1 - i));
            }
            '\\' => {
                let (s, n) = escape(p, j, true, ascii)?;
                out.push_str(&s);
                j += n;
                continue;
            }
            // Literal to Python, nested classes and set operators to fancy-regex.
            '[' | ']' | '&' | '~' | ' ' | '#' => out.push_str(&lit(c)),
            // A range of plain characters: CPython refuses one that runs backwards.
            _ if p.get(j + 1) == Some(&'-')
                && p.get(j + 2).is_some_and(|e| !matches!(e, ']' | '\\'))
                && p.get(j + 2).is_some_and(|&e| e < c) =>
            {
                let e = p[j + 2];
                return err(format!("bad character range {c}-{e}"), j);
            }
            _ => out.push(c),
        }
        j += 1;
    }
}

/// The opening of an extension group `(?...` at `p[i]`, copied as is, and whether it is
/// a whole atom (`(?P=name)`) rather than the start of a group.
fn group_prefix(p: &[char], i: usize) -> Result<(String, bool), SyntaxError> {
    let rest: String = p[i..].iter().take(4).collect();
    let upto = |stop: char| -> Result<String, SyntaxError> {
        match p[i..].iter().position(|c| *c == stop) {
            Some(n) => Ok(p[i..=i + n].iter().collect()),
            None => err("missing group name", i),
        }
    };
    if rest.starts_with("(?P<") {
        return Ok((upto('>')?, false));
    }
    if rest.starts_with("(?P=") {
        return Ok((upto(')')?, true));
    }
    if rest.starts_with("(?<=") || rest.starts_with("(?<!") {
        return Ok((rest, false));
    }
    if rest.starts_with("(?:")
        || rest.starts_with("(?=")
        || rest.starts_with("(?!")
        || rest.starts_with("(?>")
    {
        return Ok((rest[..3].to_string(), false));
    }
    if rest.starts_with("(?(") {
        return Ok((upto(')')?, false));
    }
    let flags: String = p[i + 2..]
        .iter()
        .take_while(|c| "aiLmsux-".contains(**c))
        .collect();
    if !flags.is_empty() && p.get(i + 2 + flags.chars().count()) == Some(&':') {
        return Ok((format!("(?{flags}:"), false));
    }
    err(
        format!("unknown extension {}", rest.get(1..).unwrap_or("?")),
        i + 1,
    )
}

/// Rewrites `pattern` (with `flags`) for fancy-regex.
pub(crate) fn translate(pattern: &str, flags: i64) -> Result<Translated, SyntaxError> {
    let p: Vec<char> = pattern.chars().collect();
    let mut flags = flags;
    let mut i = leading_flags(&p, &mut flags);
    let ascii = flags & ASCII != 0;
    let verbose = flags & VERBOSE != 0;
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut open: Vec<usize> = Vec::new();
    // Whether the previous item can take a quantifier (for "nothing to repeat").
    let mut repeatable = false;
    while i < p.len() {
        let c = p[i];
        match c {
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' if verbose => {
                i += 1;
                continue;
            }
            '#' if verbose => {
                while i < p.len() && p[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\\' => {
                let (s, n) = escape(&p, i, false, ascii)?;
                out.push_str(&s);
                i += n;
                repeatable = true;
                continue;
            }
            '[' => {
                let (s, n) = char_class(&p, i, ascii)?;
                out.push_str(&s);
                i += n;
                repeatable = true;
                continue;
            }
            '(' => {
                if p.get(i + 1) == Some(&'?') && p.get(i + 2) == Some(&'#') {
                    while i < p.len() && p[i] != ')' {
                        i += 1;
                    }
                    if i == p.len() {
                        return err("missing ), unterminated comment", i);
                    }
                    i += 1;
                    continue;
                }
                if p.get(i + 1) == Some(&'?') {
                    let mut j = i + 2;
                    while p.get(j).is_some_and(|c| "aiLmsux-".contains(*c)) {
                        j += 1;
                    }
                    if j > i + 2 && p.get(j) == Some(&')') {
                        return err("global flags not at the start of the expression", i);
                    }
                }
                if p.get(i + 1) == Some(&'?') {
                    let (prefix, atom) = group_prefix(&p, i)?;
                    if !atom {
                        open.push(i);
                    }
                    i += prefix.chars().count();
                    out.push_str(&prefix);
                    repeatable = atom;
                    continue;
                }
                open.push(i);
                out.push('(');
                repeatable = false;
            }
            ')' => {
                if open.pop().is_none() {
                    return err("unbalanced parenthesis", i);
                }
                out.push(')');
                repeatable = true;
            }
            '{' => match quantifier(&p, i) {
                Some((q, _)) if backwards(&q) => {
                    return err("min repeat greater than max repeat", i + 1)
                }
                Some((q, n)) if repeatable => {
                    out.push_str(&q);
                    i += n;
                    repeatable = false;
                    continue;
                }
                Some(_) => return err("nothing to repeat", i),
                None => {
                    out.push_str(&lit('{'));
                    repeatable = true;
                }
            },
            '}' => {
                out.push_str(&lit('}'));
                repeatable = true;
            }
            '*' | '+' | '?' => {
                if !repeatable {
                    return err("nothing to repeat", i);
                }
                out.push(c);
                // A lazy or possessive suffix belongs to this quantifier.
                if matches!(p.get(i + 1), Some('?') | Some('+')) {
                    out.push(p[i + 1]);
                    i += 1;
                }
                repeatable = false;
            }
            '$' if flags & MULTILINE == 0 => {
                out.push_str("(?=\\n?\\z)");
                repeatable = true;
            }
            '|' => {
                out.push('|');
                repeatable = false;
            }
            '^' => {
                out.push('^');
                repeatable = true;
            }
            ' ' | '#' => {
                out.push_str(&lit(c));
                repeatable = true;
            }
            _ => {
                out.push(c);
                repeatable = true;
            }
        }
        i += 1;
    }
    if let Some(&start) = open.last() {
        return err("missing ), unterminated subpattern", start);
    }
    Ok(Translated {
        pattern: out,
        flags,
    })
}
