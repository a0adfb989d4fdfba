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
    let lower = unknown.to_ascii_lowercase();
    let mut best: Option<(usize, &'a str)> = None;
    for &k in known {
        if k.eq_ignore_ascii_case(unknown) {
            return Some(k);
        }
        if k.len().abs_diff(len) > MAX_DISTANCE {
            continue;
        }
        let d = distance(&lower, &k.to_ascii_lowercase());
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, k));
        }
    }
    let (d, k) = best?;
    let limit = (len.max(k.len()) / 3).max(1);
    (d <= limit.min(MAX_DISTANCE)).then_some(k)
}

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions).
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    let at = |i: usize, j: usize| i * w + j;
    for i in 0..=a.len() {
        if let Some(x) = d.get_mut(at(i, 0)) {
            *x = i;
        }
    }
    for j in 0..=b.len() {
        if let Some(x) = d.get_mut(at(0, j)) {
            *x = j;
        }
    }
    for (i, ca) in a.iter().enumerate() {
        for (j, cb) in b.iter().enumerate() {
            let (i1, j1) = (i + 1, j + 1);
            let cost = usize::from(ca != cb);
            let get = |i: usize, j: usize| d.get(at(i, j)).copied().unwrap_or(usize::MAX / 2);
            let mut v = (get(i, j1) + 1).min(get(i1, j) + 1).min(get(i, j) + cost);
            if i > 0 && j > 0 && a.get(i) == b.get(j - 1) && a.get(i - 1) == b.get(j) {
                v = v.min(get(i - 1, j - 1) + 1);
            }
            if let Some(x) = d.get_mut(at(i1, j1)) {
                *x = v;
            }
        }
    }
    d.get(at(a.len(), b.len())).copied().unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_typos() {
        let keys = ["vpcCidr", "subnets", "podCidr", "serviceCidr"];
        assert_eq!(closest("vpcCdir", &keys), Some("vpcCidr"));
        assert_eq!(closest("VPCCIDR", &keys), Some("vpcCidr"));
        assert_eq!(closest("subnet", &keys), Some("subnets"));
        assert_eq!(closest("zzzzzzzz", &keys), None);
    }
}
