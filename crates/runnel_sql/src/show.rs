//! `Dataset.showString`, as `df.show()` and the console sink draw tables: widths in
//! half-width characters (full-width East Asian characters count 2), cells cut to
//! `truncate - 3` characters plus `...`, right-justified when truncating, left-justified
//! with `truncate=False`, and the "only showing top N rows" footer.

use crate::datum::Row;
use crate::types::Schema;

/// Spark's `Utils.stringHalfWidth`.
fn half_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let c = c as u32;
            let full = (0x1100..=0x115F).contains(&c)
                || (0x2E80..=0xA4CF).contains(&c)
                || (0xAC00..=0xD7A3).contains(&c)
                || (0xF900..=0xFAFF).contains(&c)
                || (0xFE10..=0xFE19).contains(&c)
                || (0xFE30..=0xFE6F).contains(&c)
                || (0xFF00..=0xFF60).contains(&c)
                || (0xFFE0..=0xFFE6).contains(&c);
            // Java counts UTF-16 units: characters outside the BMP are two.
            let units = if c > 0xFFFF { 2 } else { 1 };
            units + full as usize
        })
        .sum()
}

/// Java's `String.length()` (UTF-16 units).
fn java_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// The first `n` UTF-16 units of `s` (Java's `substring(0, n)`).
fn java_prefix(s: &str, n: usize) -> String {
    let mut units = 0;
    s.chars()
        .take_while(|c| {
            units += c.len_utf16();
            units <= n
        })
        .collect()
}

/// Spark's `SparkSchemaUtils.escapeMetaCharacters`: the control characters that would
/// break the table written as their escapes (`\t` as the two characters `\` `t`).
fn escape_meta(text: String) -> String {
    const META: [(char, &str); 7] = [
        ('\n', "\\n"),
        ('\r', "\\r"),
        ('\t', "\\t"),
        ('\x0c', "\\f"),
        ('\x08', "\\b"),
        ('\x0b', "\\v"),
        ('\x07', "\\a"),
    ];
    if !text.contains(|c| META.iter().any(|&(m, _)| m == c)) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        match META.iter().find(|&&(m, _)| m == c) {
            Some(&(_, escaped)) => out.push_str(escaped),
            None => out.push(c),
        }
    }
    out
}

/// A cell as `getRows` makes it: escaped, then cut to `truncate`.
fn cell(text: String, truncate: usize) -> String {
    let text = escape_meta(text);
    if truncate > 0 && java_len(&text) > truncate {
        if truncate < 4 {
            java_prefix(&text, truncate)
        } else {
            java_prefix(&text, truncate - 3) + "..."
        }
    } else {
        text
    }
}

/// Spark's `getRows`: the header (escaped, never cut) and the first `num_rows` rows as cells.
fn cells(
    schema: &Schema,
    rows: &[Row],
    num_rows: usize,
    truncate: usize,
    tz: i64,
) -> Vec<Vec<String>> {
    let mut table: Vec<Vec<String>> = vec![schema
        .fields
        .iter()
        .map(|f| escape_meta(f.name.clone()))
        .collect()];
    for row in rows.iter().take(num_rows) {
        table.push(row.iter().map(|d| cell(d.pretty(tz), truncate)).collect());
    }
    table
}

/// The "only showing top N rows" footer when there are more rows than shown.
fn footer(out: &mut String, rows: usize, num_rows: usize) {
    if rows > num_rows {
        let noun = if num_rows == 1 { "row" } else { "rows" };
        out.push_str(&format!("only showing top {num_rows} {noun}\n"));
    }
}

/// `show(vertical=True)`: a `-RECORD i` line padded with dashes per row, then each field
/// name and cell left-justified to the widest (in half-width characters, at least 3), and
/// "(0 rows)" for none.
pub fn show_vertical(
    schema: &Schema,
    rows: &[Row],
    num_rows: usize,
    truncate: usize,
    tz: i64,
) -> String {
    let table = cells(schema, rows, num_rows, truncate, tz);
    let (names, data) = table.split_first().expect("a header");
    let name_w = names.iter().map(|c| half_width(c)).fold(3, usize::max);
    let data_w = data
        .iter()
        .map(|r| r.iter().map(|c| half_width(c)).max().unwrap_or(0))
        .fold(3, usize::max);
    let padded = |c: &str, w: usize| format!("{c}{}", " ".repeat(w.saturating_sub(half_width(c))));
    let mut out = String::new();
    for (i, row) in data.iter().enumerate() {
        let head = format!("-RECORD {i}");
        let dashes = (name_w + data_w + 5).saturating_sub(head.len());
        out.push_str(&format!("{head}{}\n", "-".repeat(dashes)));
        for (name, c) in names.iter().zip(row) {
            out.push_str(&format!(
                " {} | {} \n",
                padded(name, name_w),
                padded(c, data_w)
            ));
        }
    }
    if data.is_empty() {
        out.push_str("(0 rows)\n");
    } else {
        footer(&mut out, rows.len(), num_rows);
    }
    out
}

/// The table for `rows` (at most `num_rows` shown; more means the footer).
pub fn show_string(
    schema: &Schema,
    rows: &[Row],
    num_rows: usize,
    truncate: usize,
    tz: i64,
) -> String {
    let table = cells(schema, rows, num_rows, truncate, tz);
    let mut widths = vec![3usize; schema.fields.len()];
    for row in &table {
        for (i, c) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(half_width(c));
            }
        }
    }
    let pad = |c: &str, i: usize| {
        let width = widths.get(i).copied().unwrap_or(0);
        let fill = " ".repeat(width.saturating_sub(half_width(c)));
        if truncate > 0 {
            format!("{fill}{c}")
        } else {
            format!("{c}{fill}")
        }
    };
    let line = |row: &Vec<String>| {
        let cells: Vec<String> = row.iter().enumerate().map(|(i, c)| pad(c, i)).collect();
        format!("|{}|\n", cells.join("|"))
    };
    let sep = format!(
        "+{}+\n",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("+")
    );
    let mut out = sep.clone();
    out.push_str(&line(&table[0]));
    out.push_str(&sep);
    for row in &table[1..] {
        out.push_str(&line(row));
    }
    out.push_str(&sep);
    footer(&mut out, rows.len(), num_rows);
    out
}
