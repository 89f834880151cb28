//! `log10`: glibc 2.36's `e_log10.c` (fdlibm's, built without FMA on x86-64) over its
//! `__ieee754_log`, which is the FMA build of `log` (`log.rs`).
//! Origin: fdlibm, Copyright (C) 1993 by Sun Microsystems, Inc.: "Permission to use, copy,
//! modify, and distribute this software is freely granted, provided that this notice is
//! preserved."

use super::log::ln;

const TWO54: f64 = 18014398509481984.0;
const IVLN10: u64 = 0x3fdb_cb7b_1526_e50e;
const LOG10_2HI: u64 = 0x3fd3_4413_509f_6000;
const LOG10_2LO: u64 = 0x3d59_fef3_11f1_2b36;

/// glibc's `log10`.
pub fn log10(mut x: f64) -> f64 {
    let mut hx = x.to_bits() as i64;
    let mut k: i32 = 0;
    if hx < 0x0010_0000_0000_0000 {
        // x < 2**-1022.
        if hx & 0x7fff_ffff_ffff_ffff == 0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        // Subnormal: scale up.
        k -= 54;
        x *= TWO54;
        hx = x.to_bits() as i64;
    }
    if hx >= 0x7ff0_0000_0000_0000 {
        return x + x;
    }
    k += ((hx >> 52) - 1023) as i32;
    let i = ((k as i64 as u64) >> 63) as i64;
    hx = (hx & 0x000f_ffff_ffff_ffff) | ((0x3ff - i) << 52);
    let y = (k as i64 + i) as f64;
    let x = f64::from_bits(hx as u64);
    let z = y * f64::from_bits(LOG10_2LO) + f64::from_bits(IVLN10) * ln(x);
    z + y * f64::from_bits(LOG10_2HI)
}
