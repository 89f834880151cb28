//! `exp2`: glibc 2.36's `e_exp2.c`. x86-64 glibc has no FMA build of this file, so
//! unlike `exp` nothing here is fused.
//! Origin: ARM optimized-routines (Szabolcs Nagy), Copyright (c) 2018-2025 Arm Limited,
//! SPDX-License-Identifier: MIT OR Apache-2.0 WITH LLVM-exception; glibc carries the same code.

use super::exp::{oflow, uflow};
use super::exp_data as d;
use super::top12;

const N: u64 = 128;

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

/// `scale * (1 + tmp)` where scale's exponent may over- or underflow.
fn specialcase(tmp: f64, mut sbits: u64, ki: u64) -> f64 {
    if ki & 0x8000_0000 == 0 {
        // k > 0: the exponent of scale might have overflowed by 1.
        sbits = sbits.wrapping_sub(1 << 52);
        let scale = f(sbits);
        return 2.0 * (scale + scale * tmp);
    }
    sbits = sbits.wrapping_add(1022 << 52);
    let scale = f(sbits);
    let mut y = scale + scale * tmp;
    if y < 1.0 {
        let lo = scale - y + scale * tmp;
        let hi = 1.0 + y;
        let lo = 1.0 - hi + y + lo;
        y = (hi + lo) - 1.0;
        if y == 0.0 {
            y = 0.0;
        }
    }
    f64::from_bits(0x0010_0000_0000_0000) * y
}

/// glibc's `exp2`.
pub fn exp2(x: f64) -> f64 {
    let tiny = top12(f64::from_bits(0x3c90_0000_0000_0000));
    let mut abstop = top12(x) & 0x7ff;
    if abstop.wrapping_sub(tiny) >= top12(512.0) - tiny {
        if abstop.wrapping_sub(tiny) >= 0x8000_0000 {
            return 1.0 + x;
        }
        if abstop >= top12(1024.0) {
            if x == f64::NEG_INFINITY {
                return 0.0;
            }
            if abstop >= top12(f64::INFINITY) {
                return 1.0 + x;
            }
            if x.to_bits() >> 63 == 0 {
                return oflow(false);
            } else if x.to_bits() >= (-1075f64).to_bits() {
                return uflow(false);
            }
        }
        if x.to_bits() << 1 > 928f64.to_bits() << 1 {
            // Large x is special cased below.
            abstop = 0;
        }
    }
    // x = k/N + r, with int k and r in [-1/2N, 1/2N].
    let kd = x + f(d::EXP2_SHIFT);
    let ki = kd.to_bits();
    let kd = kd - f(d::EXP2_SHIFT);
    let r = x - kd;
    let idx = (2 * (ki % N)) as usize;
    let top = ki << (52 - 7);
    let tail = f(d::TAB[idx]);
    let sbits = d::TAB[idx + 1].wrapping_add(top);
    let c = |j: usize| f(d::EXP2_POLY[j]);
    let r2 = r * r;
    let tmp = tail + r * c(0) + r2 * (c(1) + r * c(2)) + r2 * r2 * (c(3) + r * c(4));
    if abstop == 0 {
        return specialcase(tmp, sbits, ki);
    }
    let scale = f(sbits);
    scale + scale * tmp
}
