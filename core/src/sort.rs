//! One small stable sort for the whole core. Each use of the standard library's `sort` or
//! `sort_unstable` is a copy of a large generic algorithm for its element type (several KB of
//! WebAssembly each); here only the few lines of [`sort_by`] are per type, and one merge sort of
//! indices is shared. O(n log n); the lists sorted are small (zones, subnets, facts entries),
//! and those of at most 16 elements are sorted by insertion, in place.
//! A leaf of the crate.

/// Sorts `v` by `less`, keeping equal elements in their order (a stable sort).
pub(crate) fn sort_by<T: Copy>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    if v.len() <= SMALL {
        insertion_sort(v, less);
        return;
    }
    let items = v.to_vec();
    let order = sorted_indices(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => less(x, y),
        _ => false,
    });
    for (slot, i) in v.iter_mut().zip(order) {
        if let Some(&x) = items.get(i) {
            *slot = x;
        }
    }
}

/// Lists up to this long are sorted in place by insertion: no allocation, a few lines per type.
/// Most lists a document has are that short (zones, subnets, a pool's labels).
const SMALL: usize = 16;

/// Stable: an element moves left only past elements strictly greater. O(n²), for `SMALL` lists.
fn insertion_sort<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 {
            match (v.get(j - 1), v.get(j)) {
                (Some(a), Some(b)) if less(b, a) => v.swap(j - 1, j),
                _ => break,
            }
            j -= 1;
        }
    }
}

/// Sorts `v` in ascending order (`Ord`), stably.
pub(crate) fn sort<T: Copy + Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a < b);
}

/// `0..n` ordered by `less` (stable): a bottom-up merge sort.
fn sorted_indices(n: usize, less: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = vec![0; n];
    let mut width = 1;
    while width < n {
        for (src, dst) in a.chunks(2 * width).zip(b.chunks_mut(2 * width)) {
            let (left, right) = src.split_at(width.min(src.len()));
            let (mut l, mut r) = (left.iter().peekable(), right.iter().peekable());
            for slot in dst {
                let right_first = match (l.peek(), r.peek()) {
                    (Some(&&x), Some(&&y)) => less(y, x),
                    (None, _) => true,
                    (Some(_), None) => false,
                };
                let next = if right_first { r.next() } else { l.next() };
                if let Some(&i) = next {
                    *slot = i;
                }
            }
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 7u64;
        for len in 0..200usize {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by(&mut ours, |x, y| x.0 < y.0);
            let mut std = v.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std);
            let mut ours = v.clone();
            sort(&mut ours);
            std.sort();
            assert_eq!(ours, std);
        }
    }
}
