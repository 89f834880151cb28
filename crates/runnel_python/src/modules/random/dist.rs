//! The real-valued distributions of CPython's `random.py`, drawn from [`PyRandom`] in the
//! same order and with the same float operations, so each gives CPython's numbers.

use super::mt::PyRandom;
use runnel_core::fmath;
use std::f64::consts::{E, PI};

const TWOPI: f64 = 2.0 * PI;
/// `4 * exp(-0.5) / sqrt(2.0)`
const NV_MAGICCONST: f64 = 1.7155277699214135;
/// `log(4.0)`
const LOG4: f64 = 1.3862943611198906;
/// `1.0 + log(4.5)`
const SG_MAGICCONST: f64 = 2.504077396776274;

impl PyRandom {
    /// `uniform(a, b)`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`.
    pub fn triangular(&mut self, mut low: f64, mut high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(_) if high == low => return low,
            Some(m) => (m - low) / (high - low),
        };
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `normalvariate(mu, sigma)` (Kinderman and Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            if z * z / 4.0 <= -fmath::ln(u2) {
                return mu + z * sigma;
            }
        }
    }

    /// `gauss(mu, sigma)`: Box-Muller, keeping the pair's second number for the next call.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * fmath::ln(1.0 - self.random())).sqrt();
                self.gauss_next = Some(fmath::sin(x2pi) * g2rad);
                fmath::cos(x2pi) * g2rad
            }
        };
        mu + z * sigma
    }

    /// `lognormvariate(mu, sigma)`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        fmath::exp(self.normalvariate(mu, sigma))
    }

    /// `expovariate(lambd)`; the caller rejects `lambd == 0` as CPython's division does.
    pub fn expovariate(&mut self, lambd: f64) -> f64 {
        -fmath::ln(1.0 - self.random()) / lambd
    }

    /// `vonmisesvariate(mu, kappa)`.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> f64 {
        if kappa <= 1e-6 {
            return TWOPI * self.random();
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = fmath::cos(PI * u1);
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * fmath::exp(d) {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let theta = if self.random() > 0.5 {
            mu + fmath::acos(f)
        } else {
            mu - fmath::acos(f)
        };
        theta.rem_euclid(TWOPI)
    }

    /// `gammavariate(alpha, beta)`; the caller checks both are > 0.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> f64 {
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - LOG4;
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = fmath::ln(u1 / (1.0 - u1)) / ainv;
                let x = alpha * fmath::exp(v);
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= fmath::ln(z) {
                    return x * beta;
                }
            }
        } else if alpha == 1.0 {
            -fmath::ln(1.0 - self.random()) * beta
        } else {
            loop {
                let u = self.random();
                let b = (E + alpha) / E;
                let p = b * u;
                let x = if p <= 1.0 {
                    fmath::pow(p, 1.0 / alpha)
                } else {
                    -fmath::ln((b - p) / alpha)
                };
                let u1 = self.random();
                let accept = if p > 1.0 {
                    u1 <= fmath::pow(x, alpha - 1.0)
                } else {
                    u1 <= fmath::exp(-x)
                };
                if accept {
                    return x * beta;
                }
            }
        }
    }

    /// `betavariate(alpha, beta)`.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> f64 {
        let y = self.gammavariate(alpha, 1.0);
        if y != 0.0 {
            y / (y + self.gammavariate(beta, 1.0))
        } else {
            0.0
        }
    }

    /// `paretovariate(alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> f64 {
        let u = 1.0 - self.random();
        fmath::pow(u, -1.0 / alpha)
    }

    /// `weibullvariate(alpha, beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> f64 {
        let u = 1.0 - self.random();
        alpha * fmath::pow(-fmath::ln(u), 1.0 / beta)
    }
}
