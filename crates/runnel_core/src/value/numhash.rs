//! CPython's numeric hash: a number's value modulo the Mersenne prime 2**61 - 1, so that
//! `hash(2) == hash(2.0) == hash(True)`.

/// The modulus of CPython's numeric hash on 64-bit builds.
const MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`; `-inf` hashes to its negation.
const INF_HASH: i64 = 314159;

/// `hash(i)` for an int: `|i| mod (2**61 - 1)` with the sign of `i`, `-1` becoming `-2`.
pub fn int_hash(i: i64) -> i64 {
    signed(i < 0, i.unsigned_abs() % MODULUS)
}

/// `hash(x)` for a float (`_Py_HashDouble`): the exact value `m * 2**e` reduced modulo
/// 2**61 - 1, using `2**61 == 1` in that ring. NaN hashes by identity in CPython; 0 here.
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { INF_HASH } else { -INF_HASH };
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    // Subnormals have no implicit leading bit and the exponent of the smallest normal.
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let shift = exp.rem_euclid(61) as u32;
    let reduced = ((mantissa % MODULUS) as u128) << shift;
    signed(x < 0.0, (reduced % MODULUS as u128) as u64)
}

fn signed(negative: bool, magnitude: u64) -> i64 {
    // magnitude < 2**61, so the cast cannot wrap.
    let h = if negative {
        -(magnitude as i64)
    } else {
        magnitude as i64
    };
    if h == -1 {
        -2
    } else {
        h
    }
}
