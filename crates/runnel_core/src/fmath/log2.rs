//! `log2`: glibc's `e_log2.c` in its `-mfma` build (upstream since 2.39, and in Debian 12's
//! 2.36 too: the measured results match only this build), with GCC's fusions as `fma`.
//! Origin: ARM optimized-routines (Szabolcs Nagy), Copyright (c) 2018-2025 Arm Limited,
//! SPDX-License-Identifier: MIT OR Apache-2.0 WITH LLVM-exception; glibc carries the same code.

use super::fma;
use super::log2_data as d;

const N: u64 = 64;
const OFF: u64 = 0x3fe6_0000_0000_0000;

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

/// log2(x) for x near 1, where the table would lose accuracy.
fn near_one(x: f64) -> f64 {
    let b = |j: usize| f(d::POLY1[j]);
    let r = x - 1.0;
    let hi = r * f(d::INVLN2HI);
    let mut lo = fma(r, f(d::INVLN2LO), fma(r, f(d::INVLN2HI), -hi));
    let r2 = r * r;
    let r4 = r2 * r2;
    let p1 = fma(r, b(1), b(0));
    let y = fma(r2, p1, hi);
    lo += fma(r2, p1, hi - y);
    let q2 = fma(r2, fma(r, b(9), b(8)), fma(r, b(7), b(6)));
    let q1 = fma(r4, q2, fma(r2, fma(r, b(5), b(4)), fma(r, b(3), b(2))));
    lo = fma(r4, q1, lo);
    y + lo
}

/// glibc's `log2`.
pub fn log2(x: f64) -> f64 {
    let mut ix = x.to_bits();
    let top = (ix >> 48) as u32;
    let lo_bound = (1.0 - f64::from_bits(0x3fa5_b510_0000_0000)).to_bits();
    let hi_bound = (1.0 + f64::from_bits(0x3fa6_ab20_0000_0000)).to_bits();
    if ix.wrapping_sub(lo_bound) < hi_bound - lo_bound {
        if ix == 1f64.to_bits() {
            return 0.0;
        }
        return near_one(x);
    }
    if top.wrapping_sub(0x0010) >= 0x7ff0 - 0x0010 {
        if ix << 1 == 0 {
            return f64::NEG_INFINITY;
        }
        if ix == f64::INFINITY.to_bits() {
            return x;
        }
        if top & 0x8000 != 0 || top & 0x7ff0 == 0x7ff0 {
            return f64::NAN;
        }
        ix = (x * f64::from_bits(0x4330_0000_0000_0000)).to_bits();
        ix = ix.wrapping_sub(52 << 52);
    }
    let tmp = ix.wrapping_sub(OFF);
    let i = ((tmp >> (52 - 6)) % N) as usize;
    let k = (tmp as i64) >> 52;
    let iz = ix.wrapping_sub(tmp & (0xfff << 52));
    let invc = f(d::TAB[2 * i]);
    let logc = f(d::TAB[2 * i + 1]);
    let z = f(iz);
    let kd = k as f64;
    let r = fma(z, invc, -1.0);
    let t1 = r * f(d::INVLN2HI);
    let t2 = fma(r, f(d::INVLN2LO), fma(r, f(d::INVLN2HI), -t1));
    let t3 = kd + logc;
    let hi = t3 + t1;
    let lo = t3 - hi + t1 + t2;
    let a = |j: usize| f(d::POLY[j]);
    let r2 = r * r;
    let r4 = r2 * r2;
    let p = fma(
        r4,
        fma(r, a(5), a(4)),
        fma(r2, fma(r, a(3), a(2)), fma(r, a(1), a(0))),
    );
    fma(r2, p, lo) + hi
}
