//! `binaryRecordsStream`'s records: each new file cut into records of `recordLength`
//! bytes, as Spark's `FixedLengthBinaryInputFormat` reads them.

use runnel_core::{Error, Result, Value};

/// The records of the files of a block, each file given as the pair `(path, bytes)`. A
/// file whose size is not a multiple of `record_length` fails the batch, as Spark's
/// reader fails on its short last record (`readFully` reaching the end of the file); so
/// does any file when `record_length` is not positive, as Spark's reader fails on its
/// first record (it divides by the length, then makes a buffer of it).
pub(crate) fn cut_files(files: &[Value], record_length: i64) -> Result<Vec<Value>> {
    let mut records = Vec::new();
    for file in files {
        let (path, bytes) = file_of(file)?;
        let Some(record_length) = usize::try_from(record_length).ok().filter(|n| *n > 0) else {
            let java = match record_length {
                0 => "java.lang.ArithmeticException: / by zero".to_string(),
                n => format!("java.lang.NegativeArraySizeException: {n}"),
            };
            return Err(Error::new(
                "Py4JJavaError",
                format!("{java}: binaryRecordsStream reading the file '{path}' with recordLength {record_length}"),
            ));
        };
        if bytes.len() % record_length != 0 {
            return Err(Error::new(
                "Py4JJavaError",
                format!(
                    "java.io.EOFException: binaryRecordsStream: the file '{path}' holds {} bytes, not a whole number of records of recordLength {record_length}",
                    bytes.len()
                ),
            ));
        }
        records.extend(
            bytes
                .chunks(record_length)
                .map(|r| runnel_python::bytes_value(r.to_vec())),
        );
    }
    Ok(records)
}

/// A file a host handed over: `(path, bytes)`.
fn file_of(v: &Value) -> Result<(String, Vec<u8>)> {
    let bad = || Error::type_error("a binaryRecordsStream block holds (path, bytes) pairs");
    let Value::Tuple(t) = v else {
        return Err(bad());
    };
    match &t[..] {
        [path, data] => Ok((
            path.to_str(),
            runnel_python::bytes_of(data).ok_or_else(bad)?,
        )),
        _ => Err(bad()),
    }
}

/// The block a host hands over for a new file of a `binaryRecordsStream`.
pub fn file_block(path: &str, bytes: Vec<u8>) -> Vec<Value> {
    vec![Value::pair(
        Value::str(path),
        runnel_python::bytes_value(bytes),
    )]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reprs(v: &[Value]) -> Vec<String> {
        v.iter().map(|r| r.repr()).collect()
    }

    #[test]
    fn files_cut_into_records_in_order() {
        let mut files = file_block("a", b"abcdef".to_vec());
        files.extend(file_block("b", Vec::new()));
        files.extend(file_block("c", b"\x00\x01\xff".to_vec()));
        let got = cut_files(&files, 3).unwrap();
        assert_eq!(reprs(&got), ["b'abc'", "b'def'", "b'\\x00\\x01\\xff'"]);
    }

    #[test]
    fn a_short_last_record_fails_naming_the_file() {
        let err = cut_files(&file_block("d/x.bin", b"abcde".to_vec()), 4).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("'d/x.bin' holds 5 bytes"), "{text}");
        assert!(text.contains("recordLength 4"), "{text}");
    }

    #[test]
    fn a_length_that_is_not_positive_fails_on_a_file_as_spark_does() {
        assert_eq!(cut_files(&[], 0).unwrap().len(), 0, "no file, no failure");
        let err = cut_files(&file_block("d/x.bin", Vec::new()), 0).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("java.lang.ArithmeticException: / by zero"),
            "{text}"
        );
        assert!(text.contains("'d/x.bin'"), "{text}");
        let err = cut_files(&file_block("d/y.bin", b"abcd".to_vec()), -4).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("java.lang.NegativeArraySizeException: -4"),
            "{text}"
        );
        assert!(text.contains("'d/y.bin'"), "{text}");
    }
}
