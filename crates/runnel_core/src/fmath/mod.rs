//! Float functions that give glibc's results bit for bit on every target.
//!
//! CPython on Linux prints what glibc's libm computes. Natively Rust's `f64::exp` and
//! friends call that same libm, but on wasm32 they come from the `libm` crate (musl's
//! code), which differs in the last bit for a few percent of inputs. The interpreter calls
//! these ports of glibc's own code instead, on every target, so the browser prints what
//! CPython prints; the tests compare them with the platform's glibc natively.
//!
//! Provenance, per file: `exp`, `exp2`, `log`, `log2`, `pow` are ARM's optimized-routines
//! (MIT OR Apache-2.0 WITH LLVM-exception); `expm1`, `log1p`, `log10` and the hyperbolics
//! are fdlibm (Sun's permissive notice); `hypot` is written from Borges' paper (see its file).
//!
//! Not ported: glibc's `sin`, `cos`, `tan`, `asin`, `acos`, `atan` and `atan2` are IBM's
//! Accurate Mathematical Library, LGPL-2.1-or-later, which Runnel (Apache-2.0) does not
//! take in. Those are the `pxfm` crate's correctly rounded ones ([`trig`]), which give
//! glibc's bits except for about 1 input in 1 000, where glibc is the one a bit off.

mod ahyper;
mod exp;
mod exp2;
mod exp_data;
mod expm1;
mod hyper;
mod hypot;
mod log;
mod log10;
mod log2;
mod log2_data;
mod log_data;
mod pow;
mod pow_data;
mod trig;

pub use ahyper::{acosh, asinh, atanh};
pub use exp::exp;
pub use exp2::exp2;
pub use expm1::{expm1, log1p};
pub use hyper::{cosh, sinh, tanh};
pub use hypot::hypot;
pub use log::ln;
pub use log10::log10;
pub use log2::log2;
pub use pow::pow;
pub use trig::{acos, asin, atan, atan2, cos, sin, tan};

/// `a * b + c` with one rounding, as the fused multiply-adds of glibc's FMA build.
#[inline]
fn fma(a: f64, b: f64, c: f64) -> f64 {
    a.mul_add(b, c)
}

/// Sign and exponent bits of a double.
#[inline]
fn top12(x: f64) -> u32 {
    (x.to_bits() >> 52) as u32
}

// The tests compare with the platform's libm, which is the reference only where CPython's
// is: glibc on x86-64 (whose FMA builds these follow; see `tests::glibc_fma`).
#[cfg(all(test, target_arch = "x86_64", target_os = "linux", target_env = "gnu"))]
mod tests;
