//! `pow`: glibc 2.36's `e_pow.c` in its `-mfma` build (see `exp.rs` for why the FMAs).
//! Origin: ARM optimized-routines (Szabolcs Nagy), Copyright (c) 2018-2025 Arm Limited,
//! SPDX-License-Identifier: MIT OR Apache-2.0 WITH LLVM-exception; glibc carries the same code.

use super::exp::{exp_inline, oflow, uflow, SIGN_BIAS};
use super::pow_data as d;
use super::{fma, top12};

const N: u64 = 128;
const OFF: u64 = 0x3fe6_9555_0000_0000;

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

/// log(x) as hi + lo with ~15 extra bits; `ix` is x's bits, subnormals normalized.
fn log_inline(ix: u64) -> (f64, f64) {
    let tmp = ix.wrapping_sub(OFF);
    let i = ((tmp >> (52 - 7)) % N) as usize;
    let k = (tmp as i64) >> 52;
    let iz = ix.wrapping_sub(tmp & (0xfff << 52));
    let z = f(iz);
    let kd = k as f64;
    let invc = f(d::TAB[3 * i]);
    let logc = f(d::TAB[3 * i + 1]);
    let logctail = f(d::TAB[3 * i + 2]);
    let r = fma(z, invc, -1.0);
    // k*Ln2 + log(c) + r.
    let t1 = fma(kd, f(d::LN2HI), logc);
    let t2 = t1 + r;
    let lo1 = fma(kd, f(d::LN2LO), logctail);
    let lo2 = t1 - t2 + r;
    let a = |j: usize| f(d::POLY[j]);
    let ar = a(0) * r;
    let ar2 = r * ar;
    let ar3 = r * ar2;
    let hi = t2 + ar2;
    let lo3 = fma(ar, r, -ar2);
    let lo4 = t2 - hi + ar2;
    let q = fma(ar2, fma(r, a(6), a(5)), fma(r, a(4), a(3)));
    let q = fma(ar2, q, fma(r, a(2), a(1)));
    let lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
    let y = hi + lo;
    (y, hi - y + lo)
}

/// 0 if not an integer, 1 if odd, 2 if even (`iy`: a non-zero finite double's bits).
fn checkint(iy: u64) -> u32 {
    let e = (iy >> 52 & 0x7ff) as i32;
    if e < 0x3ff {
        return 0;
    }
    if e > 0x3ff + 52 {
        return 2;
    }
    if iy & ((1u64 << (0x3ff + 52 - e)) - 1) != 0 {
        return 0;
    }
    if iy & (1u64 << (0x3ff + 52 - e)) != 0 {
        return 1;
    }
    2
}

/// Is `i` the bits of 0, infinity or nan?
fn zeroinfnan(i: u64) -> bool {
    (i << 1).wrapping_sub(1) >= 2 * f64::INFINITY.to_bits() - 1
}

/// pow where x or y is 0, inf or nan.
fn zeroinfnan_case(x: f64, y: f64, ix: u64, iy: u64) -> f64 {
    if zeroinfnan(iy) {
        if iy << 1 == 0 {
            return 1.0;
        }
        if ix == 1f64.to_bits() {
            return 1.0;
        }
        if (ix << 1) > 2 * f64::INFINITY.to_bits() || (iy << 1) > 2 * f64::INFINITY.to_bits() {
            return x + y;
        }
        if (ix << 1) == 2 * 1f64.to_bits() {
            return 1.0;
        }
        if ((ix << 1) < 2 * 1f64.to_bits()) == (iy >> 63 == 0) {
            return 0.0;
        }
        return y * y;
    }
    let mut x2 = x * x;
    if ix >> 63 != 0 && checkint(iy) == 1 {
        x2 = -x2;
    }
    if iy >> 63 != 0 {
        1.0 / x2
    } else {
        x2
    }
}

/// glibc's `pow`.
pub fn pow(x: f64, y: f64) -> f64 {
    let mut sign_bias = 0;
    let mut ix = x.to_bits();
    let iy = y.to_bits();
    let mut topx = top12(x);
    let topy = top12(y);
    if topx.wrapping_sub(0x001) >= 0x7ff - 0x001
        || (topy & 0x7ff).wrapping_sub(0x3be) >= 0x43e - 0x3be
    {
        if zeroinfnan(iy) || zeroinfnan(ix) {
            return zeroinfnan_case(x, y, ix, iy);
        }
        // Here x and y are non-zero finite.
        if ix >> 63 != 0 {
            match checkint(iy) {
                0 => return f64::NAN,
                1 => sign_bias = SIGN_BIAS,
                _ => {}
            }
            ix &= 0x7fff_ffff_ffff_ffff;
            topx &= 0x7ff;
        }
        if (topy & 0x7ff).wrapping_sub(0x3be) >= 0x43e - 0x3be {
            if ix == 1f64.to_bits() {
                return 1.0;
            }
            if (topy & 0x7ff) < 0x3be {
                // |y| < 2^-65: x^y ~= 1 + y*log(x).
                return if ix > 1f64.to_bits() {
                    1.0 + y
                } else {
                    1.0 - y
                };
            }
            return if (ix > 1f64.to_bits()) == (topy < 0x800) {
                oflow(false)
            } else {
                uflow(false)
            };
        }
        if topx == 0 {
            // Subnormal x: normalize so the exponent becomes negative.
            ix = (x * f64::from_bits(0x4330_0000_0000_0000)).to_bits();
            ix &= 0x7fff_ffff_ffff_ffff;
            ix = ix.wrapping_sub(52 << 52);
        }
    }
    let (hi, lo) = log_inline(ix);
    let ehi = y * hi;
    let elo = fma(y, lo, fma(y, hi, -ehi));
    exp_inline(ehi, Some(elo), sign_bias)
}
