//! The parser's syntax errors in CPython 3.11's words where students meet them and the
//! two differ: unclosed strings, missing indented blocks, stray indentation.

use super::Compiler;
use ruff_python_parser::{
    InterpolatedStringErrorType as F, LexicalErrorType as L, ParseError, ParseErrorType as P,
};

/// The exception type and message CPython gives for the parser's error `e`.
pub(super) fn cpython_syntax_error(c: &Compiler, text: &str, e: &ParseError) -> (String, String) {
    let start = e.location.start().to_usize().min(text.len());
    let syntax = |m: String| ("SyntaxError".to_string(), m);
    let indentation = |m: String| ("IndentationError".to_string(), m);
    let triple = match &e.error {
        P::Lexical(L::UnclosedStringError) => {
            // The error's range starts at the string's prefix letters, then its quotes.
            let token = text[start..].trim_start_matches(|ch: char| ch.is_ascii_alphabetic());
            token.starts_with("'''") || token.starts_with("\"\"\"")
        }
        P::Lexical(L::FStringError(F::UnterminatedTripleQuotedString))
        | P::FStringError(F::UnterminatedTripleQuotedString) => true,
        P::Lexical(L::FStringError(F::UnterminatedString))
        | P::FStringError(F::UnterminatedString) => false,
        P::UnexpectedIndentation => return indentation("unexpected indent".into()),
        P::Lexical(L::IndentationError) => return indentation(e.error.to_string()),
        P::OtherError(m) => {
            return match m.strip_prefix("Expected an indented block after ") {
                Some(clause) => indentation(missing_block(c, text, start, clause)),
                None => syntax(m.clone()),
            }
        }
        _ => return syntax(e.error.to_string()),
    };
    if triple {
        // Detected where the tokenizer stops: the program's last line.
        let last = text.matches('\n').count() + usize::from(!text.ends_with('\n'));
        syntax(format!(
            "unterminated triple-quoted string literal (detected at line {last})"
        ))
    } else {
        // A single-quoted string ends at its line: wherever the error points, that line.
        let line = c.line_of(start);
        syntax(format!(
            "unterminated string literal (detected at line {line})"
        ))
    }
}

/// `expected an indented block after 'for' statement on line N`: the clause named as
/// CPython does, N the line of its keyword (the nearest line above the error that starts
/// with it; the error may sit on the header's own line when the program ends there).
fn missing_block(c: &Compiler, text: &str, at: usize, clause: &str) -> String {
    let keyword = match clause {
        "function definition" => "def",
        _ => clause.split('`').nth(1).unwrap_or(clause),
    };
    let what = match keyword {
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        k => format!("'{k}' statement"),
    };
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let at_newline = text[at..].starts_with(['\n', '\r']) || at >= text.len();
    let search_end = if at_newline { at } else { line_start };
    let starts_clause = |line: &str| {
        let line = line.trim_start();
        let line = line.strip_prefix("async ").map_or(line, str::trim_start);
        line.strip_prefix(keyword)
            .is_some_and(|rest| !rest.starts_with(|ch: char| ch.is_alphanumeric() || ch == '_'))
    };
    let region = &text[..search_end];
    let starts: Vec<usize> = std::iter::once(0)
        .chain(region.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let header = starts
        .iter()
        .rev()
        .find(|&&s| starts_clause(region[s..].lines().next().unwrap_or("")));
    let line = c.line_of(header.copied().unwrap_or(at));
    format!("expected an indented block after {what} on line {line}")
}
