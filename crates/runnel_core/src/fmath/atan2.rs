//! `atan2`: glibc 2.36's `e_atan2.c` (IBM Accurate Mathematical Library) in its `-mfma`
//! build, with GCC's fusions as `fma` (see `exp.rs`; a product computed before an
//! `EADD`/`ESUB` branch and used after it is not fused: GCC fuses within a basic block).
//! Origin: IBM Accurate Mathematical Library in glibc, Copyright (C) 2001-2022 Free Software
//! Foundation, Inc., licensed LGPL-2.1-or-later (see the module docs in `mod.rs`).

use super::atan::poly;
use super::atan_data::CIJ;
use super::fma;

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

// atnat2.h
const INV16: f64 = 0.0625;
const OPI: u64 = 0x4009_21fb_5444_2d18;
const OPI1: u64 = 0x3ca1_a626_3314_5c07;
const HPI: u64 = 0x3ff9_21fb_5444_2d18;
const HPI1: u64 = 0x3c91_a626_3314_5c07;
const QPI: u64 = 0x3fe9_21fb_5444_2d18;
const TQPI: u64 = 0x4002_d97c_7f33_21d2;
const TWO500: u64 = 0x5f30_0000_0000_0000;
const TWOM500: u64 = 0x20b0_0000_0000_0000;
const TWO52: f64 = 4503599627370496.0;
/// 57 * 16**5: an exponent gap past which the quotient is negligible.
const EP: i32 = 59_768_832;

/// Table row index for u in [1/16, 1].
fn index(u: f64) -> usize {
    ((fma(256.0, u, TWO52) - TWO52) as i32 - 16) as usize
}

/// c2 + v*(c3 + v*(c4 + v*(c5 + v*c6))) of a table row.
fn taylor(c: &[u64; 7], v: f64) -> f64 {
    let q = fma(v, f(c[6]), f(c[5]));
    let q = fma(v, q, f(c[4]));
    let q = fma(v, q, f(c[3]));
    fma(v, q, f(c[2]))
}

/// `ESUB`/`EADD` of a constant and u: the rounded result and its error.
fn esub(a: f64, u: f64) -> (f64, f64) {
    let t = a - u;
    let cor = if a.abs() > u.abs() {
        (a - t) - u
    } else {
        a - (u + t)
    };
    (t, cor)
}

fn eadd(a: f64, u: f64) -> (f64, f64) {
    let t = a + u;
    let cor = if a.abs() > u.abs() {
        (a - t) + u
    } else {
        (u - t) + a
    };
    (t, cor)
}

/// atan2 of the special inputs (nan, zeros, infinities, huge ratios); None otherwise.
fn special(y: f64, x: f64) -> Option<f64> {
    if x.is_nan() || y.is_nan() {
        return Some(if x.is_nan() { x + y } else { y + y });
    }
    if y == 0.0 {
        let r = if x.is_sign_negative() { f(OPI) } else { 0.0 };
        return Some(r.copysign(y));
    }
    if x == 0.0 {
        return Some(f(HPI).copysign(y));
    }
    if x.is_infinite() {
        let r = if y.is_infinite() {
            if x > 0.0 {
                f(QPI)
            } else {
                f(TQPI)
            }
        } else if x > 0.0 {
            0.0
        } else {
            f(OPI)
        };
        return Some(r.copysign(y));
    }
    if y.is_infinite() {
        return Some(f(HPI).copysign(y));
    }
    let ux = (x.to_bits() >> 32) as i32;
    let uy = (y.to_bits() >> 32) as i32;
    let de = (uy & 0x7ff0_0000) - (ux & 0x7ff0_0000);
    if de >= EP {
        return Some(f(HPI).copysign(y));
    }
    if de <= -EP {
        let r = if x > 0.0 { y.abs() / x.abs() } else { f(OPI) };
        return Some(r.copysign(y));
    }
    None
}

/// glibc's `atan2`.
pub fn atan2(y: f64, x: f64) -> f64 {
    if let Some(r) = special(y, x) {
        return r;
    }
    let (mut ax, mut ay) = (x.abs(), y.abs());
    if ax < f(TWOM500) || ay < f(TWOM500) {
        ax *= f(TWO500);
        ay *= f(TWO500);
    }
    if ax > f(TWO500) || ay > f(TWO500) {
        ax *= f(TWOM500);
        ay *= f(TWOM500);
    }
    // u + du = the smaller over the larger, in double-double.
    let (num, den) = if ay < ax { (ay, ax) } else { (ax, ay) };
    let u = num / den;
    let v = den * u;
    let vv = fma(den, u, -v);
    let du = ((num - v) - vv) / den;
    let small = |u: f64| {
        let v = u * u;
        (u * v) * poly(v)
    };
    let z = if x > 0.0 {
        if ay < ax {
            if u < INV16 {
                let v = u * u;
                u + fma(u * v, poly(v), du)
            } else {
                let c = CIJ[index(u)];
                let (v, dv) = eadd(u - f(c[0]), du);
                let inner = fma(v, f(c[6]), f(c[5]));
                let inner = fma(v, inner, f(c[4]));
                let inner = fma(v, inner, f(c[3]));
                let zz = fma(v, f(c[2]), fma(dv, f(c[2]), (v * v) * inner));
                f(c[1]) + zz
            }
        } else if u < INV16 {
            let zz = small(u);
            let (t2, cor) = esub(f(HPI), u);
            t2 + (((f(HPI1) + cor) - du) - zz)
        } else {
            let c = CIJ[index(u)];
            let v = (u - f(c[0])) + du;
            (f(HPI) - f(c[1])) + fma(-v, taylor(&c, v), f(HPI1))
        }
    } else if ax < ay {
        if u < INV16 {
            let zz = small(u);
            let (t2, cor) = eadd(f(HPI), u);
            t2 + (((f(HPI1) + cor) + du) + zz)
        } else {
            let c = CIJ[index(u)];
            let v = (u - f(c[0])) + du;
            (f(HPI) + f(c[1])) + fma(v, taylor(&c, v), f(HPI1))
        }
    } else if u < INV16 {
        let zz = small(u);
        let (t2, cor) = esub(f(OPI), u);
        t2 + (((f(OPI1) + cor) - du) - zz)
    } else {
        let c = CIJ[index(u)];
        let v = (u - f(c[0])) + du;
        (f(OPI) - f(c[1])) + fma(-v, taylor(&c, v), f(OPI1))
    };
    z.copysign(y)
}
