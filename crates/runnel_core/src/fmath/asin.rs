//! `asin` and `acos`: glibc 2.36's `e_asin.c` (IBM Accurate Mathematical Library) in its
//! `-mfma` build, with GCC's fusions as `fma` (see `exp.rs`).
//! Origin: IBM Accurate Mathematical Library in glibc, Copyright (C) 2001-2022 Free Software
//! Foundation, Inc., licensed LGPL-2.1-or-later (see the module docs in `mod.rs`).

use super::asin_data::{ASNCS, INROOT};
use super::fma;

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

fn a(i: usize) -> f64 {
    f(ASNCS[i])
}

// uasncs.h
const F1: u64 = 0x3fc5_5555_5555_54f9;
const F2: u64 = 0x3fb3_3333_3336_127d;
const F3: u64 = 0x3fa6_db6d_ae42_c0e4;
const F4: u64 = 0x3f9f_1c7e_04f4_ad99;
const F5: u64 = 0x3f96_e442_c822_d419;
const F6: u64 = 0x3f92_92d8_0f45_3c72;
const RT0: u64 = 0x3fef_ffff_ffec_c1dd;
const RT1: u64 = 0x3fdf_ffff_ff75_7304;
const RT2: u64 = 0x3fd8_0049_6769_c91a;
const RT3: u64 = 0x3fd4_0063_18d1_dab9;
const HP0: u64 = 0x3ff9_21fb_5444_2d18;
const HP1: u64 = 0x3c91_a626_3314_5c07;
const T27: f64 = 134217728.0;

/// f1 + z*(f2 + ... + z*f6) (each step fused).
fn fpoly(z: f64) -> f64 {
    let p = fma(f(F6), z, f(F5));
    let p = fma(p, z, f(F4));
    let p = fma(p, z, f(F3));
    let p = fma(p, z, f(F2));
    fma(p, z, f(F1))
}

/// The table row for 0.125 <= |x| < 0.96875: (start index, number of Taylor terms).
fn row(k: u32) -> (usize, usize) {
    let (n, deg) = if k < 0x3fe0_0000 {
        let n = if k < 0x3fd0_0000 {
            11 * ((k & 0x000f_ffff) >> 15)
        } else {
            11 * ((k & 0x000f_ffff) >> 14) + 352
        };
        (n, 5)
    } else if k < 0x3fe8_0000 {
        (1056 + ((k & 0x000f_e000) >> 11) * 3, 6)
    } else if k < 0x3fed_8000 {
        (992 + ((k & 0x000f_e000) >> 13) * 13, 7)
    } else if k < 0x3fee_8000 {
        (884 + ((k & 0x000f_e000) >> 13) * 14, 8)
    } else {
        (768 + ((k & 0x000f_e000) >> 13) * 15, 9)
    };
    (n as usize, deg)
}

/// The row's Taylor sum at xx = |x| - x_n: returns (sum, index of the row's value).
fn taylor(ax: f64, n: usize, deg: usize) -> (f64, usize) {
    let xx = ax - a(n);
    let mut q = a(n + 1 + deg);
    for i in (2..1 + deg).rev() {
        q = fma(xx, q, a(n + i));
    }
    let p = fma(xx * xx, q, a(n + 2 + deg));
    (fma(a(n + 1), xx, p), n + 3 + deg)
}

/// For 0.96875 <= |x| < 1: y + cc = sqrt(z) in double-double, with z = (1 - |x|)/2, and
/// the polynomial p.
fn root(z: f64) -> (f64, f64, f64) {
    let k = (z.to_bits() >> 32) as u32;
    let pow2 = f(((1023 + 511 - (k >> 21) as u64) & 0x7ff) << 52);
    let t = f(INROOT[((k & 0x001f_ffff) >> 14) as usize]) * pow2;
    let r = fma(-(t * t), z, 1.0);
    let t = t * fma(r, fma(r, fma(r, f(RT3), f(RT2)), f(RT1)), f(RT0));
    let c = t * z;
    let t = c * fma(-(0.5 * t), c, 1.5);
    let y = fma(-T27, c, fma(T27, c, c));
    let cc = fma(-y, y, z) / (t + y);
    (y, cc, fpoly(z) * z)
}

/// glibc's `asin`.
pub fn asin(x: f64) -> f64 {
    let m = (x.to_bits() >> 32) as i32;
    let k = m as u32 & 0x7fff_ffff;
    let sign = |r: f64| if m > 0 { r } else { -r };
    if k < 0x3e50_0000 {
        return x;
    }
    if k < 0x3fc0_0000 {
        let x2 = x * x;
        return fma(fpoly(x2), x2 * x, x);
    }
    if k < 0x3fef_0000 {
        let (n, deg) = row(k);
        let (t, res) = taylor(x.abs(), n, deg);
        return sign(a(res) + t);
    }
    if k < 0x3ff0_0000 {
        let z = 0.5 * if m > 0 { 1.0 - x } else { 1.0 + x };
        let (y, cc, p) = root(z);
        let cor = fma(-(2.0 * (y + cc)), p, fma(-2.0, cc, f(HP1)));
        return sign(fma(-2.0, y, f(HP0)) + cor);
    }
    if k == 0x3ff0_0000 && x.to_bits() as u32 == 0 {
        return sign(f(HP0));
    }
    if x.is_nan() {
        return x + x;
    }
    f64::NAN
}

/// glibc's `acos`.
pub fn acos(x: f64) -> f64 {
    let m = (x.to_bits() >> 32) as i32;
    let k = m as u32 & 0x7fff_ffff;
    if k < 0x3c88_0000 {
        return f(HP0);
    }
    if k < 0x3fc0_0000 {
        let x2 = x * x;
        let r = f(HP0) - x;
        let cor = fma(-fpoly(x2), x2 * x, ((f(HP0) - r) - x) + f(HP1));
        return r + cor;
    }
    if k < 0x3fef_0000 {
        let (n, deg) = row(k);
        let (t, res) = taylor(x.abs(), n, deg);
        let (y, t) = if m > 0 {
            (f(HP0) - a(res), f(HP1) - t)
        } else {
            (f(HP0) + a(res), f(HP1) + t)
        };
        return y + t;
    }
    if k < 0x3ff0_0000 {
        let z = 0.5 * if m > 0 { 1.0 - x } else { 1.0 + x };
        let (y, cc, p) = root(z);
        // (y + cc) * p, common to both branches, is hoisted above them: not fused.
        let yp = (y + cc) * p;
        let res = if m < 0 {
            (f(HP0) - y) + ((f(HP1) - cc) - yp)
        } else {
            y + (cc + yp)
        };
        return res + res;
    }
    if k == 0x3ff0_0000 && x.to_bits() as u32 == 0 {
        return if m > 0 { 0.0 } else { 2.0 * f(HP0) };
    }
    if x.is_nan() {
        return x + x;
    }
    f64::NAN
}
