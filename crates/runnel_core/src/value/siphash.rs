//! CPython's string hash: SipHash-1-3 over the PEP 393 representation of the text.
//!
//! With `PYTHONHASHSEED=0` CPython zeroes its hash secret, so both SipHash keys are 0 and
//! `hash('x')` is the same in every run; PySpark requires a fixed seed for that reason.

/// `hash(s)` for a Python `str`, as CPython 3.11 computes it with `PYTHONHASHSEED=0`.
pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    // ASCII text is its own PEP 393 form (one byte per char): hash it in place.
    let h = if s.is_ascii() {
        siphash13(s.as_bytes())
    } else {
        siphash13(&pep393_bytes(s))
    } as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(b)` for a Python `bytes` (SipHash-1-3 of the bytes themselves).
pub fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let h = siphash13(b) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The bytes CPython hashes: 1, 2 or 4 little-endian bytes per char, by the widest char.
fn pep393_bytes(s: &str) -> Vec<u8> {
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let width = if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    };
    let mut out = Vec::with_capacity(s.len() * width);
    for c in s.chars() {
        out.extend_from_slice(&(c as u32).to_le_bytes()[..width]);
    }
    out
}

struct State([u64; 4]);

impl State {
    fn round(&mut self) {
        let [v0, v1, v2, v3] = &mut self.0;
        *v0 = v0.wrapping_add(*v1);
        *v2 = v2.wrapping_add(*v3);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v1);
        *v0 = v0.wrapping_add(*v3);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.rotate_left(32);
    }

    /// One message word: 1 compression round (the "1" of SipHash-1-3).
    fn absorb(&mut self, m: u64) {
        self.0[3] ^= m;
        self.round();
        self.0[0] ^= m;
    }
}

/// SipHash-1-3 with the all-zero key.
fn siphash13(data: &[u8]) -> u64 {
    let mut st = State([
        0x736f6d6570736575,
        0x646f72616e646f6d,
        0x6c7967656e657261,
        0x7465646279746573,
    ]);
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        st.absorb(u64::from_le_bytes(word));
    }
    let mut tail = [0u8; 8];
    let rest = chunks.remainder();
    tail[..rest.len()].copy_from_slice(rest);
    st.absorb(u64::from_le_bytes(tail) | ((data.len() as u64) << 56));
    st.0[2] ^= 0xff;
    for _ in 0..3 {
        st.round();
    }
    let [v0, v1, v2, v3] = st.0;
    v0 ^ v1 ^ v2 ^ v3
}
