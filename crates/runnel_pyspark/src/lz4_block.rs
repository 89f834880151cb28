//! How many bytes LZ4 compresses a block into, as the reference library's
//! `LZ4_compress_fast` (acceleration 1) does for inputs under 64 KiB: what lz4-java's
//! `fastCompressor` (the native library) gives Spark's `LZ4BlockOutputStream`. Its
//! compressed size is what Spark reports for a partition cached serialized (see
//! [`crate::cached_size`]), so the port follows the library's match search step by step:
//! the same hash table, the same skipping, the same catch-up, the same encoding lengths.
//! (After LZ4's `lz4.c`, BSD-2-Clause, Copyright Yann Collet.)

const MINMATCH: usize = 4;
/// The last match must start this far before the end.
const MFLIMIT: usize = 12;
/// The last bytes are always literals.
const LASTLITERALS: usize = 5;
const ML_MASK: usize = 15;
const RUN_MASK: usize = 15;
/// `LZ4_HASHLOG + 1` for the 16-bit table of inputs under 64 KiB.
const HASH_LOG: u32 = 13;
const SKIP_TRIGGER: u32 = 6;

fn read32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

fn hash(b: &[u8], at: usize) -> usize {
    (read32(b, at).wrapping_mul(2_654_435_761) >> (32 - HASH_LOG)) as usize
}

/// The length of a run of `n` literals or match bytes past the token's 15.
fn extra_len(n: usize) -> usize {
    if n >= RUN_MASK {
        1 + (n - RUN_MASK) / 255
    } else {
        0
    }
}

/// The compressed size of `src` (under 64 KiB) in LZ4's block format.
pub(crate) fn compressed_len(src: &[u8]) -> usize {
    let n = src.len();
    let mut out = 0;
    let mut anchor = 0;
    if n > MFLIMIT {
        let mut table = vec![0u16; 1 << HASH_LOG];
        let mflimit_plus_one = n - MFLIMIT + 1;
        let match_limit = n - LASTLITERALS;
        table[hash(src, 0)] = 0;
        let mut ip = 1;
        let mut forward_h = hash(src, ip);
        'outer: loop {
            // Find a match, skipping faster the longer none is found.
            let mut forward_ip = ip;
            let mut step = 1;
            let mut search = 1u32 << SKIP_TRIGGER;
            let mut m;
            loop {
                let h = forward_h;
                let current = forward_ip;
                m = table[h] as usize;
                ip = forward_ip;
                forward_ip += step;
                step = (search >> SKIP_TRIGGER) as usize;
                search += 1;
                if forward_ip > mflimit_plus_one {
                    break 'outer;
                }
                forward_h = hash(src, forward_ip);
                table[h] = current as u16;
                if read32(src, m) == read32(src, ip) {
                    break;
                }
            }
            // Catch up backwards.
            while ip > anchor && m > 0 && src[ip - 1] == src[m - 1] {
                ip -= 1;
                m -= 1;
            }
            let literals = ip - anchor;
            out += 1 + extra_len(literals) + literals;
            loop {
                // The offset, then the match's length.
                out += 2;
                let mut len = 0;
                while ip + MINMATCH + len < match_limit
                    && src[ip + MINMATCH + len] == src[m + MINMATCH + len]
                {
                    len += 1;
                }
                ip += len + MINMATCH;
                if len >= ML_MASK {
                    out += 1 + (len - ML_MASK) / 255;
                }
                anchor = ip;
                if ip >= mflimit_plus_one {
                    break 'outer;
                }
                table[hash(src, ip - 2)] = (ip - 2) as u16;
                // A match right here: a token with no literals.
                let h = hash(src, ip);
                let candidate = table[h] as usize;
                table[h] = ip as u16;
                if read32(src, candidate) != read32(src, ip) {
                    break;
                }
                m = candidate;
                out += 1;
            }
            ip += 1;
            forward_h = hash(src, ip);
        }
    }
    let last = n - anchor;
    out + 1 + extra_len(last) + last
}

#[cfg(test)]
mod tests {
    use super::compressed_len;

    /// Inputs built by formulas (with some runs, some noise), and the lengths lz4-java
    /// 1.8.0's `fastCompressor` (Spark 3.5.9's jar) compressed them into.
    #[test]
    fn lengths_are_the_reference_librarys() {
        let cases = [
            (5, 1, 6),
            (13, 0, 14),
            (20, 3, 14),
            (64, 2, 49),
            (300, 5, 275),
            (1000, 7, 969),
            (4096, 4, 3047),
            (20000, 9, 19382),
            (32768, 12, 32847),
            (32768, 1, 10154),
            (50000, 15, 50198),
            (65000, 0, 268),
        ];
        for (n, k, len) in cases {
            assert_eq!(compressed_len(&input(n, k)), len, "{n} {k}");
        }
    }

    fn input(n: usize, k: u64) -> Vec<u8> {
        let mut x = k;
        (0..n)
            .map(|i| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                if (x >> 60) < k % 16 {
                    (x >> 32) as u8
                } else {
                    b"abcab\0\0\x05"[(i * i) % 8]
                }
            })
            .collect()
    }
}
