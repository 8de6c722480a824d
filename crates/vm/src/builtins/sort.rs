//! The algorithm behind `list.sort` and `sorted`: a stable, adaptive merge sort after
//! CPython's timsort (`Objects/listsort.txt`): natural ascending and strictly descending runs,
//! binary insertion sort to extend short runs to `minrun`, and merges of adjacent runs kept
//! balanced by the run-stack invariants. It sorts a permutation of indices, so a comparison
//! that raises or is inconsistent can never lose or duplicate a value (the order is then just
//! unspecified, as in CPython). Keys that are all small ints, all floats or all exact strs are
//! compared directly, as CPython's `unsafe_*_compare` pre-checks do. See
//! docs/design/object-model.md.

use crate::object::str::as_str;
use crate::object::typeobj::CompareOp;
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{type_of, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// What every key is, when they are all alike.
enum KeyKind {
    Int,
    Float,
    Str,
    Generic,
}

fn key_kind(pairs: &[(Value, Value)]) -> KeyKind {
    if pairs.iter().all(|(k, _)| k.is_small_int()) {
        KeyKind::Int
    } else if pairs.iter().all(|(k, _)| k.is_float()) {
        KeyKind::Float
    } else if pairs.iter().all(|(k, _)| type_of(k).is_same(&types().str)) {
        KeyKind::Str
    } else {
        KeyKind::Generic
    }
}

/// Sorts plain values (no key function) in place when they are all small ints or all exact
/// strs, whose order is total and involves no Python code: a stable library sort, with no
/// key/value pairs or index permutation. Returns false (values untouched) otherwise.
pub fn sort_values_fast(values: &mut [Value], reverse: bool) -> bool {
    if values.iter().all(Value::is_small_int) {
        let key = |v: &Value| v.as_small_int().unwrap_or(0);
        if reverse {
            values.sort_by_key(|v| std::cmp::Reverse(key(v)));
        } else {
            values.sort_by_key(key);
        }
        return true;
    }
    let str_type = &types().str;
    if values.iter().all(|v| type_of(v).is_same(str_type)) {
        fn key(v: &Value) -> &str {
            as_str(v).unwrap_or("")
        }
        if reverse {
            values.sort_by(|a, b| key(b).cmp(key(a)));
        } else {
            values.sort_by(|a, b| key(a).cmp(key(b)));
        }
        return true;
    }
    false
}

/// Sorts `(key, value)` pairs by key, stably; `reverse` sorts descending while keeping equal
/// keys in their original order. On error the pairs are left in some order.
pub fn sort_pairs(
    ts: &ThreadState,
    pairs: &mut Vec<(Value, Value)>,
    reverse: bool,
) -> PyResult<()> {
    let n = pairs.len();
    if n < 2 {
        return Ok(());
    }
    let Ok(n32) = u32::try_from(n) else {
        return Err(ts.memory_error());
    };
    let kind = key_kind(pairs);
    let mut err: Option<PyErr> = None;
    let mut idx: Vec<u32> = match kind {
        // Keys with a total order and no Python-visible comparison: the library's stable
        // sort over (key, index), which cannot observe anything a Python program controls.
        KeyKind::Int => sorted_by_key(pairs, reverse, |k| k.as_small_int().unwrap_or(0)),
        KeyKind::Str => sorted_by_key(pairs, reverse, |k| as_str(k).unwrap_or("")),
        _ => (0..n32).collect(),
    };
    if matches!(kind, KeyKind::Float | KeyKind::Generic) {
        let keys = &*pairs;
        let key = |i: u32| &keys[i as usize].0;
        let mut less = |a: u32, b: u32| -> bool {
            let (a, b) = if reverse { (b, a) } else { (a, b) };
            let (x, y) = (key(a), key(b));
            match kind {
                KeyKind::Int => x.as_small_int() < y.as_small_int(),
                KeyKind::Float => match (x.as_float(), y.as_float()) {
                    (Some(x), Some(y)) => x < y,
                    _ => false,
                },
                KeyKind::Str => as_str(x) < as_str(y),
                KeyKind::Generic => {
                    if err.is_some() {
                        return false;
                    }
                    match p::compare_bool(ts, x, y, CompareOp::Lt) {
                        Ok(r) => r,
                        Err(e) => {
                            err = Some(e);
                            false
                        }
                    }
                }
            }
        };
        timsort(&mut idx, &mut less);
    }
    if let Some(e) = err {
        return Err(e);
    }
    let mut slots: Vec<Option<(Value, Value)>> =
        std::mem::take(pairs).into_iter().map(Some).collect();
    *pairs = idx
        .iter()
        .filter_map(|&i| slots.get_mut(i as usize).and_then(Option::take))
        .collect();
    Ok(())
}

/// The stable order of `pairs` by `key` (descending when `reverse`, equal keys keeping
/// their original order), as indexes.
fn sorted_by_key<'a, K: Ord>(
    pairs: &'a [(Value, Value)],
    reverse: bool,
    key: impl Fn(&'a Value) -> K,
) -> Vec<u32> {
    let mut keyed: Vec<(K, u32)> = pairs
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (key(k), i as u32))
        .collect();
    if reverse {
        keyed.sort_by(|a, b| b.0.cmp(&a.0));
    } else {
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
    }
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// The minimum run length for `n` items (32..=64, so that `n / minrun` is a power of two or
/// just under one).
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Sorts `v` stably by `less`.
fn timsort(v: &mut [u32], less: &mut impl FnMut(u32, u32) -> bool) {
    let n = v.len();
    let minrun = min_run(n);
    // Pending runs: (start, length).
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut buf: Vec<u32> = Vec::with_capacity(n / 2 + 1);
    let mut i = 0;
    while i < n {
        let mut j = i + 1;
        if j < n {
            if less(v[j], v[j - 1]) {
                while j + 1 < n && less(v[j + 1], v[j]) {
                    j += 1;
                }
                j += 1;
                v[i..j].reverse();
            } else {
                while j + 1 < n && !less(v[j + 1], v[j]) {
                    j += 1;
                }
                j += 1;
            }
        }
        let end = (i + minrun).min(n);
        if j < end {
            binary_insertion(&mut v[i..end], j - i, less);
            j = end;
        }
        runs.push((i, j - i));
        i = j;
        merge_collapse(v, &mut runs, &mut buf, less);
    }
    while runs.len() > 1 {
        let k = runs.len();
        let at = if k >= 3 && runs[k - 3].1 < runs[k - 1].1 {
            k - 3
        } else {
            k - 2
        };
        merge_at(v, &mut runs, at, &mut buf, less);
    }
}

/// Inserts `v[sorted..]` one by one into the sorted prefix `v[..sorted]` (after equal keys,
/// for stability).
fn binary_insertion(v: &mut [u32], sorted: usize, less: &mut impl FnMut(u32, u32) -> bool) {
    for i in sorted.max(1)..v.len() {
        let pivot = v[i];
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if less(pivot, v[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        v[lo..=i].rotate_right(1);
    }
}

/// Restores the run-stack invariants (with the 2015 fix that checks four runs deep).
fn merge_collapse(
    v: &mut [u32],
    runs: &mut Vec<(usize, usize)>,
    buf: &mut Vec<u32>,
    less: &mut impl FnMut(u32, u32) -> bool,
) {
    while runs.len() > 1 {
        let k = runs.len();
        let at = if (k >= 3 && runs[k - 3].1 <= runs[k - 2].1 + runs[k - 1].1)
            || (k >= 4 && runs[k - 4].1 <= runs[k - 3].1 + runs[k - 2].1)
        {
            if runs[k - 3].1 < runs[k - 1].1 {
                k - 3
            } else {
                k - 2
            }
        } else if runs[k - 2].1 <= runs[k - 1].1 {
            k - 2
        } else {
            break;
        };
        merge_at(v, runs, at, buf, less);
    }
}

/// Merges runs `at` and `at + 1` (adjacent in `v`), keeping equal keys in order.
fn merge_at(
    v: &mut [u32],
    runs: &mut Vec<(usize, usize)>,
    at: usize,
    buf: &mut Vec<u32>,
    less: &mut impl FnMut(u32, u32) -> bool,
) {
    let (start, len1) = runs[at];
    let len2 = runs[at + 1].1;
    runs[at] = (start, len1 + len2);
    runs.remove(at + 1);
    let mid = start + len1;
    let end = mid + len2;
    // Already in order: the last of the left run is not above the first of the right run.
    if !less(v[mid], v[mid - 1]) {
        return;
    }
    buf.clear();
    buf.extend_from_slice(&v[start..mid]);
    let (mut a, mut b, mut k) = (0, mid, start);
    while a < buf.len() && b < end {
        if less(v[b], buf[a]) {
            v[k] = v[b];
            b += 1;
        } else {
            v[k] = buf[a];
            a += 1;
        }
        k += 1;
    }
    while a < buf.len() {
        v[k] = buf[a];
        a += 1;
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sort_with(keys: &[i64]) -> Vec<u32> {
        let mut idx: Vec<u32> = (0..keys.len() as u32).collect();
        timsort(&mut idx, &mut |a, b| keys[a as usize] < keys[b as usize]);
        idx
    }

    #[test]
    fn sorts_stably() {
        let mut seed = 12345u64;
        for n in [0usize, 1, 2, 5, 31, 32, 33, 64, 65, 100, 1000, 5000] {
            let keys: Vec<i64> = (0..n)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % 50) as i64
                })
                .collect();
            let idx = sort_with(&keys);
            let mut expected: Vec<u32> = (0..n as u32).collect();
            expected.sort_by_key(|&i| keys[i as usize]);
            assert_eq!(idx, expected, "n = {n}");
        }
    }

    #[test]
    fn handles_runs_and_inconsistent_comparisons() {
        let keys: Vec<i64> = (0..3000)
            .map(|i| if i < 1500 { 3000 - i } else { i })
            .collect();
        let idx = sort_with(&keys);
        let mut expected: Vec<u32> = (0..3000).collect();
        expected.sort_by_key(|&i| keys[i as usize]);
        assert_eq!(idx, expected);
        // A comparison that lies still yields a permutation.
        let mut idx: Vec<u32> = (0..500).collect();
        let mut flip = false;
        timsort(&mut idx, &mut |_, _| {
            flip = !flip;
            flip
        });
        let mut seen = idx.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..500).collect::<Vec<u32>>());
    }
}
