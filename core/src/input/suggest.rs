//! "Did you mean" for unknown keys.

/// The known key closest to `unknown`, if it is close enough to be a likely typo.
///
/// Only a distance of at most 3 is ever suggested, so a known key whose length differs from
/// `unknown`'s by more than 3 cannot be the answer and is skipped: a huge unknown key costs no
/// more than a short one.
pub fn closest<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    const MAX_DISTANCE: usize = 3;
    let len = unknown.chars().count();
    if known.iter().all(|k| k.len().abs_diff(len) > MAX_DISTANCE) {
        return None;
    }
    let lower: Vec<char> = unknown.chars().map(|c| c.to_ascii_lowercase()).collect();
    let mut rows = Rows::default();
    let mut best: Option<(usize, &'a str)> = None;
    for &k in known {
        if k.eq_ignore_ascii_case(unknown) {
            return Some(k);
        }
        if k.len().abs_diff(len) > MAX_DISTANCE {
            continue;
        }
        let d = rows.distance(&lower, k, MAX_DISTANCE);
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, k));
        }
    }
    let (d, k) = best?;
    let limit = (len.max(k.len()) / 3).max(1);
    (d <= limit.min(MAX_DISTANCE)).then_some(k)
}

/// The three rows of the distance matrix a comparison needs, reused for every known key, so
/// a suggestion allocates them once instead of a whole matrix (and two `Vec<char>`) per key.
#[derive(Default)]
struct Rows {
    b: Vec<char>,
    two_up: Vec<usize>,
    up: Vec<usize>,
    row: Vec<usize>,
}

impl Rows {
    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions) between
    /// `a` (already lowercased) and `b` compared in ASCII lowercase; exact up to `cap`, and some
    /// number above `cap` for anything farther. A row only grows from the two rows above it (by
    /// at least 0 from the one, 1 from the other), so once two rows in a row are all above
    /// `cap`, every later row is too and the comparison stops.
    fn distance(&mut self, a: &[char], b: &str, cap: usize) -> usize {
        self.b.clear();
        self.b.extend(b.chars().map(|c| c.to_ascii_lowercase()));
        let b = &self.b;
        let w = b.len() + 1;
        // Row i of the matrix is the distance of a's first i chars to each prefix of b.
        self.up.clear();
        self.up.extend(0..w);
        self.two_up.clear();
        self.two_up.resize(w, 0);
        self.row.clear();
        self.row.resize(w, 0);
        let mut prev_a: Option<char> = None;
        let mut up_over = false;
        for (i, &ca) in a.iter().enumerate() {
            if let Some(first) = self.row.first_mut() {
                *first = i + 1;
            }
            let mut prev_b: Option<char> = None;
            for (j, &cb) in b.iter().enumerate() {
                let get = |r: &[usize], k: usize| r.get(k).copied().unwrap_or(usize::MAX / 2);
                let cost = usize::from(ca != cb);
                let mut v = (get(&self.up, j + 1) + 1)
                    .min(get(&self.row, j) + 1)
                    .min(get(&self.up, j) + cost);
                if prev_a == Some(cb) && prev_b == Some(ca) {
                    v = v.min(get(&self.two_up, j.wrapping_sub(1)) + 1);
                }
                if let Some(x) = self.row.get_mut(j + 1) {
                    *x = v;
                }
                prev_b = Some(cb);
            }
            let row_over = self.row.iter().all(|&v| v > cap);
            if row_over && up_over {
                return cap + 1;
            }
            up_over = row_over;
            std::mem::swap(&mut self.two_up, &mut self.up);
            std::mem::swap(&mut self.up, &mut self.row);
            prev_a = Some(ca);
        }
        self.up.get(b.len()).copied().unwrap_or(usize::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole-matrix distance this file used before the rows: the oracle for `Rows`.
    fn matrix_distance(a: &str, b: &str) -> usize {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        let w = b.len() + 1;
        let mut d = vec![0usize; (a.len() + 1) * w];
        for i in 0..=a.len() {
            d[i * w] = i;
        }
        for (j, x) in d.iter_mut().enumerate().take(w) {
            *x = j;
        }
        for i in 0..a.len() {
            for j in 0..b.len() {
                let cost = usize::from(a[i] != b[j]);
                let mut v = (d[i * w + j + 1] + 1)
                    .min(d[(i + 1) * w + j] + 1)
                    .min(d[i * w + j] + cost);
                if i > 0 && j > 0 && a[i] == b[j - 1] && a[i - 1] == b[j] {
                    v = v.min(d[(i - 1) * w + j - 1] + 1);
                }
                d[(i + 1) * w + j + 1] = v;
            }
        }
        d[a.len() * w + b.len()]
    }

    #[test]
    fn rows_give_the_whole_matrix_distance() {
        // Every pair of short words over a small alphabet (transpositions, repeats, empty),
        // plus non-ASCII letters.
        let mut words = vec![String::new()];
        for len in 1..=4 {
            let mut next = Vec::new();
            for w in words.iter().filter(|w| w.chars().count() == len - 1) {
                for c in ['a', 'b', 'c', 'é'] {
                    next.push(format!("{w}{c}"));
                }
            }
            words.extend(next);
        }
        let mut rows = Rows::default();
        for a in &words {
            let lower: Vec<char> = a.chars().collect();
            for b in &words {
                let want = matrix_distance(a, b);
                assert_eq!(
                    rows.distance(&lower, b, usize::MAX / 4),
                    want,
                    "{a:?} vs {b:?}"
                );
                for cap in 0..3 {
                    let got = rows.distance(&lower, b, cap);
                    if want <= cap {
                        assert_eq!(got, want, "{a:?} vs {b:?} capped at {cap}");
                    } else {
                        assert!(got > cap, "{a:?} vs {b:?} capped at {cap}: {got}");
                    }
                }
            }
        }
        for (a, b) in [
            ("nodepools", "nodePools"),
            ("vpccdir", "vpcCidr"),
            ("ab", "ba"),
        ] {
            let lower: Vec<char> = a.chars().collect();
            let want = matrix_distance(a, &b.to_ascii_lowercase());
            assert_eq!(rows.distance(&lower, b, 3), want, "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn suggests_typos() {
        let keys = ["vpcCidr", "subnets", "podCidr", "serviceCidr"];
        assert_eq!(closest("vpcCdir", &keys), Some("vpcCidr"));
        assert_eq!(closest("VPCCIDR", &keys), Some("vpcCidr"));
        assert_eq!(closest("subnet", &keys), Some("subnets"));
        assert_eq!(closest("zzzzzzzz", &keys), None);
    }
}
