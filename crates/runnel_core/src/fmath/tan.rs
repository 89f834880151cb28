//! `tan`: glibc 2.36's `s_tan.c` (IBM Accurate Mathematical Library) in its `-mfma`
//! build, with GCC's fusions as `fma` (see `exp.rs`) and `dla.h`'s FMA `EMULV`.
//! Origin: IBM Accurate Mathematical Library in glibc, Copyright (C) 2001-2022 Free Software
//! Foundation, Inc., licensed LGPL-2.1-or-later (see the module docs in `mod.rs`).

use super::branred::branred;
use super::fma;
use super::tan_data::XFG;

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

// utan.h
const D3: u64 = 0x3fd5_5555_5555_5555;
const D5: u64 = 0x3fc1_1111_1111_07c6;
const D7: u64 = 0x3fab_a1ba_1cdb_8745;
const D9: u64 = 0x3f96_64ed_49cf_c666;
const D11: u64 = 0x3f82_385a_3cf2_e4ea;
const E0: u64 = 0x3fd5_5555_5555_4dbd;
const E1: u64 = 0x3fc1_1112_e0a6_b45f;
const MFFTNHF: f64 = -15.5;
const G1: u64 = 0x3e4b_096c_0000_0000;
const G2: u64 = 0x3faf_212d_0000_0000;
const G3: u64 = 0x3fe9_2f1a_0000_0000;
const G4: u64 = 0x4039_0000_0000_0000;
const G5: u64 = 0x4197_d784_0000_0000;
const GY2: u64 = 0x3faf_212d_0000_0000;
const MP1: u64 = 0x3ff9_21fb_5800_0000;
const MP2: u64 = 0xbe4d_de97_3c00_0000;
const MP3: u64 = 0xbc8c_b3b3_99d7_47f2;
const PP3: u64 = 0xbc8c_b3b3_9800_0000;
const PP4: u64 = 0xbacd_747f_23e3_2ed7;
const HPINV: u64 = 0x3fe4_5f30_6dc9_c883;
const TOINT: u64 = 0x4338_0000_0000_0000;

/// `EADD`: z + zz = x + y exactly.
fn eadd(x: f64, y: f64) -> (f64, f64) {
    let z = x + y;
    let zz = if x.abs() > y.abs() {
        (x - z) + y
    } else {
        (y - z) + x
    };
    (z, zz)
}

/// The odd polynomial d3..d11 in x2 (Horner, each step fused).
fn poly(x2: f64) -> f64 {
    let t = fma(x2, f(D11), f(D9));
    let t = fma(x2, t, f(D7));
    let t = fma(x2, t, f(D5));
    fma(x2, t, f(D3))
}

/// (z, pz, fi, gi) from the table row nearest ya, z = ya - x_i + yya.
fn row(ya: f64, yya: f64) -> (f64, f64, f64) {
    let i = fma(256.0, ya, MFFTNHF) as i32 as usize;
    let [x0, fi, gi] = XFG[i];
    let z = (ya - f(x0)) + yya;
    let z2 = z * z;
    let pz = fma(z * z2, fma(z2, f(E1), f(E0)), z);
    (pz, f(fi), f(gi))
}

/// tan (n even) or -cot (n odd) of a + da, |a + da| <= pi/4.
fn finish(a: f64, da: f64, n: bool) -> f64 {
    let (ya, yya, sy) = if a < 0.0 {
        (-a, -da, -1.0)
    } else {
        (a, da, 1.0)
    };
    if ya <= f(GY2) {
        let a2 = a * a;
        let t2 = fma(a * a2, poly(a2), da);
        if !n {
            return a + t2;
        }
        // -cot: 1 / (b + db) in double-double (`DIV2`).
        let (b, db) = eadd(a, t2);
        let c = 1.0 / b;
        let u = c * b;
        let uu = fma(c, b, -u);
        let cc = fma(-c, db, ((1.0 - u) - uu) + 0.0) / b;
        let z = c + cc;
        let zz = (c - z) + cc;
        return -(z + zz);
    }
    let (pz, fi, gi) = row(ya, yya);
    if n {
        let t2 = pz * (fi + gi) / (fi + pz);
        -sy * (gi - t2)
    } else {
        let t2 = pz * (gi + fi) / (gi - pz);
        sy * (fi + t2)
    }
}

/// x - xn*pi/2 to 2 doubles for |x| <= 25 (or 1e8 with `more`); returns (n odd, a, da).
fn reduce(x: f64, more: bool) -> (bool, f64, f64) {
    let t = fma(x, f(HPINV), f(TOINT));
    let xn = t - f(TOINT);
    let t1 = fma(-xn, f(MP2), fma(-xn, f(MP1), x));
    let n = t.to_bits() & 1 != 0;
    if !more {
        let a = fma(-xn, f(MP3), t1);
        let da = fma(-xn, f(MP3), t1 - a);
        return (n, a, da);
    }
    let t = fma(-xn, f(PP3), t1);
    let da = fma(-xn, f(PP3), t1 - t);
    let a = fma(-xn, f(PP4), t);
    let da = fma(-xn, f(PP4), t - a) + da;
    let (a, da) = eadd(a, da);
    (n, a, da)
}

/// glibc's `tan`.
pub fn tan(x: f64) -> f64 {
    if (x.to_bits() >> 32) as u32 & 0x7ff0_0000 == 0x7ff0_0000 {
        return f64::NAN;
    }
    let w = x.abs();
    if w <= f(G1) {
        return x;
    }
    if w <= f(G2) {
        let x2 = x * x;
        return fma(poly(x2), x * x2, x);
    }
    if w <= f(G3) {
        let (pz, fi, gi) = row(w, 0.0);
        let t2 = pz * (gi + fi) / (gi - pz);
        let s = if x < 0.0 { -1.0 } else { 1.0 };
        return s * (fi + t2);
    }
    let (n, a, da) = if w <= f(G4) {
        reduce(x, false)
    } else if w <= f(G5) {
        reduce(x, true)
    } else {
        let (n, a, da) = branred(x);
        let (a, da) = eadd(a, da);
        (n & 1 != 0, a, da)
    };
    finish(a, da, n)
}
