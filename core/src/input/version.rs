//! Kubernetes versions as vendors print them: `1.30`, `v1.30.2`, `1.30.2-eks-abc`,
//! `v1.29.3+k3s1`, `1.28.5-gke.1217000`.
use crate::text::msg;

/// Parses a Kubernetes version into `major.minor.patch` (a missing patch is 0; vendor suffixes
/// after `-` or `+` are dropped, they are not semver pre-releases).
pub fn parse_kube_version(text: &str) -> Option<semver::Version> {
    let s = text.trim();
    let s = s.strip_prefix(['v', 'V']).unwrap_or(s);
    let core = s.split(['-', '+']).next().unwrap_or(s);
    let mut parts = core.split('.');
    let major = number(parts.next())?;
    let minor = number(parts.next())?;
    let patch = match parts.next() {
        Some(p) => number(Some(p))?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    Some(semver::Version::new(major, minor, patch))
}

fn number(part: Option<&str>) -> Option<u64> {
    let p = part?;
    if p.is_empty() || p.len() > 9 || !p.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    p.parse().ok()
}

/// `1.30` or `1.30.2`: how reports print a version (patch only when not 0).
pub fn short(v: &semver::Version) -> String {
    if v.patch == 0 {
        msg!(v.major, '.', v.minor)
    } else {
        msg!(v.major, '.', v.minor, '.', v.patch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_vendor_forms() {
        let v = |s| parse_kube_version(s).map(|v| v.to_string());
        assert_eq!(v("1.30").as_deref(), Some("1.30.0"));
        assert_eq!(v("v1.30.2").as_deref(), Some("1.30.2"));
        assert_eq!(v("1.30.2-eks-abc").as_deref(), Some("1.30.2"));
        assert_eq!(v("v1.29.3+k3s1").as_deref(), Some("1.29.3"));
        assert_eq!(v("1.28.5-gke.1217000").as_deref(), Some("1.28.5"));
    }

    #[test]
    fn rejects_garbage() {
        for bad in ["", "1", "latest", "1.x", "1.30.2.1", "v", "1..2", "1.30-"] {
            if bad == "1.30-" {
                assert!(parse_kube_version(bad).is_some());
                continue;
            }
            assert_eq!(parse_kube_version(bad), None, "{bad}");
        }
    }
}
