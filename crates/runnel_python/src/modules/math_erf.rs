//! `math.erf` and `math.erfc` as CPython on Linux computes them: CPython calls the C
//! library, and glibc's erf is Sun's fdlibm algorithm with its polynomials evaluated in
//! pairs (p0 + s*p1) + s^2*(p2 + s*p3) + ... rather than by Horner's rule. The rounding
//! differs between the two orders, so the same coefficients are evaluated here in glibc's
//! order (the `libm` crate's erf, in Horner's order, is 1 ulp off on about 1 input in 20).
//! The coefficients are fdlibm's (Copyright (C) 1993 by Sun Microsystems, Inc.: "Permission
//! to use, copy, modify, and distribute this software is freely granted, provided that
//! this notice is preserved").

#![allow(clippy::excessive_precision)] // fdlibm's literals, kept as published.

use runnel_core::fmath;

const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const PP: [f64; 5] = [
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
];
const QQ: [f64; 6] = [
    1.0,
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
];
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
const QA: [f64; 7] = [
    1.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
const SA: [f64; 9] = [
    1.0,
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
const SB: [f64; 8] = [
    1.0,
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];

/// c[0] + c[1]*s + c[2]*s^2 + ..., summed in pairs as glibc does:
/// (c0 + s*c1) + s^2*(c2 + s*c3) + s^4*(c4 + s*c5) + ...
fn paired(c: &[f64], s: f64) -> f64 {
    let s2 = s * s;
    let s4 = s2 * s2;
    let powers = [1.0, s2, s4, s4 * s2, s4 * s4];
    let mut sum = 0.0;
    for (k, pair) in c.chunks(2).enumerate() {
        let term = match pair {
            [a, b] => a + s * b,
            [a] => *a,
            _ => unreachable!("chunks(2) yields one or two"),
        };
        sum = if k == 0 { term } else { sum + powers[k] * term };
    }
    sum
}

/// erf(x) - x over x, for |x| < 0.84375 (x*x is `z`).
fn small(z: f64) -> f64 {
    paired(&PP, z) / paired(&QQ, z)
}

/// erf(|x|) - ERX for 0.84375 <= |x| < 1.25 (`s` is |x| - 1).
fn near_one(s: f64) -> f64 {
    paired(&PA, s) / paired(&QA, s)
}

/// erfc(x) * x for 1.25 <= x < 28: exp(-x*x - 0.5625 + R/S), with x*x split so that
/// the high half squares exactly.
fn tail(x: f64) -> f64 {
    let s = 1.0 / (x * x);
    let (r, q) = if x < 1.0 / 0.35 {
        (paired(&RA, s), paired(&SA, s))
    } else {
        (paired(&RB, s), paired(&SB, s))
    };
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    fmath::exp(-z * z - 0.5625) * fmath::exp((z - x) * (z + x) + r / q)
}

pub(super) fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let a = x.abs();
    if a < 0.84375 {
        if a < 2f64.powi(-28) {
            return if a < f64::MIN_POSITIVE {
                0.0625 * (16.0 * x + (16.0 * EFX) * x)
            } else {
                x + EFX * x
            };
        }
        return x + x * small(x * x);
    }
    let r = if a < 1.25 {
        ERX + near_one(a - 1.0)
    } else if a >= 6.0 {
        1.0 - 1e-300
    } else {
        1.0 - tail(a) / a
    };
    r.copysign(x)
}

pub(super) fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let a = x.abs();
    if a < 0.84375 {
        if a < 2f64.powi(-56) {
            return 1.0 - x;
        }
        let y = small(x * x);
        return if x < 0.25 {
            1.0 - (x + x * y)
        } else {
            0.5 - (x * y + (x - 0.5))
        };
    }
    if a < 1.25 {
        let p = near_one(a - 1.0);
        return if x > 0.0 {
            (1.0 - ERX) - p
        } else {
            1.0 + (ERX + p)
        };
    }
    if a < 28.0 {
        if x < -6.0 {
            return 2.0 - 1e-300;
        }
        let r = tail(a) / a;
        return if x > 0.0 { r } else { 2.0 - r };
    }
    if x > 0.0 {
        0.0
    } else {
        2.0
    }
}
