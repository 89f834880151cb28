//! Every ported function against the platform's libm (glibc on Linux, which CPython uses),
//! on seeded random inputs over each range plus the special values: 0 bits may differ.

use super::*;

/// SplitMix64: a tiny seeded generator, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in [lo, hi).
    fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * ((self.next() >> 11) as f64 / (1u64 << 53) as f64)
    }
    /// Any double, every bit pattern equally likely (covers all exponents).
    fn any(&mut self) -> f64 {
        f64::from_bits(self.next())
    }
}

const SPECIALS: &[f64] = &[
    0.0,
    -0.0,
    1.0,
    -1.0,
    2.0,
    -2.0,
    0.5,
    -0.5,
    3.0,
    -3.0,
    10.0,
    0.1,
    std::f64::consts::E,
    std::f64::consts::PI,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NAN,
    f64::MIN_POSITIVE,
    5e-324,
    -5e-324,
    1e-310,
    f64::MAX,
    f64::MIN,
    709.782712893384,
    709.79,
    -745.1332191019411,
    -745.14,
    -708.4,
    1e-20,
    -1e-20,
    1.0000000000000002,
    0.9999999999999999,
    1e300,
    -1e300,
    9007199254740993.0,
    1e19,
];

/// Same bits, or both nan (glibc's nan payloads are not Python-visible).
fn same(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
}

/// glibc picks its FMA builds only on a CPU with FMA; on an older one its results (and
/// so CPython's there) are the non-FMA builds', which these ports do not follow.
fn glibc_fma() -> bool {
    let fma = std::arch::is_x86_feature_detected!("fma");
    if !fma {
        eprintln!("this CPU has no FMA: glibc runs its non-FMA builds, comparison skipped");
    }
    fma
}

fn check1(name: &str, ours: fn(f64) -> f64, glibc: fn(f64) -> f64, xs: &[f64]) {
    if !glibc_fma() {
        return;
    }
    let mut bad = 0;
    for &x in xs {
        let (a, b) = (ours(x), glibc(x));
        if !same(a, b) {
            if bad < 5 {
                eprintln!(
                    "{name}({x:e} = {:#x}): ours {a:e}, glibc {b:e}",
                    x.to_bits()
                );
            }
            bad += 1;
        }
    }
    assert_eq!(
        bad,
        0,
        "{name}: {bad} of {} inputs differ from glibc",
        xs.len()
    );
}

fn inputs(seed: u64, ranges: &[(f64, f64)], per: usize) -> Vec<f64> {
    let mut rng = Rng(seed);
    let mut xs = SPECIALS.to_vec();
    for &(lo, hi) in ranges {
        xs.extend((0..per).map(|_| rng.uniform(lo, hi)));
    }
    xs.extend((0..per).map(|_| rng.any()));
    xs
}

#[test]
fn exp_is_glibcs() {
    let r = [
        (-1.0, 1.0),
        (-745.2, 709.8),
        (-1e-5, 1e-5),
        (-740.0, -700.0),
        (700.0, 710.0),
    ];
    check1("exp", exp, f64::exp, &inputs(1, &r, 200_000));
}

/// Ranges for the logarithms: around 1, small, tiny (subnormal) and huge arguments.
const LOG_RANGES: [(f64, f64); 5] = [
    (0.0, 2.0),
    (0.9, 1.1),
    (0.0, 1e6),
    (0.0, 1e-300),
    (1.0, 1e308),
];

#[test]
fn log_is_glibcs() {
    check1("log", ln, f64::ln, &inputs(2, &LOG_RANGES, 200_000));
}

#[test]
fn pow_is_glibcs() {
    let mut rng = Rng(3);
    let mut pairs = Vec::new();
    for &x in SPECIALS {
        for &y in SPECIALS {
            pairs.push((x, y));
        }
    }
    for _ in 0..200_000 {
        // Students' shapes: (x/10) ** (y/4), x ** 0.5, x ** int, negative bases.
        let x = (rng.next() % 2001) as f64 / 10.0 - 100.0;
        let y = (rng.next() % 81) as f64 / 4.0 - 10.0;
        pairs.push((x, y));
        pairs.push((rng.uniform(0.0, 1e4), 0.5));
        pairs.push((rng.uniform(-50.0, 50.0), (rng.next() % 40) as f64 - 20.0));
        pairs.push((rng.uniform(0.0, 4.0), rng.uniform(-600.0, 600.0)));
        pairs.push((rng.any(), rng.uniform(-3.0, 3.0)));
        pairs.push((rng.any().abs(), rng.any()));
    }
    if !glibc_fma() {
        return;
    }
    let mut bad = 0;
    for &(x, y) in &pairs {
        let (a, b) = (pow(x, y), x.powf(y));
        if !same(a, b) {
            if bad < 5 {
                eprintln!("pow({x:e}, {y:e}): ours {a:e}, glibc {b:e}");
            }
            bad += 1;
        }
    }
    assert_eq!(
        bad,
        0,
        "pow: {bad} of {} pairs differ from glibc",
        pairs.len()
    );
}

#[test]
fn exact_cases_print_as_cpython() {
    // Shortest round-trip text, as Python's repr prints it (musl's exp(1) is 1 ulp up:
    // 2.7182818284590455).
    assert_eq!(exp(1.0).to_string(), "2.718281828459045");
    assert_eq!(pow(2.0, 0.5).to_string(), "1.4142135623730951");
    assert_eq!(pow(-2.0, 3.0), -8.0);
    assert_eq!(pow(10.0, 400.0), f64::INFINITY);
    assert_eq!(pow(10.0, -400.0), 0.0);
    assert!(pow(-8.0, 1.0 / 3.0).is_nan());
    assert_eq!(ln(1.0), 0.0);
    assert_eq!(ln(0.0), f64::NEG_INFINITY);
}

#[test]
fn exp2_is_glibcs() {
    let r = [
        (-1.0, 1.0),
        (-1080.0, 1030.0),
        (-1e-5, 1e-5),
        (-1075.0, -1020.0),
        (1000.0, 1024.0),
    ];
    check1("exp2", exp2, f64::exp2, &inputs(4, &r, 200_000));
}

#[test]
fn log10_is_glibcs() {
    check1("log10", log10, f64::log10, &inputs(5, &LOG_RANGES, 200_000));
    let powers: Vec<f64> = (-320..=308)
        .map(|e| format!("1e{e}").parse().unwrap())
        .collect();
    check1("log10", log10, f64::log10, &powers);
}

#[test]
fn log2_is_glibcs() {
    let r = [
        (0.0, 2.0),
        (0.95, 1.05),
        (0.0, 1e6),
        (0.0, 1e-300),
        (1.0, 1e308),
    ];
    check1("log2", log2, f64::log2, &inputs(6, &r, 200_000));
}

#[test]
fn expm1_is_glibcs() {
    let r = [
        (-0.35, 0.35),
        (-1.1, 1.1),
        (-40.0, 40.0),
        (-50.0, 710.0),
        (-1e-8, 1e-8),
    ];
    check1("expm1", expm1, f64::exp_m1, &inputs(13, &r, 200_000));
}

#[test]
fn log1p_is_glibcs() {
    let r = [
        (-0.3, 0.42),
        (-1.0, 1.0),
        (-1e-6, 1e-6),
        (0.0, 1e6),
        (1e15, 1e300),
    ];
    check1("log1p", log1p, f64::ln_1p, &inputs(14, &r, 200_000));
}

#[test]
fn hyperbolics_are_glibcs() {
    let r = [
        (-0.4, 0.4),
        (-1.1, 1.1),
        (-23.0, 23.0),
        (-711.0, 711.0),
        (-1e-8, 1e-8),
    ];
    let xs = inputs(15, &r, 150_000);
    check1("sinh", sinh, f64::sinh, &xs);
    check1("cosh", cosh, f64::cosh, &xs);
    check1("tanh", tanh, f64::tanh, &xs);
}

/// glibc's own asinh/acosh/atanh: Rust's f64 methods use other formulas, so ask libm.
mod glibc {
    extern "C" {
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn hypot(x: f64, y: f64) -> f64;
    }
}

#[test]
fn inverse_hyperbolics_are_glibcs() {
    let r = [
        (-3.0, 3.0),
        (-1.0, 1.0),
        (1.0, 2.5),
        (-1e9, 1e9),
        (-1e-7, 1e-7),
    ];
    let xs = inputs(16, &r, 150_000);
    // SAFETY: glibc's libm functions are pure functions of a double.
    check1("asinh", asinh, |x| unsafe { glibc::asinh(x) }, &xs);
    check1("acosh", acosh, |x| unsafe { glibc::acosh(x) }, &xs);
    check1("atanh", atanh, |x| unsafe { glibc::atanh(x) }, &xs);
}

/// `hypot` over pairs of every kind: legs of similar and of far apart sizes, huge and
/// tiny ones (the rescaled paths and their thresholds), any bit patterns, the specials.
#[test]
fn hypot_is_glibcs() {
    let mut rng = Rng(17);
    let mut pairs: Vec<(f64, f64)> = Vec::new();
    for &a in SPECIALS {
        pairs.extend(SPECIALS.iter().map(|&b| (a, b)));
    }
    for i in 0..600_000 {
        let scale = match i % 4 {
            0 => 1.0,
            1 => 2f64.powi(rng.uniform(-540.0, -440.0) as i32),
            2 => 2f64.powi(rng.uniform(490.0, 530.0) as i32),
            _ => 2f64.powi(rng.uniform(-1074.0, 1023.0) as i32),
        };
        let a = rng.uniform(-10.0, 10.0) * scale;
        let b = rng.uniform(-10.0, 10.0) * scale * 2f64.powi(rng.uniform(-60.0, 60.0) as i32);
        pairs.push((a, b));
        pairs.push((rng.any(), rng.any()));
    }
    let bad: Vec<_> = pairs
        .iter()
        // SAFETY: glibc's hypot is a pure function of two doubles.
        .filter(|&&(a, b)| !same(hypot(a, b), unsafe { glibc::hypot(a, b) }))
        .collect();
    assert!(
        bad.is_empty(),
        "{} pairs differ, first {:?}",
        bad.len(),
        bad.first()
    );
}

mod trig;
