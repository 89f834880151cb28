//! The trigonometric functions: `pxfm`'s correctly rounded ones (pure Rust ports of
//! CORE-MATH), the same code on every target.
//!
//! CPython on Linux calls glibc, whose `sin`... `atan2` are IBM's Accurate Mathematical
//! Library (LGPL-2.1-or-later: Runnel, Apache-2.0, does not port it). glibc's results are
//! correctly rounded for all but about 1 input in 1 000 (measured: `tests/trig.rs`), so a
//! correctly rounded library prints CPython's digits everywhere else; Rust's own methods
//! would call glibc natively but the `libm` crate (musl) in wasm, which differs from glibc
//! for 2-18 % of inputs. One code path keeps the CLI and the browser identical.

pub fn sin(x: f64) -> f64 {
    pxfm::f_sin(x)
}

pub fn cos(x: f64) -> f64 {
    pxfm::f_cos(x)
}

pub fn tan(x: f64) -> f64 {
    pxfm::f_tan(x)
}

pub fn asin(x: f64) -> f64 {
    pxfm::f_asin(x)
}

pub fn acos(x: f64) -> f64 {
    pxfm::f_acos(x)
}

pub fn atan(x: f64) -> f64 {
    pxfm::f_atan(x)
}

/// The result has `y`'s sign always (C99 F.9.1.4); pxfm 0.1.30 loses it when the result
/// underflows to zero (`atan2(-5e-324, 2.0)` gave `0.0`, where glibc and CPython give
/// `-0.0`).
pub fn atan2(y: f64, x: f64) -> f64 {
    pxfm::f_atan2(y, x).copysign(y)
}
