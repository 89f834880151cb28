//! The complex functions, as CPython's `cmathmodule.c` computes them (its algorithms,
//! over `runnel_core::fmath`'s ports of glibc's libm). Each returns its value and the
//! `errno` CPython's would leave: `Edom` (a `ValueError`), `Erange` (an `OverflowError`).

use super::special::{self, at, Table};
use super::C;
use runnel_core::fmath;
use std::f64::consts::{E, LN_10, LN_2, PI};

#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Errno {
    Clear,
    Edom,
    Erange,
}
use Errno::*;

pub(super) type Out = (C, Errno);

/// Avoids spurious overflow in sqrt, log and the inverse functions.
const LARGE: f64 = f64::MAX / 4.0;
/// `log(LARGE)`: beyond it exp, cosh, sinh, tanh take care not to overflow early.
fn log_large() -> f64 {
    fmath::ln(LARGE)
}
fn sqrt_large() -> f64 {
    LARGE.sqrt()
}
/// Multiplying by 2**SCALE_UP makes a subnormal normal (CPython's `CM_SCALE_UP`).
const SCALE_UP: i32 = 2 * (53 / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn c(re: f64, im: f64) -> C {
    C { re, im }
}

/// C's `ldexp` for the small exponents used here (a power of two is exact).
fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// A non-finite argument's table value (CPython's `SPECIAL_VALUE`).
fn special(z: C, t: &Table) -> Option<Out> {
    (!z.re.is_finite() || !z.im.is_finite()).then(|| (at(t, z), Clear))
}

pub(super) fn sqrt(z: C) -> Out {
    if let Some(r) = special(z, &special::SQRT) {
        return r;
    }
    if z.re == 0.0 && z.im == 0.0 {
        return (c(0.0, z.im), Clear);
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = ldexp(ax, SCALE_UP);
        ldexp(
            (ax + fmath::hypot(ax, ldexp(ay, SCALE_UP))).sqrt(),
            SCALE_DOWN,
        )
    } else {
        ax /= 8.0;
        2.0 * (ax + fmath::hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    };
    (r, Clear)
}

pub(super) fn log(z: C) -> Out {
    if let Some(r) = special(z, &special::LOG) {
        return r;
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        fmath::ln(fmath::hypot(ax / 2.0, ay / 2.0)) + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) would be subnormal: scale up first.
            fmath::ln(fmath::hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53.0 * LN_2
        } else {
            return (c(f64::NEG_INFINITY, fmath::atan2(z.im, z.re)), Edom);
        }
    } else {
        let h = fmath::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            fmath::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            fmath::ln(h)
        }
    };
    (c(re, fmath::atan2(z.im, z.re)), Clear)
}

pub(super) fn log10(z: C) -> Out {
    let (r, e) = log(z);
    (c(r.re / LN_10, r.im / LN_10), e)
}

pub(super) fn exp(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let fill = if z.re > 0.0 { f64::INFINITY } else { 0.0 };
            c(
                fill.copysign(fmath::cos(z.im)),
                fill.copysign(fmath::sin(z.im)),
            )
        } else {
            at(&special::EXP, z)
        };
        let dom = z.im.is_infinite() && (z.re.is_finite() || z.re == f64::INFINITY);
        return (r, if dom { Edom } else { Clear });
    }
    let r = if z.re > log_large() {
        let l = fmath::exp(z.re - 1.0);
        c(l * fmath::cos(z.im) * E, l * fmath::sin(z.im) * E)
    } else {
        let l = fmath::exp(z.re);
        c(l * fmath::cos(z.im), l * fmath::sin(z.im))
    };
    overflowed(r)
}

fn overflowed(r: C) -> Out {
    let e = if r.re.is_infinite() || r.im.is_infinite() {
        Erange
    } else {
        Clear
    };
    (r, e)
}

/// cosh and sinh share their shape (`odd`: sinh).
fn hyperbolic(z: C, table: &Table, odd: bool) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let (re, im) = (
                f64::INFINITY.copysign(fmath::cos(z.im)),
                f64::INFINITY.copysign(fmath::sin(z.im)),
            );
            match (z.re > 0.0, odd) {
                (true, _) => c(re, im),
                (false, false) => c(re, -im),
                (false, true) => c(-re, im),
            }
        } else {
            at(table, z)
        };
        let dom = z.im.is_infinite() && !z.re.is_nan();
        return (r, if dom { Edom } else { Clear });
    }
    // Past log(LARGE), cosh(z.re) overflows where cosh(z) need not: e * cosh(x - 1).
    // (A product by 1.0 is exact, so the unscaled case is CPython's too.)
    let (x, scale) = match z.re.abs() > log_large() {
        true => (z.re - 1f64.copysign(z.re), E),
        false => (z.re, 1.0),
    };
    let (ch, sh) = (fmath::cosh(x), fmath::sinh(x));
    let (cy, sy) = (fmath::cos(z.im), fmath::sin(z.im));
    let (re, im) = if odd { (sh, ch) } else { (ch, sh) };
    overflowed(c(cy * re * scale, sy * im * scale))
}

pub(super) fn cosh(z: C) -> Out {
    hyperbolic(z, &special::COSH, false)
}

pub(super) fn sinh(z: C) -> Out {
    hyperbolic(z, &special::SINH, true)
}

pub(super) fn tanh(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im = 0f64.copysign(2.0 * fmath::sin(z.im) * fmath::cos(z.im));
            c(if z.re > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            at(&special::TANH, z)
        };
        let dom = z.im.is_infinite() && z.re.is_finite();
        return (r, if dom { Edom } else { Clear });
    }
    let r = if z.re.abs() > log_large() {
        c(
            1f64.copysign(z.re),
            4.0 * fmath::sin(z.im) * fmath::cos(z.im) * fmath::exp(-2.0 * z.re.abs()),
        )
    } else {
        let tx = fmath::tanh(z.re);
        let ty = fmath::tan(z.im);
        let cx = 1.0 / fmath::cosh(z.re);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Clear)
}

/// `f(i z)` turned back: the circular functions from the hyperbolic ones
/// (`cos(z) = cosh(iz)`, `sin(z) = -i sinh(iz)`...).
fn rotated(z: C, f: fn(C) -> Out) -> Out {
    let (s, e) = f(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

pub(super) fn cos(z: C) -> Out {
    cosh(c(-z.im, z.re))
}

pub(super) fn sin(z: C) -> Out {
    rotated(z, sinh)
}

pub(super) fn tan(z: C) -> Out {
    rotated(z, tanh)
}

pub(super) fn asin(z: C) -> Out {
    rotated(z, asinh)
}

pub(super) fn atan(z: C) -> Out {
    rotated(z, atanh)
}

fn large(z: C) -> bool {
    z.re.abs() > LARGE || z.im.abs() > LARGE
}

/// `log(hypot(z/2)) + 2 log 2`: log|z| + log 2 for huge z, without overflow.
fn log_half_hypot(z: C) -> f64 {
    fmath::ln(fmath::hypot(z.re / 2.0, z.im / 2.0)) + LN_2 * 2.0
}

pub(super) fn acos(z: C) -> Out {
    if let Some(r) = special(z, &special::ACOS) {
        return r;
    }
    if large(z) {
        let re = fmath::atan2(z.im.abs(), z.re);
        return (c(re, -log_half_hypot(z).copysign(z.im)), Clear);
    }
    let s1 = sqrt(c(1.0 - z.re, -z.im)).0;
    let s2 = sqrt(c(1.0 + z.re, z.im)).0;
    let re = 2.0 * fmath::atan2(s1.re, s2.re);
    let im = fmath::asinh(s2.re * s1.im - s2.im * s1.re);
    (c(re, im), Clear)
}

pub(super) fn acosh(z: C) -> Out {
    if let Some(r) = special(z, &special::ACOSH) {
        return r;
    }
    if large(z) {
        return (c(log_half_hypot(z), fmath::atan2(z.im, z.re)), Clear);
    }
    let s1 = sqrt(c(z.re - 1.0, z.im)).0;
    let s2 = sqrt(c(z.re + 1.0, z.im)).0;
    let re = fmath::asinh(s1.re * s2.re + s1.im * s2.im);
    (c(re, 2.0 * fmath::atan2(s1.im, s2.re)), Clear)
}

pub(super) fn asinh(z: C) -> Out {
    if let Some(r) = special(z, &special::ASINH) {
        return r;
    }
    if large(z) {
        let re = if z.im >= 0.0 {
            log_half_hypot(z).copysign(z.re)
        } else {
            -log_half_hypot(z).copysign(-z.re)
        };
        return (c(re, fmath::atan2(z.im, z.re.abs())), Clear);
    }
    let s1 = sqrt(c(1.0 + z.im, -z.re)).0;
    let s2 = sqrt(c(1.0 - z.im, z.re)).0;
    let re = fmath::asinh(s1.re * s2.im - s2.re * s1.im);
    let im = fmath::atan2(z.im, s1.re * s2.re - s1.im * s2.im);
    (c(re, im), Clear)
}

pub(super) fn atanh(z: C) -> Out {
    if let Some(r) = special(z, &special::ATANH) {
        return r;
    }
    if z.re < 0.0 {
        // atanh(z) = -atanh(-z)
        let (r, e) = atanh(c(-z.re, -z.im));
        return (c(-r.re, -r.im), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        // atanh(z) ~ 1/z +/- i pi/2 for large z.
        let h = fmath::hypot(z.re / 2.0, z.im / 2.0);
        return (c(z.re / 4.0 / h / h, (PI / 2.0).copysign(z.im)), Clear);
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return (c(f64::INFINITY, z.im), Edom);
        }
        let re = -fmath::ln(ay.sqrt() / fmath::hypot(ay, 2.0).sqrt());
        return (c(re, (fmath::atan2(2.0, -ay) / 2.0).copysign(z.im)), Clear);
    }
    let one_minus = 1.0 - z.re;
    let re = fmath::log1p(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0;
    let im = -fmath::atan2(-2.0 * z.im, one_minus * (1.0 + z.re) - ay * ay) / 2.0;
    (c(re, im), Clear)
}

/// `rect(r, phi)`: `r * (cos(phi) + i sin(phi))`.
pub(super) fn rect(r: f64, phi: f64) -> Out {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (re, im) = (
                f64::INFINITY.copysign(fmath::cos(phi)),
                f64::INFINITY.copysign(fmath::sin(phi)),
            );
            if r > 0.0 {
                c(re, im)
            } else {
                c(-re, -im)
            }
        } else {
            at(&special::RECT, c(r, phi))
        };
        let dom = r != 0.0 && !r.is_nan() && phi.is_infinite();
        return (z, if dom { Edom } else { Clear });
    }
    if phi == 0.0 {
        // CPython keeps phi's sign in the imaginary part.
        return (c(r, r * phi), Clear);
    }
    (c(r * fmath::cos(phi), r * fmath::sin(phi)), Clear)
}
