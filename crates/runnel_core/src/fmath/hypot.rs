//! `hypot(x, y)` as glibc (2.35 and later, x86-64 without FMA: what CPython's complex
//! `abs` and `cmath` call) computes it: the square root of the sum of squares, corrected
//! by one step of Borges' method ("An Improved Algorithm for hypot(a,b)", C. F. Borges,
//! 2019), with the arguments rescaled by a power of two when their squares would overflow
//! or lose bits as subnormals. Not correctly rounded (about 1 result in 12 is 1 ulp from
//! the correctly rounded one), which is why Runnel does not call `pxfm`'s here; the tests
//! compare it with the platform's glibc bit for bit.

/// 2**-600: brings huge arguments down, and (divided by) tiny ones up.
const SCALE: f64 = f64::from_bits((1023 - 600) << 52);
/// Above 2**511 the squares may overflow.
const LARGE: f64 = f64::from_bits((1023 + 511) << 52);
/// Below 2**-459 the correction's products may be subnormal.
const TINY: f64 = f64::from_bits((1023 - 459) << 52);
/// 2**-54: a smaller leg than this fraction of the larger one cannot change the sum.
const EPS: f64 = f64::from_bits((1023 - 54) << 52);

/// Borges' corrected square root of `ax*ax + ay*ay`, for `ax >= ay >= 0` in range.
fn kernel(ax: f64, ay: f64) -> f64 {
    let h = (ax * ax + ay * ay).sqrt();
    let (t1, t2) = if h <= 2.0 * ay {
        let delta = h - ay;
        (ax * (2.0 * delta - ax), (delta - 2.0 * (ax - ay)) * delta)
    } else {
        let delta = h - ax;
        (
            2.0 * delta * (ax - 2.0 * ay),
            (4.0 * delta - ay) * ay + delta * delta,
        )
    };
    h - (t1 + t2) / (2.0 * h)
}

/// The Euclidean distance `sqrt(x*x + y*y)` without undue overflow or underflow.
pub fn hypot(x: f64, y: f64) -> f64 {
    if !x.is_finite() || !y.is_finite() {
        // An infinity wins over a nan (C99 Annex F).
        if x.is_infinite() || y.is_infinite() {
            return f64::INFINITY;
        }
        return x + y;
    }
    let (x, y) = (x.abs(), y.abs());
    let (ax, ay) = if x < y { (y, x) } else { (x, y) };
    if ax > LARGE {
        if ay <= ax * EPS {
            return ax + ay;
        }
        return kernel(ax * SCALE, ay * SCALE) / SCALE;
    }
    if ay < TINY {
        // Compared this way round: `ax * EPS` could itself be subnormal here.
        if ax >= ay / EPS {
            return ax + ay;
        }
        return kernel(ax / SCALE, ay / SCALE) * SCALE;
    }
    if ay <= ax * EPS {
        return ax + ay;
    }
    kernel(ax, ay)
}
