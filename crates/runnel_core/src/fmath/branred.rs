//! `__branred`: glibc 2.36's `branred.c` (IBM), the reduction of huge arguments
//! (|x| >= 105414350) modulo pi/2 with 2/pi in base 2^24. Built without FMA on x86-64.
//! Origin: IBM Accurate Mathematical Library in glibc, Copyright (C) 2001-2022 Free Software
//! Foundation, Inc., licensed LGPL-2.1-or-later (see the module docs in `mod.rs`).

const T576: f64 = f64::from_bits(0x63f0_0000_0000_0000);
const TM600: f64 = f64::from_bits(0x1a70_0000_0000_0000);
const TM24: f64 = f64::from_bits(0x3e70_0000_0000_0000);
const BIG: f64 = f64::from_bits(0x4338_0000_0000_0000);
const BIG1: f64 = f64::from_bits(0x4358_0000_0000_0000);
const HP0: f64 = f64::from_bits(0x3ff9_21fb_5444_2d18);
const HP1: f64 = f64::from_bits(0x3c91_a626_3314_5c07);
const MP1: f64 = f64::from_bits(0x3ff9_21fb_5800_0000);
const MP2: f64 = f64::from_bits(0xbe4d_de97_4000_0000);
/// 2^27 + 1: Dekker's splitter.
const SPLIT: f64 = 134217729.0;

/// 2/pi in base 2^24.
const TOVERP: [f64; 75] = [
    10680707.0, 7228996.0, 1387004.0, 2578385.0, 16069853.0, 12639074.0, 9804092.0, 4427841.0,
    16666979.0, 11263675.0, 12935607.0, 2387514.0, 4345298.0, 14681673.0, 3074569.0, 13734428.0,
    16653803.0, 1880361.0, 10960616.0, 8533493.0, 3062596.0, 8710556.0, 7349940.0, 6258241.0,
    3772886.0, 3769171.0, 3798172.0, 8675211.0, 12450088.0, 3874808.0, 9961438.0, 366607.0,
    15675153.0, 9132554.0, 7151469.0, 3571407.0, 2607881.0, 12013382.0, 4155038.0, 6285869.0,
    7677882.0, 13102053.0, 15825725.0, 473591.0, 9065106.0, 15363067.0, 6271263.0, 9264392.0,
    5636912.0, 4652155.0, 7056368.0, 13614112.0, 10155062.0, 1944035.0, 9527646.0, 15080200.0,
    6658437.0, 6231200.0, 6832269.0, 16767104.0, 5075751.0, 3212806.0, 1398474.0, 7579849.0,
    6349435.0, 12618859.0, 4703257.0, 12806093.0, 14477321.0, 2786137.0, 12875403.0, 9837734.0,
    14528324.0, 13719321.0, 343717.0,
];

/// One half of x times 2/pi: (integer part mod big1, b, bb).
fn part(xi: f64) -> (f64, f64, f64) {
    let mut k = (((xi.to_bits() >> 52) & 2047) as i32 - 450) / 24;
    if k < 0 {
        k = 0;
    }
    let mut gor = f64::from_bits(T576.to_bits() - (((k * 24) as u64) << 52));
    let mut r = [0.0; 6];
    for (i, ri) in r.iter_mut().enumerate() {
        *ri = xi * TOVERP[k as usize + i] * gor;
        gor *= TM24;
    }
    let mut sum = 0.0;
    for ri in r.iter_mut().take(3) {
        let s = (*ri + BIG) - BIG;
        sum += s;
        *ri -= s;
    }
    let mut t = 0.0;
    for i in 0..6 {
        t += r[5 - i];
    }
    let bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5];
    let s = (t + BIG) - BIG;
    sum += s;
    t -= s;
    let b = t + bb;
    let bb = (t - b) + bb;
    let s = (sum + BIG1) - BIG1;
    (sum - s, b, bb)
}

/// x = n*pi/2 + (a + aa), |a + aa| < pi/4; returns (n mod 4, a, aa).
pub(super) fn branred(x: f64) -> (u32, f64, f64) {
    let x = x * TM600;
    let t = x * SPLIT;
    let x1 = t - (t - x);
    let x2 = x - x1;
    let (sum1, b1, bb1) = part(x1);
    let (sum2, b2, bb2) = part(x2);
    let mut sum = sum1 + sum2;
    let mut b = b1 + b2;
    let bb = if b1.abs() > b2.abs() {
        (b1 - b) + b2
    } else {
        (b2 - b) + b1
    };
    if b > 0.5 {
        b -= 1.0;
        sum += 1.0;
    } else if b < -0.5 {
        b += 1.0;
        sum -= 1.0;
    }
    let s = b + (bb + bb1 + bb2);
    let t = ((b - s) + bb) + (bb1 + bb2);
    let b = s * SPLIT;
    let t1 = b - (b - s);
    let t2 = s - t1;
    let b = s * HP0;
    let bb = (((t1 * MP1 - b) + t1 * MP2) + t2 * MP1) + (t2 * MP2 + s * HP1 + t * HP0);
    let s = b + bb;
    let t = (b - s) + bb;
    ((sum as i32 & 3) as u32, s, t)
}
