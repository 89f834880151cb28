//! Figures of one run: per-batch times, throughput, memory.

use serde_json::{json, Value as Json};

/// One engine's run of one workload.
#[derive(Clone, Debug, Default)]
pub struct RunStats {
    /// Records each batch brought in.
    pub records: Vec<usize>,
    /// Each batch's processing time, in ms.
    pub batch_ms: Vec<f64>,
    /// Time outside batches that the engine spent on the data (Runnel reads `sc.textFile`
    /// when the program calls it, before the first batch; Spark reads inside its batches).
    pub setup_ms: f64,
    /// Peak resident memory, in KiB.
    pub memory_kb: u64,
    /// Cores the engine used.
    pub cores: usize,
    /// Each batch's CPU time in ms, where known (Runnel): unlike wall-clock time, other
    /// processes on a shared machine do not inflate it.
    pub cpu_ms: Vec<f64>,
}

impl RunStats {
    /// Leaves the first batch out: Spark's includes one-time costs (starting its Python
    /// workers, the JVM's warm-up). Done for both engines alike.
    pub fn without_first_batch(mut self) -> RunStats {
        if self.batch_ms.len() > 1 {
            self.batch_ms.remove(0);
            if !self.records.is_empty() {
                self.records.remove(0);
            }
            if !self.cpu_ms.is_empty() {
                self.cpu_ms.remove(0);
            }
        }
        self
    }

    pub fn total_records(&self) -> usize {
        self.records.iter().sum()
    }
    /// Records per second over the batches' processing time plus the setup time.
    pub fn records_per_s(&self) -> f64 {
        let ms: f64 = self.batch_ms.iter().sum::<f64>() + self.setup_ms;
        if ms <= 0.0 {
            return 0.0;
        }
        self.total_records() as f64 / (ms / 1000.0)
    }
    /// Records per second over the batches' CPU time (plus the setup's wall time), when
    /// known: what the engine does when it has a core to itself.
    pub fn records_per_cpu_s(&self) -> Option<f64> {
        if self.cpu_ms.is_empty() {
            return None;
        }
        let ms: f64 = self.cpu_ms.iter().sum::<f64>() + self.setup_ms;
        (ms > 0.0).then(|| self.total_records() as f64 / (ms / 1000.0))
    }
    pub fn per_core(&self) -> f64 {
        self.records_per_s() / self.cores.max(1) as f64
    }
    pub fn median_ms(&self) -> f64 {
        percentile(&self.batch_ms, 0.5)
    }
    pub fn p99_ms(&self) -> f64 {
        percentile(&self.batch_ms, 0.99)
    }
    /// Median CPU time (wall-clock time when unknown) of the last `n` batches: a window's
    /// time per slide at steady state.
    pub fn tail_median_ms(&self, n: usize) -> f64 {
        let xs = if self.cpu_ms.is_empty() {
            &self.batch_ms
        } else {
            &self.cpu_ms
        };
        percentile(&xs[xs.len().saturating_sub(n)..], 0.5)
    }
    pub fn to_json(&self) -> Json {
        json!({
            "records": self.records,
            "batch_ms": self.batch_ms,
            "setup_ms": self.setup_ms,
            "memory_kb": self.memory_kb,
            "cores": self.cores,
            "cpu_ms": self.cpu_ms,
            "records_per_s": self.records_per_s(),
            "median_ms": self.median_ms(),
            "p99_ms": self.p99_ms(),
        })
    }
    pub fn from_json(v: &Json) -> Option<RunStats> {
        let nums = |k: &str| -> Option<Vec<f64>> {
            v.get(k)?.as_array()?.iter().map(|x| x.as_f64()).collect()
        };
        Some(RunStats {
            records: nums("records")?.into_iter().map(|x| x as usize).collect(),
            batch_ms: nums("batch_ms")?,
            setup_ms: v.get("setup_ms")?.as_f64()?,
            memory_kb: v.get("memory_kb")?.as_u64()?,
            cores: v.get("cores")?.as_u64()? as usize,
            cpu_ms: nums("cpu_ms").unwrap_or_default(),
        })
    }
}

/// The nearest-rank percentile.
pub fn percentile(xs: &[f64], q: f64) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let rank = ((q * v.len() as f64).ceil() as usize).clamp(1, v.len());
    v[rank - 1]
}

/// This process's peak resident memory (VmHWM), in KiB.
pub fn own_peak_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank() {
        let xs: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&xs, 0.5), 50.0);
        assert_eq!(percentile(&xs, 0.99), 99.0);
        assert_eq!(percentile(&[3.0], 0.99), 3.0);
    }
}
