//! CPython 3.11's `list.sort` for lists under 64 items (`Objects/listobject.c`): the first
//! run found by `count_run` (reversed when strictly descending), then `binarysort` of the
//! rest, with the same `<` comparisons in the same order. A consistent order sorts the
//! same either way; this one also gives CPython's result where `<` is not one (NaNs among
//! floats), the same first failing pair (`'<' not supported between 'str' and 'int'`)
//! and the same calls of a class's `__lt__`.

use runnel_core::Result;

/// Below this many items CPython's sort is one run plus a binary insertion sort.
pub(super) const SMALL: usize = 64;

/// Sorts `v` ascending by `lt(a, b)` (`a < b`), stably; stops at the first error,
/// leaving `v` as CPython leaves it then (partly sorted).
pub(super) fn sort_small<T>(v: &mut [T], mut lt: impl FnMut(&T, &T) -> Result<bool>) -> Result<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let run = count_run(v, &mut lt)?;
    binary_insertion(v, run, &mut lt)
}

/// The length of the run at the start: ascending (`not v[i] < v[i-1]`), or strictly
/// descending, which is reversed in place.
fn count_run<T>(v: &mut [T], lt: &mut impl FnMut(&T, &T) -> Result<bool>) -> Result<usize> {
    let mut n = 2;
    if lt(&v[1], &v[0])? {
        while n < v.len() && lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        v[..n].reverse();
    } else {
        while n < v.len() && !lt(&v[n], &v[n - 1])? {
            n += 1;
        }
    }
    Ok(n)
}

/// `binarysort`: items from `start` on, each inserted after the equal ones before it.
fn binary_insertion<T>(
    v: &mut [T],
    start: usize,
    lt: &mut impl FnMut(&T, &T) -> Result<bool>,
) -> Result<()> {
    for i in start..v.len() {
        let (mut l, mut r) = (0, i);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(&v[i], &v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=i].rotate_right(1);
    }
    Ok(())
}
