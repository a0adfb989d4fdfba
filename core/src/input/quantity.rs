//! Kubernetes quantities (`8`, `7910m`, `32Gi`, `32G`, `32120644Ki`, `1e3`), as
//! `k8s.io/apimachinery/pkg/api/resource` parses them.

/// Parses a Kubernetes quantity string into its value in base units (bytes, or cores for cpu).
/// Returns `None` when the text is not a quantity.
pub fn parse_quantity(text: &str) -> Option<f64> {
    let s = text.trim();
    let bytes = s.as_bytes();
    let mut end = 0;
    if matches!(bytes.first(), Some(b'+' | b'-')) {
        end = 1;
    }
    let digits_start = end;
    while matches!(bytes.get(end), Some(b) if b.is_ascii_digit()) {
        end += 1;
    }
    let int_digits = end - digits_start;
    let mut frac_digits = 0;
    if bytes.get(end) == Some(&b'.') {
        end += 1;
        while matches!(bytes.get(end), Some(b) if b.is_ascii_digit()) {
            end += 1;
            frac_digits += 1;
        }
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    let number: f64 = s.get(..end)?.parse().ok()?;
    let rest = s.get(end..)?;
    let factor = match rest {
        "" => 1.0,
        "Ki" => 1024f64,
        "Mi" => 1024f64.powi(2),
        "Gi" => 1024f64.powi(3),
        "Ti" => 1024f64.powi(4),
        "Pi" => 1024f64.powi(5),
        "Ei" => 1024f64.powi(6),
        "n" => 1e-9,
        "u" => 1e-6,
        "m" => 1e-3,
        "k" => 1e3,
        "M" => 1e6,
        "G" => 1e9,
        "T" => 1e12,
        "P" => 1e15,
        "E" => 1e18,
        _ => exponent(rest)?,
    };
    let value = number * factor;
    value.is_finite().then_some(value)
}

/// `e3`, `E-2`, `e+6`: a decimal exponent suffix.
fn exponent(rest: &str) -> Option<f64> {
    let digits = rest.strip_prefix(['e', 'E'])?;
    let unsigned = digits.strip_prefix(['+', '-']).unwrap_or(digits);
    if unsigned.is_empty() || !unsigned.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let exp: i32 = digits.parse().ok()?;
    Some(10f64.powi(exp))
}

/// Bytes in one GiB.
pub const GIB: f64 = 1024.0 * 1024.0 * 1024.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_kubernetes_forms() {
        assert_eq!(parse_quantity("8"), Some(8.0));
        assert_eq!(parse_quantity("7910m"), Some(7.91));
        assert_eq!(parse_quantity("32Gi"), Some(32.0 * GIB));
        assert_eq!(parse_quantity("32G"), Some(32e9));
        assert_eq!(parse_quantity("32120644Ki"), Some(32120644.0 * 1024.0));
        assert_eq!(parse_quantity("1e3"), Some(1000.0));
        assert_eq!(parse_quantity("1.5Gi"), Some(1.5 * GIB));
        assert_eq!(parse_quantity(".5"), Some(0.5));
        assert_eq!(parse_quantity("-1"), Some(-1.0));
    }

    #[test]
    fn rejects_non_quantities() {
        for bad in [
            "", "Gi", "32 GB", "32gb", "abc", "1e", "1.2.3", "--1", "32Gii", "e3",
        ] {
            assert_eq!(parse_quantity(bad), None, "{bad}");
        }
    }
}
