//! `--progress`: a line per batch on stderr with what Spark's streaming tab shows (input
//! records, processing time, scheduling delay, total delay), and a summary at the end.

use std::cell::RefCell;

/// One batch's figures, in milliseconds.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BatchMetrics {
    pub(crate) records: usize,
    pub(crate) processing_ms: f64,
    pub(crate) scheduling_delay_ms: f64,
}

#[derive(Default)]
pub(crate) struct Progress {
    batches: RefCell<Vec<BatchMetrics>>,
}

impl Progress {
    /// Records a batch and prints its line.
    pub(crate) fn batch(&self, time: &str, m: BatchMetrics) {
        eprintln!(
            "[runnel] batch {time}: {} records, processing {:.1} ms, scheduling delay {:.1} ms, total delay {:.1} ms",
            m.records,
            m.processing_ms,
            m.scheduling_delay_ms,
            m.processing_ms + m.scheduling_delay_ms
        );
        self.batches.borrow_mut().push(m);
    }

    /// The summary line, once the program ends.
    pub(crate) fn summary(&self) -> Option<String> {
        let b = self.batches.borrow();
        if b.is_empty() {
            return None;
        }
        let n = b.len() as f64;
        let records: usize = b.iter().map(|m| m.records).sum();
        let processing: f64 = b.iter().map(|m| m.processing_ms).sum();
        let worst = b
            .iter()
            .map(|m| m.scheduling_delay_ms + m.processing_ms)
            .fold(0.0, f64::max);
        Some(format!(
            "[runnel] {} batches, {records} records, mean processing {:.1} ms, max total delay {:.1} ms, {:.0} records/s while processing",
            b.len(),
            processing / n,
            worst,
            if processing > 0.0 { records as f64 * 1000.0 / processing } else { 0.0 }
        ))
    }
}
