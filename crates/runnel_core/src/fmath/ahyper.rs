//! `asinh`, `acosh` and `atanh`: glibc's fdlibm-derived `s_asinh.c`, `e_acosh.c` and
//! `e_atanh.c` (no FMA builds in glibc 2.36) over the FMA builds of `log` and `log1p`.
//! Rust's own `f64::asinh`/`acosh`/`atanh` use other formulas, even natively.
//! Origin: fdlibm, Copyright (C) 1993 by Sun Microsystems, Inc.: "Permission to use, copy,
//! modify, and distribute this software is freely granted, provided that this notice is
//! preserved."

use super::expm1::log1p;
use super::log::ln;

const LN2: f64 = std::f64::consts::LN_2;

/// glibc's `asinh`.
pub fn asinh(x: f64) -> f64 {
    let ix = (x.to_bits() >> 32) as u32 & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        // |x| < 2**-28
        return x;
    }
    let xa = x.abs();
    let w = if ix > 0x41b0_0000 {
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        ln(xa) + LN2
    } else if ix > 0x4000_0000 {
        ln(2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa))
    } else {
        let t = xa * xa;
        log1p(xa + t / (1.0 + (1.0 + t).sqrt()))
    };
    w.copysign(x)
}

/// glibc's `acosh`.
pub fn acosh(x: f64) -> f64 {
    let hx = x.to_bits() as i64;
    if hx > 0x4000_0000_0000_0000 {
        if hx >= 0x41b0_0000_0000_0000 {
            if hx >= 0x7ff0_0000_0000_0000 {
                return x + x;
            }
            return ln(x) + LN2;
        }
        let t = x * x;
        ln(2.0 * x - 1.0 / (x + (t - 1.0).sqrt()))
    } else if hx > 0x3ff0_0000_0000_0000 {
        let t = x - 1.0;
        log1p(t + (2.0 * t + t * t).sqrt())
    } else if hx == 0x3ff0_0000_0000_0000 {
        0.0
    } else {
        f64::NAN
    }
}

/// glibc's `atanh`.
pub fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x;
        }
        let t = xa + xa;
        0.5 * log1p(t + t * xa / (1.0 - xa))
    } else if xa < 1.0 {
        0.5 * log1p((xa + xa) / (1.0 - xa))
    } else if xa > 1.0 || xa.is_nan() {
        return f64::NAN;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}
