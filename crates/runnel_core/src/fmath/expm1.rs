//! `expm1` and `log1p`: glibc's fdlibm-derived `s_expm1.c` and `s_log1p.c` in their
//! `-mfma` builds (glibc's release/2.36 branch, which Debian 12 ships, added them), with
//! GCC's fusions as `fma` (see `exp.rs`).
//! Origin: fdlibm, Copyright (C) 1993 by Sun Microsystems, Inc.: "Permission to use, copy,
//! modify, and distribute this software is freely granted, provided that this notice is
//! preserved."

use super::fma;

fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

const O_THRESHOLD: u64 = 0x4086_2e42_fefa_39ef;
const LN2_HI: u64 = 0x3fe6_2e42_fee0_0000;
const LN2_LO: u64 = 0x3dea_39ef_3579_3c76;
const INVLN2: u64 = 0x3ff7_1547_652b_82fe;
const Q: [u64; 6] = [
    0x3ff0_0000_0000_0000,
    0xbfa1_1111_1111_10f4,
    0x3f5a_01a0_19fe_5585,
    0xbf14_ce19_9eaa_dbb7,
    0x3ed0_cfca_86e6_5239,
    0xbe8a_fdb7_6e09_c32d,
];

/// y with k added to its exponent (`SET_HIGH_WORD (y, high + (k << 20))`).
fn add_exp(y: f64, k: i32) -> f64 {
    let high = (y.to_bits() >> 32) as u32;
    let high = high.wrapping_add((k << 20) as u32);
    f(((high as u64) << 32) | (y.to_bits() & 0xffff_ffff))
}

/// glibc's `expm1`.
pub fn expm1(x: f64) -> f64 {
    let hx_full = (x.to_bits() >> 32) as u32;
    let neg = hx_full & 0x8000_0000 != 0;
    let hx = hx_full & 0x7fff_ffff;
    if hx >= 0x4043_687a {
        // |x| >= 56*ln2.
        if hx >= 0x4086_2e42 {
            if hx >= 0x7ff0_0000 {
                if x.is_nan() {
                    return x + x;
                }
                return if neg { -1.0 } else { x };
            }
            if x > f(O_THRESHOLD) {
                return f64::INFINITY;
            }
        }
        if neg {
            return 1.0e-300 - 1.0;
        }
    }
    let (x, c, k) = if hx > 0x3fd6_2e42 {
        // |x| > 0.5 ln2: reduce by k*ln2.
        let (hi, lo, k) = if hx < 0x3ff0_a2b2 {
            if !neg {
                (x - f(LN2_HI), f(LN2_LO), 1)
            } else {
                (x + f(LN2_HI), -f(LN2_LO), -1)
            }
        } else {
            // The product and the +-0.5 meet across a branch: not fused.
            let k = (f(INVLN2) * x + if neg { -0.5 } else { 0.5 }) as i32;
            let t = k as f64;
            (fma(-t, f(LN2_HI), x), t * f(LN2_LO), k)
        };
        let xr = hi - lo;
        (xr, (hi - xr) - lo, k)
    } else if hx < 0x3c90_0000 {
        return x;
    } else {
        (x, 0.0, 0)
    };
    let q = |i: usize| f(Q[i]);
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = fma(hxs, q(1), 1.0);
    let h2 = hxs * hxs;
    let r2 = fma(hxs, q(3), q(2));
    let h4 = h2 * h2;
    let r3 = fma(hxs, q(5), q(4));
    let r1 = fma(h4, r3, fma(h2, r2, r1));
    let t = fma(-r1, hfx, 3.0);
    let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
    if k == 0 {
        return x - fma(x, e, -hxs);
    }
    let e = fma(x, e - c, -c) - hxs;
    if k == -1 {
        return fma(0.5, x - e, -0.5);
    }
    if k == 1 {
        return if x < -0.25 {
            -2.0 * (e - (x + 0.5))
        } else {
            fma(2.0, x - e, 1.0)
        };
    }
    if k <= -2 || k > 56 {
        let y = 1.0 - (e - x);
        return add_exp(y, k) - 1.0;
    }
    if k < 20 {
        let t = f(((0x3ff0_0000u32 - (0x20_0000u32 >> k)) as u64) << 32);
        add_exp(t - (e - x), k)
    } else {
        let t = f((((0x3ff - k) as u32 as u64) << 20) << 32);
        add_exp(x - (e + t) + 1.0, k)
    }
}

const TWO54: f64 = 18014398509481984.0;
const LP: [u64; 8] = [
    0,
    0x3fe5_5555_5555_5593,
    0x3fd9_9999_9997_fa04,
    0x3fd2_4924_9422_9359,
    0x3fcc_71c5_1d8e_78af,
    0x3fc7_4664_96cb_03de,
    0x3fc3_9a09_d078_c69f,
    0x3fc2_f112_df3e_5244,
];

/// glibc's `log1p`.
pub fn log1p(x: f64) -> f64 {
    let hx = (x.to_bits() >> 32) as i32;
    let ax = hx & 0x7fff_ffff;
    let mut k = 1;
    let (mut f_, mut hu, mut c) = (0.0, 0i32, 0.0);
    if hx < 0x3fda_827a {
        // x < 0.41422
        if ax >= 0x3ff0_0000 {
            return if x == -1.0 { -TWO54 / 0.0 } else { f64::NAN };
        }
        if ax < 0x3e20_0000 {
            if ax < 0x3c90_0000 {
                return x;
            }
            return fma(-(x * x), 0.5, x);
        }
        if hx > 0 || hx <= 0xbfd2_bec3_u32 as i32 {
            // -0.2929 < x < 0.41422
            k = 0;
            f_ = x;
            hu = 1;
        }
    } else if hx >= 0x7ff0_0000 {
        return x + x;
    }
    if k != 0 {
        let mut u;
        if hx < 0x4340_0000 {
            u = 1.0 + x;
            hu = (u.to_bits() >> 32) as i32;
            k = (hu >> 20) - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            hu = (u.to_bits() >> 32) as i32;
            k = (hu >> 20) - 1023;
            c = 0.0;
        }
        hu &= 0x000f_ffff;
        let low = u.to_bits() & 0xffff_ffff;
        if hu < 0x6a09e {
            u = f(((hu | 0x3ff0_0000) as u64) << 32 | low);
        } else {
            k += 1;
            u = f(((hu | 0x3fe0_0000) as u64) << 32 | low);
            hu = (0x0010_0000 - hu) >> 2;
        }
        f_ = u - 1.0;
    }
    let fv = f_;
    let kd = k as f64;
    let hfsq = 0.5 * fv * fv;
    if hu == 0 {
        // |f| < 2**-20
        if fv == 0.0 {
            if k == 0 {
                return 0.0;
            }
            let c = fma(kd, f(LN2_LO), c);
            return fma(kd, f(LN2_HI), c);
        }
        let r = hfsq * fma(-0.666_666_666_666_666_6, fv, 1.0);
        if k == 0 {
            return fv - r;
        }
        return fma(kd, f(LN2_HI), -((r - fma(kd, f(LN2_LO), c)) - fv));
    }
    let lp = |i: usize| f(LP[i]);
    let s = fv / (2.0 + fv);
    let z = s * s;
    let z2 = z * z;
    let r2 = fma(z, lp(3), lp(2));
    let z4 = z2 * z2;
    let r3 = fma(z, lp(5), lp(4));
    let z6 = z4 * z2;
    let r4 = fma(z, lp(7), lp(6));
    let r = fma(z6, r4, fma(z4, r3, fma(z, lp(1), z2 * r2)));
    // GCC hoists s * (hfsq + R), common to both returns, above the branch: not fused.
    let sr = s * (hfsq + r);
    if k == 0 {
        return fv - (hfsq - sr);
    }
    let inner = sr + fma(kd, f(LN2_LO), c);
    fma(kd, f(LN2_HI), -((hfsq - inner) - fv))
}
