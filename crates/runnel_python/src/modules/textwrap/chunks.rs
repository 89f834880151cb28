//! How `textwrap` cuts text into chunks: whitespace runs, em-dashes, and words split
//! after hyphens, as CPython's `TextWrapper.wordsep_re` does (written out by hand: the
//! lite engine has no regex engine), or at whitespace only (`wordsep_simple_re`).

const WHITESPACE: &[char] = &['\t', '\n', '\x0b', '\x0c', '\r', ' '];

fn ws(c: char) -> bool {
    WHITESPACE.contains(&c)
}

/// `\w`: a letter, a digit or `_`.
fn word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `[^\d\W]`: a word character that is not a digit.
fn letter(c: char) -> bool {
    word(c) && !c.is_numeric()
}

/// `[\w!"'&.,?]`.
fn word_punct(c: char) -> bool {
    word(c) || "!\"'&.,?".contains(c)
}

fn at(t: &[char], i: isize) -> Option<char> {
    usize::try_from(i).ok().and_then(|i| t.get(i).copied())
}

fn is(t: &[char], i: isize, f: impl Fn(char) -> bool) -> bool {
    at(t, i).is_some_and(f)
}

/// Whether `t[j..]` starts with two or more `-` followed by a word character.
fn dashes_then_word(t: &[char], j: usize) -> Option<usize> {
    let n = t[j..].iter().take_while(|&&c| c == '-').count();
    (n >= 2 && is(t, (j + n) as isize, word)).then_some(n)
}

/// Where the word starting at `i` ends (`nws+?` and its three endings).
fn word_end(t: &[char], i: usize) -> usize {
    let mut j = i + 1;
    loop {
        let k = j as isize;
        // A hyphenated word: `-` after two letters or after `letter-letter`, before
        // `letter -? letter`.
        if at(t, k) == Some('-') {
            let behind = (is(t, k - 2, letter) && is(t, k - 1, letter))
                || (is(t, k - 3, letter) && at(t, k - 2) == Some('-') && is(t, k - 1, letter));
            let ahead = is(t, k + 1, letter)
                && (is(t, k + 2, letter) || (at(t, k + 2) == Some('-') && is(t, k + 3, letter)));
            if behind && ahead {
                return j + 1;
            }
        }
        if j == t.len() || ws(t[j]) {
            return j;
        }
        if is(t, k - 1, word_punct) && dashes_then_word(t, j).is_some() {
            return j;
        }
        j += 1;
    }
}

/// The chunks of `text` (`TextWrapper._split`).
pub(super) fn split(text: &str, on_hyphens: bool) -> Vec<String> {
    let t: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let end = if ws(t[i]) {
            i + t[i..].iter().take_while(|&&c| ws(c)).count()
        } else if !on_hyphens {
            i + t[i..].iter().take_while(|&&c| !ws(c)).count()
        } else if i > 0 && word_punct(t[i - 1]) && t[i] == '-' {
            match dashes_then_word(&t, i) {
                Some(n) => i + n,
                None => word_end(&t, i),
            }
        } else {
            word_end(&t, i)
        };
        out.push(t[i..end].iter().collect());
        i = end;
    }
    out
}

/// Two spaces after a sentence's end (`fix_sentence_endings`): a chunk ending in a
/// lowercase letter, `.`/`!`/`?` and maybe a quote, followed by one space.
pub(super) fn fix_sentence_endings(chunks: &mut [String]) {
    for i in 0..chunks.len().saturating_sub(1) {
        let c: Vec<char> = chunks[i].chars().collect();
        let mut n = c.len();
        if n > 0 && matches!(c[n - 1], '"' | '\'') {
            n -= 1;
        }
        let ends = n >= 2 && matches!(c[n - 1], '.' | '!' | '?') && c[n - 2].is_ascii_lowercase();
        if chunks[i + 1] == " " && ends {
            chunks[i + 1] = "  ".to_string();
        }
    }
}

/// `expandtabs` then each whitespace character as a space (`_munge_whitespace`).
pub(super) fn munge(text: &str, expand_tabs: bool, tabsize: usize, replace: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut col = 0;
    for c in text.chars() {
        match c {
            '\t' if expand_tabs => {
                let n = if tabsize == 0 {
                    0
                } else {
                    tabsize - col % tabsize
                };
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' | '\r' => {
                out.push(if replace { ' ' } else { c });
                col = 0;
            }
            c if replace && ws(c) => {
                out.push(' ');
                col += 1;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}
