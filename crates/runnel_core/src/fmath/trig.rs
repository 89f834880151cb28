//! The trigonometric functions, Rust's own: glibc's natively (what CPython prints), the
//! `libm` crate's on wasm (musl's code, which may differ from CPython in the last bit).
//! glibc's code for them is LGPL-2.1-or-later (IBM's Accurate Mathematical Library), so
//! Runnel, Apache-2.0, does not port it (see the module's comment).

pub fn sin(x: f64) -> f64 {
    x.sin()
}

pub fn cos(x: f64) -> f64 {
    x.cos()
}

pub fn tan(x: f64) -> f64 {
    x.tan()
}

pub fn asin(x: f64) -> f64 {
    x.asin()
}

pub fn acos(x: f64) -> f64 {
    x.acos()
}

pub fn atan(x: f64) -> f64 {
    x.atan()
}

pub fn atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}
