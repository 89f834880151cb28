//! Checking a call's arguments against an operator's parameters, with CPython's messages
//! (PySpark's methods are Python functions) and a hint for a misspelt keyword.

use super::{Operator, Receiver};
use runnel_core::{Error, Result};
use runnel_python::Args;

/// Checks `args` of a call of `op`: too many positional arguments, an unknown keyword
/// (with the parameter it probably meant), one given twice, or a required one missing is
/// Python's `TypeError`, naming the operator.
pub fn check_call(op: &Operator, args: &Args) -> Result<()> {
    let qual = format!("{}.{}()", receiver_name(op.receiver), op.name);
    let variadic = op.params.iter().any(|p| p.variadic);
    let named: Vec<_> = op.params.iter().filter(|p| !p.variadic).collect();
    let given = args.positional.len();
    if !variadic && given > named.len() {
        return Err(Error::type_error(too_many(&qual, op, given)));
    }
    for (k, _) in &args.keywords {
        match named.iter().position(|p| p.name == k) {
            Some(i) if i < given && !variadic => {
                return Err(Error::type_error(format!(
                    "{qual} got multiple values for argument '{k}'"
                )))
            }
            Some(_) => {}
            None => return Err(Error::type_error(unexpected(&qual, op, k))),
        }
    }
    let start = if variadic { 0 } else { given };
    let missing: Vec<&str> = named
        .iter()
        .skip(start)
        .filter(|p| p.default.is_none() && !args.keywords.iter().any(|(k, _)| k == p.name))
        .map(|p| p.name)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(Error::type_error(format!(
        "{qual} missing {} required positional argument{}: {}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" },
        name_list(&missing)
    )))
}

fn receiver_name(r: Receiver) -> &'static str {
    match r {
        Receiver::StreamingContext => "StreamingContext",
        Receiver::DStream => "DStream",
    }
}

/// CPython's "takes from 2 to 3 positional arguments but 4 were given" (`self` counted).
fn too_many(qual: &str, op: &Operator, given: usize) -> String {
    let max = op.params.len() + 1;
    let min = op.params.iter().filter(|p| p.default.is_none()).count() + 1;
    let takes = if min == max {
        format!(
            "{max} positional argument{}",
            if max == 1 { "" } else { "s" }
        )
    } else {
        format!("from {min} to {max} positional arguments")
    };
    let were = if given + 1 == 1 { "was" } else { "were" };
    format!("{qual} takes {takes} but {} {were} given", given + 1)
}

fn unexpected(qual: &str, op: &Operator, k: &str) -> String {
    let mut msg = format!("{qual} got an unexpected keyword argument '{k}'");
    if let Some(p) = closest(k, op.params.iter().map(|p| p.name)) {
        msg.push_str(&format!(". Did you mean '{p}'?"));
    }
    msg
}

/// CPython's list of names: `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
        [] => String::new(),
    }
}

/// The candidate nearest to `word` by edit distance, if near enough to be a slip: at most
/// a third of its length (at least one edit), or the same word in another case.
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = word.to_lowercase();
    candidates
        .map(|c| {
            let d = if c.to_lowercase() == lower {
                0
            } else {
                edit_distance(word, c)
            };
            (d, c)
        })
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operators::find;
    use runnel_core::Value;

    fn check(receiver: Receiver, name: &str, args: Args) -> String {
        match check_call(find(receiver, name).unwrap(), &args) {
            Ok(()) => "ok".into(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn a_misspelt_keyword_names_the_one_meant() {
        let args = Args::new(vec![Value::None]).with_keyword("numPartition", Value::Int(2));
        assert_eq!(
            check(Receiver::DStream, "reduceByKey", args),
            "TypeError: DStream.reduceByKey() got an unexpected keyword argument 'numPartition'. Did you mean 'numPartitions'?"
        );
        let args = Args::new(vec![Value::Int(3)]).with_keyword("zzz", Value::Int(2));
        assert_eq!(
            check(Receiver::DStream, "window", args),
            "TypeError: DStream.window() got an unexpected keyword argument 'zzz'"
        );
    }

    #[test]
    fn counts_and_missing_arguments_read_as_cpython_says() {
        assert_eq!(
            check(Receiver::DStream, "window", Args::default()),
            "TypeError: DStream.window() missing 1 required positional argument: 'windowDuration'"
        );
        assert_eq!(
            check(Receiver::DStream, "reduceByWindow", Args::new(vec![Value::None])),
            "TypeError: DStream.reduceByWindow() missing 3 required positional arguments: 'invReduceFunc', 'windowDuration', and 'slideDuration'"
        );
        assert_eq!(
            check(
                Receiver::DStream,
                "window",
                Args::new(vec![Value::Int(1); 3])
            ),
            "TypeError: DStream.window() takes from 2 to 3 positional arguments but 4 were given"
        );
        assert_eq!(
            check(Receiver::DStream, "count", Args::new(vec![Value::Int(1)])),
            "TypeError: DStream.count() takes 1 positional argument but 2 were given"
        );
        let twice = Args::new(vec![Value::Int(1)]).with_keyword("windowDuration", Value::Int(1));
        assert_eq!(
            check(Receiver::DStream, "window", twice),
            "TypeError: DStream.window() got multiple values for argument 'windowDuration'"
        );
        let by_name = Args::default().with_keyword("windowDuration", Value::Int(1));
        assert_eq!(check(Receiver::DStream, "window", by_name), "ok");
        assert_eq!(
            check(
                Receiver::StreamingContext,
                "union",
                Args::new(vec![Value::None; 4])
            ),
            "ok"
        );
    }
}
