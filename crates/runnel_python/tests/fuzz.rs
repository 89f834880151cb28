//! Never panic: every corpus program, truncated and mutated, must compile-and-run to a
//! result or an error (small budgets keep it quick).

mod common;

use std::path::Path;

/// A tiny deterministic generator (no dependency needed for a smoke fuzzer).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

const PIECES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "*",
    "**",
    "-",
    "0",
    "1",
    "-1",
    "'",
    "\"",
    "\n",
    "    ",
    "x",
    "lambda",
    "yield",
    "return",
    "del ",
    "not ",
    " if ",
    " else ",
    "for ",
    " in ",
    "None",
    "[:]",
    "[::-1]",
    "=",
    "+=",
    ".",
    "split",
    "()",
    "1e308",
    "9223372036854775807",
    "%",
    "//",
    "<<",
    "{}",
    "f'{x}'",
    "nonlocal x\n",
    "global x\n",
];

fn run(src: &str) {
    let (interp, _) = common::interp_with(20_000, 2_000);
    let _ = interp.run_module(src);
}

#[test]
fn mutated_programs_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut rng = Lcg(42);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
    {
        let src = std::fs::read_to_string(path).expect("read");
        let chars: Vec<char> = src.chars().collect();
        // Truncations.
        for k in 1..8 {
            let cut = chars.len() * k / 8;
            run(&chars[..cut].iter().collect::<String>());
        }
        // Mutations: replace a random span with a random piece.
        for _ in 0..40 {
            let mut c = chars.clone();
            for _ in 0..1 + rng.next() % 3 {
                if c.is_empty() {
                    break;
                }
                let at = rng.next() % c.len();
                let len = (rng.next() % 4).min(c.len() - at);
                let piece: Vec<char> = PIECES[rng.next() % PIECES.len()].chars().collect();
                c.splice(at..at + len, piece);
            }
            run(&c.iter().collect::<String>());
        }
    }
}
