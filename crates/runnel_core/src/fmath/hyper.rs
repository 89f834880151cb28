//! `sinh`, `cosh` and `tanh`: glibc's fdlibm-derived `e_sinh.c`, `e_cosh.c` and
//! `s_tanh.c` (no FMA builds of these in glibc 2.36) over the FMA builds of `exp` and
//! `expm1`, which is what they call inside libm.
//! Origin: fdlibm, Copyright (C) 1993 by Sun Microsystems, Inc.: "Permission to use, copy,
//! modify, and distribute this software is freely granted, provided that this notice is
//! preserved."

use super::exp::exp;
use super::expm1::expm1;

/// High word of x's bits, sign included.
fn high(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

/// glibc's `sinh`.
pub fn sinh(x: f64) -> f64 {
    let jx = high(x);
    let ix = jx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    let h = if jx < 0 { -0.5 } else { 0.5 };
    if ix < 0x4036_0000 {
        // |x| < 22
        if ix < 0x3e30_0000 {
            return x;
        }
        let t = expm1(x.abs());
        if ix < 0x3ff0_0000 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ix < 0x4086_2e42 {
        return h * exp(x.abs());
    }
    if x.abs().to_bits() <= 0x4086_33ce_8fb9_f87d {
        let w = exp(0.5 * x.abs());
        return (h * w) * w;
    }
    x * 1.0e307
}

/// glibc's `cosh`.
pub fn cosh(x: f64) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix < 0x4036_0000 {
        if ix < 0x3fd6_2e43 {
            if ix < 0x3c80_0000 {
                return 1.0;
            }
            let t = expm1(x.abs());
            let w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        let t = exp(x.abs());
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x4086_2e42 {
        return 0.5 * exp(x.abs());
    }
    if x.abs().to_bits() <= 0x4086_33ce_8fb9_f87d {
        let w = exp(0.5 * x.abs());
        return (0.5 * w) * w;
    }
    if ix >= 0x7ff0_0000 {
        return x * x;
    }
    f64::INFINITY
}

/// glibc's `tanh`.
pub fn tanh(x: f64) -> f64 {
    let jx = high(x);
    let ix = jx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return if jx >= 0 {
            1.0 / x + 1.0
        } else {
            1.0 / x - 1.0
        };
    }
    let z = if ix < 0x4036_0000 {
        if x == 0.0 {
            return x;
        }
        if ix < 0x3c80_0000 {
            return x * (1.0 + x);
        }
        if ix >= 0x3ff0_0000 {
            let t = expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0 - 1.0e-300
    };
    if jx >= 0 {
        z
    } else {
        -z
    }
}
