//! The native host's pieces other native programs reuse (the benchmark suite, tests): the
//! parallel executor.

pub mod local_zone;
pub mod pool;
