//! `TextWrapper`: its options and the wrapping itself (`_wrap_chunks`,
//! `_handle_long_word`, the `max_lines` placeholder).

use super::chunks;
use crate::Args;
use runnel_core::{Error, Result, Value};

/// `TextWrapper`'s options.
#[derive(Clone)]
pub(super) struct Wrapper {
    pub width: i64,
    initial_indent: String,
    subsequent_indent: String,
    expand_tabs: bool,
    replace_whitespace: bool,
    fix_sentence_endings: bool,
    break_long_words: bool,
    drop_whitespace: bool,
    break_on_hyphens: bool,
    tabsize: i64,
    pub max_lines: Option<i64>,
    placeholder: String,
}

fn len(s: &str) -> i64 {
    s.chars().count() as i64
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

pub(super) fn str_opt(v: &Value, name: &str) -> Result<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{name} must be str, not {}",
            other.type_name()
        ))),
    }
}

impl Wrapper {
    /// The options from keyword arguments (`width` maybe given by position `width_at`).
    pub(super) fn from_args(a: &mut Args, width_at: Option<usize>, width: i64) -> Result<Wrapper> {
        let mut w = Wrapper {
            width,
            initial_indent: String::new(),
            subsequent_indent: String::new(),
            expand_tabs: true,
            replace_whitespace: true,
            fix_sentence_endings: false,
            break_long_words: true,
            drop_whitespace: true,
            break_on_hyphens: true,
            tabsize: 8,
            max_lines: None,
            placeholder: " [...]".into(),
        };
        let width_v = match width_at {
            Some(i) => a.take(i, "width"),
            None => a.take_keyword("width"),
        };
        if let Some(v) = width_v {
            w.width = crate::modules::args::index(&v)?;
        }
        let keys: Vec<String> = a.keywords.iter().map(|(k, _)| k.clone()).collect();
        for k in keys {
            let v = a.take_keyword(&k).unwrap_or(Value::None);
            match k.as_str() {
                "initial_indent" => w.initial_indent = str_opt(&v, &k)?,
                "subsequent_indent" => w.subsequent_indent = str_opt(&v, &k)?,
                "placeholder" => w.placeholder = str_opt(&v, &k)?,
                "expand_tabs" => w.expand_tabs = v.truthy(),
                "replace_whitespace" => w.replace_whitespace = v.truthy(),
                "fix_sentence_endings" => w.fix_sentence_endings = v.truthy(),
                "break_long_words" => w.break_long_words = v.truthy(),
                "drop_whitespace" => w.drop_whitespace = v.truthy(),
                "break_on_hyphens" => w.break_on_hyphens = v.truthy(),
                "tabsize" => w.tabsize = crate::modules::args::index(&v)?,
                "max_lines" => {
                    w.max_lines = match v {
                        Value::None => None,
                        v => Some(crate::modules::args::index(&v)?),
                    }
                }
                // wrap(), fill() and shorten() pass them on to TextWrapper().
                _ => {
                    return Err(Error::type_error(format!(
                        "TextWrapper.__init__() got an unexpected keyword argument '{k}'"
                    )))
                }
            }
        }
        Ok(w)
    }

    fn split_chunks(&self, text: &str) -> Vec<String> {
        // A tab past a million columns would expand to that many spaces.
        let tab = self.tabsize.clamp(0, 1 << 20) as usize;
        let text = chunks::munge(text, self.expand_tabs, tab, self.replace_whitespace);
        let mut c = chunks::split(&text, self.break_on_hyphens);
        if self.fix_sentence_endings {
            chunks::fix_sentence_endings(&mut c);
        }
        c
    }

    fn handle_long_word(&self, rev: &mut [String], line: &mut Vec<String>, cur: i64, width: i64) {
        let space_left = if width < 1 { 1 } else { width - cur };
        let Some(chunk) = rev.last_mut() else { return };
        if self.break_long_words {
            let chars: Vec<char> = chunk.chars().collect();
            let mut end = space_left.max(0) as usize;
            if self.break_on_hyphens && chars.len() > end {
                let hyphen = chars[..end.min(chars.len())]
                    .iter()
                    .rposition(|&c| c == '-');
                if let Some(h) = hyphen.filter(|&h| h > 0 && chars[..h].iter().any(|&c| c != '-')) {
                    end = h + 1;
                }
            }
            let end = end.min(chars.len());
            line.push(chars[..end].iter().collect());
            *chunk = chars[end..].iter().collect();
        } else if line.is_empty() {
            line.push(std::mem::take(chunk));
        }
    }

    /// `TextWrapper._wrap_chunks`.
    fn wrap_chunks(&self, mut chunks: Vec<String>) -> Result<Vec<String>> {
        if self.width <= 0 {
            return Err(Error::value_error(format!(
                "invalid width {} (must be > 0)",
                self.width
            )));
        }
        if let Some(max) = self.max_lines {
            let indent = if max > 1 {
                &self.subsequent_indent
            } else {
                &self.initial_indent
            };
            if len(indent) + len(self.placeholder.trim_start()) > self.width {
                return Err(Error::value_error("placeholder too large for max width"));
            }
        }
        let mut lines: Vec<String> = Vec::new();
        chunks.reverse();
        while !chunks.is_empty() {
            let mut line: Vec<String> = Vec::new();
            let mut cur = 0;
            let indent = if lines.is_empty() {
                &self.initial_indent
            } else {
                &self.subsequent_indent
            };
            let width = self.width - len(indent);
            if self.drop_whitespace && !lines.is_empty() && chunks.last().is_some_and(|c| blank(c))
            {
                chunks.pop();
            }
            while let Some(c) = chunks.last() {
                let l = len(c);
                if cur + l > width {
                    break;
                }
                cur += l;
                line.extend(chunks.pop());
            }
            if chunks.last().is_some_and(|c| len(c) > width) {
                self.handle_long_word(&mut chunks, &mut line, cur, width);
                cur = line.iter().map(|c| len(c)).sum();
                if chunks.last().is_some_and(|c| c.is_empty()) {
                    chunks.pop();
                }
            }
            if self.drop_whitespace && line.last().is_some_and(|c| blank(c)) {
                cur -= len(line.last().map_or("", |c| c.as_str()));
                line.pop();
            }
            if line.is_empty() {
                continue;
            }
            let fits = match self.max_lines {
                None => true,
                Some(max) => {
                    (lines.len() as i64 + 1) < max
                        || ((chunks.is_empty()
                            || (self.drop_whitespace && chunks.len() == 1 && blank(&chunks[0])))
                            && cur <= width)
                }
            };
            if fits {
                lines.push(format!("{indent}{}", line.concat()));
                continue;
            }
            self.place_placeholder(&mut lines, line, cur, width, indent);
            break;
        }
        Ok(lines)
    }

    /// The last line when `max_lines` cuts the text: ends with the placeholder.
    fn place_placeholder(
        &self,
        lines: &mut Vec<String>,
        mut line: Vec<String>,
        mut cur: i64,
        width: i64,
        indent: &str,
    ) {
        while let Some(last) = line.last() {
            if !blank(last) && cur + len(&self.placeholder) <= width {
                line.push(self.placeholder.clone());
                lines.push(format!("{indent}{}", line.concat()));
                return;
            }
            cur -= len(last);
            line.pop();
        }
        if let Some(prev) = lines.last_mut() {
            let trimmed = prev.trim_end().to_string();
            if len(&trimmed) + len(&self.placeholder) <= self.width {
                *prev = trimmed + &self.placeholder;
                return;
            }
        }
        lines.push(format!("{indent}{}", self.placeholder.trim_start()));
    }

    pub(super) fn wrap(&self, text: &str) -> Result<Vec<String>> {
        self.wrap_chunks(self.split_chunks(text))
    }
}
