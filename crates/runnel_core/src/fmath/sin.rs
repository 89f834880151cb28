//! `sin` and `cos`: glibc 2.36's `s_sin.c` (IBM Accurate Mathematical Library) in its
//! `-mfma` build, the one x86-64 glibc runs on FMA CPUs; each `fma` below is one of GCC's
//! fusions there (see `exp.rs`). Arguments past 105414350 go through `branred.rs`.
//! Origin: IBM Accurate Mathematical Library in glibc, Copyright (C) 2001-2022 Free Software
//! Foundation, Inc., licensed LGPL-2.1-or-later (see the module docs in `mod.rs`).

use super::branred::branred;
use super::fma;
use super::sincos_data::SINCOSTAB;

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

// usncs.h
const S1: u64 = 0xbfc5_5555_5555_5555;
const S2: u64 = 0x3f81_1111_1111_0ece;
const S3: u64 = 0xbf2a_01a0_19db_08b8;
const S4: u64 = 0x3ec7_1de2_7b9a_7ed9;
const S5: u64 = 0xbe5a_ddff_c2fc_df59;
const BIG: u64 = 0x42c8_0000_0000_0000;
const HP0: u64 = 0x3ff9_21fb_5444_2d18;
const HP1: u64 = 0x3c91_a626_3314_5c07;
const MP1: u64 = 0x3ff9_21fb_5800_0000;
const MP2: u64 = 0xbe4d_de97_3c00_0000;
const PP3: u64 = 0xbc8c_b3b3_9800_0000;
const PP4: u64 = 0xbacd_747f_23e3_2ed7;
const HPINV: u64 = 0x3fe4_5f30_6dc9_c883;
const TOINT: u64 = 0x4338_0000_0000_0000;
// s_sin.c's own (decimal in the C source; these are the doubles they round to).
const SN3: u64 = 0xbfc5_5555_5555_5515;
const SN5: u64 = 0x3f81_1110_e829_872f;
const CS2: u64 = 0x3fe0_0000_0000_0000;
const CS4: u64 = 0xbfa5_5555_5555_5535;
const CS6: u64 = 0x3f56_c16b_edd9_e239;

/// Table row nearest |x| (a step of 1/128): sin hi, sin lo, cos hi, cos lo; and the rest of x.
fn lookup(ax: f64) -> ([f64; 4], f64) {
    let u = f(BIG) + ax;
    let k = ((u.to_bits() as u32) << 2) as usize;
    let row = [
        f(SINCOSTAB[k]),
        f(SINCOSTAB[k + 1]),
        f(SINCOSTAB[k + 2]),
        f(SINCOSTAB[k + 3]),
    ];
    (row, u - f(BIG))
}

/// cos(x + dx) from the table row and Taylor terms (`do_cos`).
fn do_cos(x: f64, mut dx: f64) -> f64 {
    if x < 0.0 {
        dx = -dx;
    }
    let ([sn, ssn, cs, ccs], base) = lookup(x.abs());
    let x = x.abs() - base + dx;
    let xx = x * x;
    let s = fma(x * xx, fma(xx, f(SN5), f(SN3)), x);
    let c = xx * fma(xx, fma(xx, f(CS6), f(CS4)), f(CS2));
    let cor = fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)));
    cs + cor
}

/// sin(x + dx) (`do_sin`): Taylor series near 0, else the table.
fn do_sin(x: f64, mut dx: f64) -> f64 {
    let xold = x;
    if x.abs() < 0.126 {
        let xx = x * x;
        let p = fma(
            fma(fma(fma(f(S5), xx, f(S4)), xx, f(S3)), xx, f(S2)),
            xx,
            f(S1),
        );
        let t = fma(fma(p, x, -(0.5 * dx)), xx, dx);
        return x + t;
    }
    if x <= 0.0 {
        dx = -dx;
    }
    let ([sn, ssn, cs, ccs], base) = lookup(x.abs());
    let x = x.abs() - base;
    let xx = x * x;
    let s = x + fma(x * xx, fma(xx, f(SN5), f(SN3)), dx);
    let c = fma(x, dx, xx * fma(xx, fma(xx, f(CS6), f(CS4)), f(CS2)));
    let cor = fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)));
    (sn + cor).copysign(xold)
}

/// x = n*pi/2 + (a + da) for |x| < 105414350 (`reduce_sincos`); returns (n mod 4, a, da).
fn reduce(x: f64) -> (u32, f64, f64) {
    let t = fma(x, f(HPINV), f(TOINT));
    let xn = t - f(TOINT);
    let y = fma(-xn, f(MP2), fma(-xn, f(MP1), x));
    let n = (t.to_bits() as u32) & 3;
    let t2 = fma(-xn, f(PP3), y);
    let db = fma(-xn, f(PP3), y - t2);
    let b = fma(-xn, f(PP4), t2);
    let db = db + fma(-xn, f(PP4), t2 - b);
    (n, b, db)
}

/// sin or cos of a + da in quadrant n (`do_sincos`).
fn do_sincos(a: f64, da: f64, n: u32) -> f64 {
    let r = if n & 1 != 0 {
        do_cos(a, da)
    } else {
        do_sin(a, da)
    };
    if n & 2 != 0 {
        -r
    } else {
        r
    }
}

/// glibc's `sin`.
pub fn sin(x: f64) -> f64 {
    let k = (x.to_bits() >> 32) as u32 & 0x7fff_ffff;
    if k < 0x3e50_0000 {
        x
    } else if k < 0x3feb_6000 {
        do_sin(x, 0.0)
    } else if k < 0x4003_68fd {
        do_cos(f(HP0) - x.abs(), f(HP1)).copysign(x)
    } else if k < 0x4199_21fb {
        let (n, a, da) = reduce(x);
        do_sincos(a, da, n)
    } else if k < 0x7ff0_0000 {
        let (n, a, da) = branred(x);
        do_sincos(a, da, n)
    } else {
        f64::NAN
    }
}

/// glibc's `cos`.
pub fn cos(x: f64) -> f64 {
    let k = (x.to_bits() >> 32) as u32 & 0x7fff_ffff;
    if k < 0x3e40_0000 {
        1.0
    } else if k < 0x3feb_6000 {
        do_cos(x, 0.0)
    } else if k < 0x4003_68fd {
        let y = f(HP0) - x.abs();
        let a = y + f(HP1);
        let da = (y - a) + f(HP1);
        do_sin(a, da)
    } else if k < 0x4199_21fb {
        let (n, a, da) = reduce(x);
        do_sincos(a, da, n + 1)
    } else if k < 0x7ff0_0000 {
        let (n, a, da) = branred(x);
        do_sincos(a, da, n + 1)
    } else {
        f64::NAN
    }
}
