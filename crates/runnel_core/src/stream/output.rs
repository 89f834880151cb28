//! Output operations' text and files, byte for byte as PySpark writes them.

use super::{Graph, Host, StreamId};
use crate::rdd::RddRef;
use crate::time::Time;
use crate::value::Shared;
use crate::Result;

const RULE: &str = "-------------------------------------------";

/// What `DStream.pprint(num)` prints for one batch: the header, the first `num` records as
/// `print(record)` shows them, `...` when there are more, and a blank line.
///
/// `from_python`: the batch's records are what a Python stage left (see
/// [`Graph::records_from_python`]), which `take`'s own task reads through pickle.
pub fn pprint_text(time: &str, rdd: &RddRef, num: usize, from_python: bool) -> String {
    let taken = match from_python {
        true => rdd.take_through_task(num + 1),
        false => rdd.take(num + 1),
    };
    let mut out = format!("{RULE}\nTime: {time}\n{RULE}\n");
    for record in taken.iter().take(num) {
        out.push_str(&record.to_str());
        out.push('\n');
    }
    if taken.len() > num {
        out.push_str("...\n");
    }
    out.push('\n');
    out
}

impl Graph {
    /// `pprint(num)`.
    pub fn pprint(&mut self, stream: StreamId, num: usize, host: Shared<dyn Host>) {
        let tz = self.config.tz_offset_ms;
        let from_python = self.records_from_python(stream);
        self.add_output(
            stream,
            Shared::new(move |t: Time, rdd: &RddRef| {
                let time = crate::time::DateTime::from_millis(t.0, tz).to_str();
                host.stdout(&pprint_text(&time, rdd, num, from_python));
                Ok(())
            }),
        );
    }

    /// `saveAsTextFiles(prefix, suffix)`: a directory `prefix-TIME_IN_MS[.suffix]` per batch
    /// holding what `rdd.saveAsTextFile` writes ([`crate::rdd::Rdd::text_files`]).
    pub fn save_as_text_files(
        &mut self,
        stream: StreamId,
        prefix: String,
        suffix: Option<String>,
        host: Shared<dyn Host>,
    ) {
        self.add_output(
            stream,
            Shared::new(move |t: Time, rdd: &RddRef| -> Result<()> {
                let dir = match &suffix {
                    Some(s) => format!("{prefix}-{}.{s}", t.0),
                    None => format!("{prefix}-{}", t.0),
                };
                for (path, text) in rdd.text_files(&dir) {
                    host.write_file(&path, &text)?;
                }
                Ok(())
            }),
        );
    }
}
