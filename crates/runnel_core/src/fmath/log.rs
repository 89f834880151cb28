//! `log`: glibc 2.36's `e_log.c` in its `-mfma` build (see `exp.rs` for why the FMAs).
//! Origin: ARM optimized-routines (Szabolcs Nagy), Copyright (c) 2018-2025 Arm Limited,
//! SPDX-License-Identifier: MIT OR Apache-2.0 WITH LLVM-exception; glibc carries the same code.

use super::fma;
use super::log_data as d;

const N: u64 = 128;
const OFF: u64 = 0x3fe6_0000_0000_0000;

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

fn b(i: usize) -> f64 {
    f(d::POLY1[i])
}

/// log(x) for x within 1 +- 2^-4, where the table would lose accuracy.
fn near_one(x: f64) -> f64 {
    let r = x - 1.0;
    let r2 = r * r;
    let r3 = r * r2;
    let c = fma(r3, b(10), fma(r2, b(9), fma(r, b(8), b(7))));
    let bb = fma(r3, c, fma(r2, b(6), fma(r, b(5), b(4))));
    let a = fma(r3, bb, fma(r2, b(3), fma(r, b(2), b(1))));
    // Split r so rhi*rhi is exact (Dekker).
    let w = r * f64::from_bits(0x41a0_0000_0000_0000);
    let rhi = r + w - w;
    let rlo = r - rhi;
    let w = rhi * rhi * b(0);
    let hi = r + w;
    let lo = r - hi + w;
    let lo = fma(b(0) * rlo, rhi + r, lo);
    fma(r3, a, lo) + hi
}

/// glibc's `log`.
pub fn ln(x: f64) -> f64 {
    let mut ix = x.to_bits();
    let top = (ix >> 48) as u32;
    let lo_bound = (1.0 - f64::from_bits(0x3fb0_0000_0000_0000)).to_bits();
    let hi_bound = (1.0 + f64::from_bits(0x3fb0_9000_0000_0000)).to_bits();
    if ix.wrapping_sub(lo_bound) < hi_bound - lo_bound {
        if ix == 1f64.to_bits() {
            return 0.0;
        }
        return near_one(x);
    }
    if top.wrapping_sub(0x0010) >= 0x7ff0 - 0x0010 {
        // x < 0x1p-1022 or inf or nan.
        if ix << 1 == 0 {
            return f64::NEG_INFINITY;
        }
        if ix == f64::INFINITY.to_bits() {
            return x;
        }
        if top & 0x8000 != 0 || top & 0x7ff0 == 0x7ff0 {
            return f64::NAN;
        }
        // Subnormal: normalize.
        ix = (x * f64::from_bits(0x4330_0000_0000_0000)).to_bits();
        ix = ix.wrapping_sub(52 << 52);
    }
    // x = 2^k z, z in [OFF, 2*OFF) split into N subintervals around c.
    let tmp = ix.wrapping_sub(OFF);
    let i = ((tmp >> (52 - 7)) % N) as usize;
    let k = (tmp as i64) >> 52;
    let iz = ix.wrapping_sub(tmp & (0xfff << 52));
    let invc = f(d::TAB[2 * i]);
    let logc = f(d::TAB[2 * i + 1]);
    let z = f(iz);
    let r = fma(z, invc, -1.0);
    let kd = k as f64;
    let w = fma(kd, f(d::LN2HI), logc);
    let hi = w + r;
    let lo = fma(kd, f(d::LN2LO), w - hi + r);
    let r2 = r * r;
    let a = |j: usize| f(d::POLY[j]);
    let q = fma(r2, fma(r, a(4), a(3)), fma(r, a(2), a(1)));
    fma(r * r2, q, fma(r2, a(0), lo)) + hi
}
