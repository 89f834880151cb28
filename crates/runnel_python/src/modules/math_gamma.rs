//! `math.gamma`, `math.lgamma`, `math.erf` and `math.erfc` as CPython 3.11 computes them.
//!
//! CPython has its own gamma and lgamma (a Lanczos approximation, N = 13, with Boost's
//! g, and the reflection formula for negative arguments), written again here step for
//! step so the floats come out bit for bit the same. For erf and erfc CPython calls the
//! C library; glibc's and musl's are both Sun's fdlibm code, which the `libm` crate ports,
//! so erf and erfc come from there (the tests compare against a CPython-generated table).

// The constants as CPython writes them (g is exact in binary; the sums to 50 digits).
#![allow(clippy::excessive_precision)]

use runnel_core::fmath;
use runnel_core::{Error, Result};

const PI: f64 = std::f64::consts::PI;
const LOG_PI: f64 = 1.144_729_885_849_400_2;
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

/// The numerator coefficients of the Lanczos sum as a rational function.
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// The denominator x(x+1)...(x+11) expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn domain() -> Error {
    Error::value_error("math domain error")
}

fn range() -> Error {
    Error::overflow("math range error")
}

/// sin(pi*x), exact at integers and half-integers (the reflection formula needs that).
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => fmath::sin(PI * y),
        1 => fmath::cos(PI * (y - 0.5)),
        // Not -sin(pi*(y-1)): that gives -0.0 at y == 1.
        2 => fmath::sin(PI * (1.0 - y)),
        3 => -fmath::cos(PI * (y - 1.5)),
        _ => fmath::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    // Below 5 Horner in x; above, in 1/x so the large terms cannot overflow.
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

pub(super) fn gamma(x: f64) -> Result<f64> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(domain())
        };
    }
    if x == 0.0 {
        return Err(domain());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain());
        }
        if x <= 23.0 {
            return Ok(factorial_float(x as u32 - 1));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(range()) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(range())
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct pow(y, ...) and exp(y) for it.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(absx) / absx * fmath::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= fmath::pow(y, absx - 0.5);
        } else {
            let sqrtpow = fmath::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / fmath::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= fmath::pow(y, absx - 0.5);
        } else {
            let sqrtpow = fmath::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        Err(range())
    } else {
        Ok(r)
    }
}

/// n! as a float, exact for the n <= 22 gamma's table covers.
fn factorial_float(n: u32) -> f64 {
    (1..=n).fold(1.0, |acc, k| acc * k as f64)
}

pub(super) fn lgamma(x: f64) -> Result<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(domain()) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-fmath::ln(absx));
    }
    let mut r = fmath::ln(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (fmath::ln(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOG_PI - fmath::ln(sin_pi(absx).abs()) - fmath::ln(absx) - r;
    }
    if r.is_infinite() {
        Err(range())
    } else {
        Ok(r)
    }
}
