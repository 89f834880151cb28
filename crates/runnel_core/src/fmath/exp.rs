//! `exp` and the exp half of `pow`: glibc 2.36's `e_exp.c`/`e_pow.c` as x86-64 runs them.
//!
//! On a CPU with FMA (every x86-64 of the last decade) glibc picks its `-mfma` build of
//! these files, where GCC fuses each `a * b + c` whose product feeds only additions; the
//! `fma` calls below are exactly those fusions, so the results are glibc's bit for bit.
//! Origin: ARM optimized-routines (Szabolcs Nagy), Copyright (c) 2018-2025 Arm Limited,
//! SPDX-License-Identifier: MIT OR Apache-2.0 WITH LLVM-exception; glibc carries the same code.

use super::exp_data as d;
use super::{fma, top12};

const N: u64 = 128;
/// Bias added to `ki` that sets the sign bit of the result (`pow` of a negative base).
pub(super) const SIGN_BIAS: u64 = 0x800 << 7;

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

/// `scale * (1 + tmp)` where scale's exponent may over- or underflow (`specialcase`).
fn specialcase(tmp: f64, mut sbits: u64, ki: u64) -> f64 {
    if ki & 0x8000_0000 == 0 {
        // k > 0: the exponent of scale might have overflowed by <= 460.
        sbits = sbits.wrapping_sub(1009 << 52);
        let scale = f(sbits);
        return f64::from_bits(0x7f00_0000_0000_0000) * fma(scale, tmp, scale);
    }
    // k < 0: round once in the subnormal range (no double rounding). GCC fuses only
    // within a basic block, and `scale * tmp` is used across the branch: no FMA here.
    sbits = sbits.wrapping_add(1022 << 52);
    let scale = f(sbits);
    let st = scale * tmp;
    let mut y = scale + st;
    if y.abs() < 1.0 {
        let one = if y < 0.0 { -1.0 } else { 1.0 };
        let lo = scale - y + st;
        let hi = one + y;
        let lo = one - hi + y + lo;
        y = (hi + lo) - one;
        if y == 0.0 {
            y = f(sbits & 0x8000_0000_0000_0000);
        }
    }
    f64::from_bits(0x0010_0000_0000_0000) * y
}

/// `sign * exp(x + xtail)`; `xtail` is `None` for `exp` itself (no `r += xtail`).
pub(super) fn exp_inline(x: f64, xtail: Option<f64>, sign_bias: u64) -> f64 {
    let mut abstop = top12(x) & 0x7ff;
    if abstop.wrapping_sub(top12(f64::from_bits(0x3c90_0000_0000_0000)))
        >= top12(512.0) - top12(f64::from_bits(0x3c90_0000_0000_0000))
    {
        if abstop.wrapping_sub(top12(f64::from_bits(0x3c90_0000_0000_0000))) >= 0x8000_0000 {
            // Tiny x: exp(x) rounds to 1 + x.
            let one = 1.0 + x;
            return if sign_bias != 0 { -one } else { one };
        }
        if abstop >= top12(1024.0) {
            let neg = sign_bias != 0;
            return if x.to_bits() >> 63 != 0 {
                uflow(neg)
            } else {
                oflow(neg)
            };
        }
        // Large x is special cased below.
        abstop = 0;
    }
    // exp(x) = 2^(k/N) * exp(r), with exp(r) in [2^(-1/2N),2^(1/2N)].
    let kd = fma(f(d::INVLN2N), x, f(d::SHIFT));
    let ki = kd.to_bits();
    let kd = kd - f(d::SHIFT);
    let mut r = fma(kd, f(d::NEGLN2LON), fma(kd, f(d::NEGLN2HIN), x));
    if let Some(t) = xtail {
        r += t;
    }
    // 2^(k/N) ~= scale * (1 + tail).
    let idx = (2 * (ki % N)) as usize;
    let top = ki.wrapping_add(sign_bias) << (52 - 7);
    let tail = f(d::TAB[idx]);
    let sbits = d::TAB[idx + 1].wrapping_add(top);
    let r2 = r * r;
    let p1 = fma(r, f(d::POLY[1]), f(d::POLY[0]));
    let p2 = fma(r, f(d::POLY[3]), f(d::POLY[2]));
    let tmp = fma(r2 * r2, p2, fma(r2, p1, tail + r));
    if abstop == 0 {
        return specialcase(tmp, sbits, ki);
    }
    let scale = f(sbits);
    fma(scale, tmp, scale)
}

/// `__math_oflow`: +-inf (glibc computes 0x1p769 * 0x1p769 to raise the flag).
pub(super) fn oflow(neg: bool) -> f64 {
    if neg {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    }
}

/// `__math_uflow`: +-0.
pub(super) fn uflow(neg: bool) -> f64 {
    if neg {
        -0.0
    } else {
        0.0
    }
}

/// glibc's `exp`.
pub fn exp(x: f64) -> f64 {
    let abstop = top12(x) & 0x7ff;
    if abstop >= top12(1024.0) {
        if x == f64::NEG_INFINITY {
            return 0.0;
        }
        if abstop >= top12(f64::INFINITY) {
            return 1.0 + x;
        }
    }
    exp_inline(x, None, 0)
}
