//! `atan`: glibc 2.36's `s_atan.c` (IBM Accurate Mathematical Library) in its `-mfma`
//! build, with GCC's fusions as `fma` (see `exp.rs`).
//! Origin: IBM Accurate Mathematical Library in glibc, Copyright (C) 2001-2022 Free Software
//! Foundation, Inc., licensed LGPL-2.1-or-later (see the module docs in `mod.rs`).

use super::atan_data::CIJ;
use super::fma;

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

// atnat.h
const D3: u64 = 0xbfd5_5555_5555_5555;
const D5: u64 = 0x3fc9_9999_9999_97fd;
const D7: u64 = 0xbfc2_4924_923f_7603;
const D9: u64 = 0x3fbc_71c6_e512_9a3b;
const D11: u64 = 0xbfb7_4580_22b1_3c25;
const D13: u64 = 0x3fb3_75f0_8b31_cbce;
const A: u64 = 0x3e4b_b67a_0000_0000;
const B: f64 = 0.0625;
const C: f64 = 1.0;
const D: f64 = 16.0;
const E: u64 = 0x4334_9ff2_0000_0000;
const HPI: u64 = 0x3ff9_21fb_5444_2d18;
const HPI1: u64 = 0x3c91_a626_3314_5c07;
const TWO52: f64 = 4503599627370496.0;

/// The odd polynomial d3..d13 in v (Horner, each step fused).
pub(super) fn poly(v: f64) -> f64 {
    let yy = fma(v, f(D13), f(D11));
    let yy = fma(v, yy, f(D9));
    let yy = fma(v, yy, f(D7));
    let yy = fma(v, yy, f(D5));
    fma(v, yy, f(D3))
}

/// Table row for u in [1/16, 1): (row, Taylor sum c2..c6 at z = u - x_i, z).
fn row(u: f64) -> ([u64; 7], f64, f64) {
    let i = (fma(256.0, u, TWO52) - TWO52) as i32 - 16;
    let c = CIJ[i as usize];
    let z = u - f(c[0]);
    let yy = fma(z, f(c[6]), f(c[5]));
    let yy = fma(z, yy, f(c[4]));
    let yy = fma(z, yy, f(c[3]));
    (c, fma(z, yy, f(c[2])), z)
}

/// glibc's `atan`.
pub fn atan(x: f64) -> f64 {
    if x.is_nan() {
        return x + x;
    }
    let u = x.abs();
    if u < C {
        if u < f(A) {
            return x;
        }
        if u < B {
            let v = x * x;
            return fma(poly(v), x * v, x);
        }
        let (c, yy, z) = row(u);
        return fma(yy, z, f(c[1])).copysign(x);
    }
    if u < D {
        let w = 1.0 / u;
        let t1 = w * u;
        let t2 = fma(w, u, -t1);
        let e = (1.0 - t1) - t2;
        // ww = w * e, fused into z = (w - x_i) + ww.
        let i = (fma(256.0, w, TWO52) - TWO52) as i32 - 16;
        let c = CIJ[i as usize];
        let z = fma(w, e, w - f(c[0]));
        let yy = fma(z, f(c[6]), f(c[5]));
        let yy = fma(z, yy, f(c[4]));
        let yy = fma(z, yy, f(c[3]));
        let yy = fma(z, yy, f(c[2]));
        let yy = fma(-z, yy, f(HPI1));
        return ((f(HPI) - f(c[1])) + yy).copysign(x);
    }
    if u < f(E) {
        let w = 1.0 / u;
        let v = w * w;
        let t1 = w * u;
        let t2 = fma(w, u, -t1);
        let yy = poly(v) * (w * v);
        let ww = w * ((1.0 - t1) - t2);
        let t3 = f(HPI) - w;
        let cor = if f(HPI).abs() > w.abs() {
            (f(HPI) - t3) - w
        } else {
            f(HPI) - (w + t3)
        };
        let yy = ((f(HPI1) + cor) - ww) - yy;
        return (t3 + yy).copysign(x);
    }
    f(HPI).copysign(x)
}
