//! DNS names: the platform's FQDN and add-on host names (RFC 1123 host names as the
//! `fqdn-invalid` rule states them), Kubernetes namespace names (DNS-1123 labels) and TLS
//! certificate SAN matching. No regex: each check walks the bytes once.
//!
//! Validators return `Err(reason)`, a lowercase clause that completes "… is not a valid DNS
//! name: <reason>".
use crate::text::msg;

/// Longest DNS name, without the trailing dot.
pub const MAX_NAME: usize = 253;
/// Longest label.
pub const MAX_LABEL: usize = 63;

/// Lowercases and drops one trailing dot: `ML.Example.com.` → `ml.example.com`. Nothing else is
/// changed, so a name that is invalid stays invalid (`ml..example.com`, `ml.example.com..`).
pub fn normalize_fqdn(name: &str) -> String {
    name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase()
}

/// Checks a DNS name as `fqdn-invalid` states it: at most 253 characters after normalising,
/// at least two labels of 1–63 letters, digits and `-`, none starting or ending with `-`, the
/// last not all digits, and not an IP address. Upper case and one trailing dot are normalised,
/// not errors; `..` and two trailing dots are errors.
pub fn check_dns_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("it is empty".into());
    }
    let n = name.strip_suffix('.').unwrap_or(name);
    if n.parse::<std::net::IpAddr>().is_ok() {
        return Err("it is an IP address, a DNS name is needed".into());
    }
    if n.starts_with('.') {
        return Err("it starts with a dot".into());
    }
    if n.ends_with('.') {
        return Err("it ends with two dots".into());
    }
    if n.contains("..") {
        return Err("it contains `..` (an empty label)".into());
    }
    let len = n.chars().count();
    if len > MAX_NAME {
        return Err(msg!(
            "it is ",
            len,
            " characters long, more than ",
            MAX_NAME
        ));
    }
    let mut labels = 0usize;
    let mut last = "";
    for label in n.split('.') {
        if let Some(problem) = label_problem(label, false) {
            return Err(msg!("label `", label, "` ", problem));
        }
        labels += 1;
        last = label;
    }
    if labels < 2 {
        return Err(
            "it has a single label, a fully qualified name has at least two (`ml.example.com`)"
                .into(),
        );
    }
    if last.bytes().all(|b| b.is_ascii_digit()) {
        return Err(msg!("its last label `", last, "` is all digits"));
    }
    Ok(())
}

/// Checks a DNS-1123 label, the syntax of a Kubernetes namespace name: 1–63 lowercase letters,
/// digits and `-`, starting and ending with a letter or digit. Nothing is normalised.
pub fn check_dns_label(name: &str) -> Result<(), String> {
    match label_problem(name, true) {
        Some(problem) => Err(msg!("it ", problem)),
        None => Ok(()),
    }
}

/// What is wrong with one label, as a clause after "label `x`" or "it"; `None` when it is fine.
/// `strict_case`: upper case is an error (namespace names); otherwise letters of either case are
/// accepted (DNS names, which are compared lowercased).
fn label_problem(label: &str, strict_case: bool) -> Option<String> {
    if label.is_empty() {
        return Some("is empty".into());
    }
    let allowed = if strict_case {
        "only lowercase letters, digits and `-` are allowed"
    } else {
        "only letters, digits and `-` are allowed"
    };
    if let Some(c) = label.chars().find(|&c| {
        !(c.is_ascii_lowercase()
            || c.is_ascii_digit()
            || c == '-'
            || (!strict_case && c.is_ascii_uppercase()))
    }) {
        return Some(msg!("contains `", c, "` (", allowed, ')'));
    }
    // Only ASCII from here on: length in bytes is length in characters.
    if label.len() > MAX_LABEL {
        return Some(msg!(
            "is ",
            label.len(),
            " characters long, more than ",
            MAX_LABEL
        ));
    }
    if label.starts_with('-') {
        return Some("starts with `-`".into());
    }
    if label.ends_with('-') {
        return Some("ends with `-`".into());
    }
    None
}

/// Whether a certificate SAN covers a host name. Both are compared case-insensitively, with one
/// trailing dot ignored. A wildcard SAN `*.example.com` covers exactly one more label
/// (`ml.example.com`), neither `example.com` nor `a.b.example.com`; a `*` anywhere but as the
/// whole first label is not a wildcard (browsers do not honour `f*.example.com`).
pub fn san_covers(san: &str, host: &str) -> bool {
    let san = san.strip_suffix('.').unwrap_or(san);
    let host = host.strip_suffix('.').unwrap_or(host);
    if let Some(parent) = san.strip_prefix("*.") {
        return match host.split_once('.') {
            Some((first, rest)) => !first.is_empty() && rest.eq_ignore_ascii_case(parent),
            None => false,
        };
    }
    san.eq_ignore_ascii_case(host)
}

/// The wildcard SAN that would cover `host` (`ml.example.com` → `*.example.com`), when the
/// parent still has two labels.
pub fn wildcard_for(host: &str) -> Option<String> {
    let (_, parent) = host.split_once('.')?;
    parent.contains('.').then(|| msg!("*.", parent))
}

/// Whether `name` is `other` or a subdomain of it, comparing whole labels of normalised names
/// (`a.ml.example.com` is under `ml.example.com`; `xml.example.com` is not).
pub fn is_at_or_under(name: &str, other: &str) -> bool {
    name == other
        || name
            .strip_suffix(other)
            .is_some_and(|head| head.ends_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(n: usize) -> String {
        "a".repeat(n)
    }

    #[test]
    fn normalises_case_and_one_trailing_dot() {
        assert_eq!(normalize_fqdn("ML.Example.COM."), "ml.example.com");
        assert_eq!(normalize_fqdn("ml.example.com.."), "ml.example.com.");
        assert_eq!(normalize_fqdn("ml.example.com"), "ml.example.com");
    }

    #[test]
    fn valid_names() {
        for ok in [
            "ml.example.com",
            "ML.Example.com",
            "ml.example.com.",
            "a-b.c1.example.io",
            "1ml.example.com",
            "xn--bcher-kva.example",
            "ml.example.c0m",
        ] {
            assert_eq!(check_dns_name(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn label_length_boundary() {
        assert!(check_dns_name(&format!("{}.example.com", label(63))).is_ok());
        let err = check_dns_name(&format!("{}.example.com", label(64))).unwrap_err();
        assert!(
            err.ends_with("is 64 characters long, more than 63"),
            "{err}"
        );
    }

    #[test]
    fn name_length_boundary() {
        // 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253
        let n253 = format!("{0}.{0}.{0}.{1}", label(63), label(61));
        assert_eq!(n253.len(), 253);
        assert!(check_dns_name(&n253).is_ok());
        assert!(check_dns_name(&format!("{n253}.")).is_ok());
        let n254 = format!("{0}.{0}.{0}.{1}", label(63), label(62));
        assert_eq!(
            check_dns_name(&n254).unwrap_err(),
            "it is 254 characters long, more than 253"
        );
    }

    #[test]
    fn invalid_names() {
        let cases = [
            ("", "it is empty"),
            ("ml..example.com", "it contains `..` (an empty label)"),
            ("ml.example.com..", "it ends with two dots"),
            (".ml.example.com", "it starts with a dot"),
            ("10.0.0.1", "it is an IP address, a DNS name is needed"),
            ("10.0.0.1.", "it is an IP address, a DNS name is needed"),
            ("::1", "it is an IP address, a DNS name is needed"),
            (
                "localhost",
                "it has a single label, a fully qualified name has at least two (`ml.example.com`)",
            ),
            ("ml.example.123", "its last label `123` is all digits"),
            (
                "ml_1.example.com",
                "label `ml_1` contains `_` (only letters, digits and `-` are allowed)",
            ),
            ("-ml.example.com", "label `-ml` starts with `-`"),
            ("ml-.example.com", "label `ml-` ends with `-`"),
            (
                "ml example.com",
                "label `ml example` contains ` ` (only letters, digits and `-` are allowed)",
            ),
            (
                "mé.example.com",
                "label `mé` contains `é` (only letters, digits and `-` are allowed)",
            ),
        ];
        for (name, reason) in cases {
            assert_eq!(check_dns_name(name), Err(reason.to_string()), "{name}");
        }
    }

    #[test]
    fn dns_labels() {
        assert!(check_dns_label("dss-ns-alice").is_ok());
        assert!(check_dns_label(&label(63)).is_ok());
        assert!(check_dns_label("0abc9").is_ok());
        let cases = [
            ("", "it is empty"),
            (
                "dss-ns-Bob",
                "it contains `B` (only lowercase letters, digits and `-` are allowed)",
            ),
            (
                "dss.ns",
                "it contains `.` (only lowercase letters, digits and `-` are allowed)",
            ),
            ("-ns", "it starts with `-`"),
            ("dss-ns-", "it ends with `-`"),
        ];
        for (name, reason) in cases {
            assert_eq!(check_dns_label(name), Err(reason.to_string()), "{name}");
        }
        assert_eq!(
            check_dns_label(&label(64)).unwrap_err(),
            "it is 64 characters long, more than 63"
        );
    }

    #[test]
    fn wildcards_cover_exactly_one_label() {
        assert!(san_covers("*.example.com", "ml.example.com"));
        assert!(san_covers("*.Example.COM", "ML.example.com."));
        assert!(!san_covers("*.example.com", "example.com"));
        assert!(!san_covers("*.example.com", "a.b.example.com"));
        assert!(!san_covers("*.example.com", ".example.com"));
        assert!(!san_covers("f*.example.com", "foo.example.com"));
        assert!(san_covers("ml.example.com", "ML.EXAMPLE.COM"));
        assert!(san_covers("ml.example.com.", "ml.example.com"));
        assert!(!san_covers("ml.example.com", "dash-ml.example.com"));
        assert!(!san_covers("*.ml.example.com", "ml.example.com"));
    }

    #[test]
    fn wildcard_suggestion() {
        assert_eq!(
            wildcard_for("ml.example.com").as_deref(),
            Some("*.example.com")
        );
        assert_eq!(wildcard_for("example.com"), None);
    }

    #[test]
    fn nesting_on_whole_labels() {
        assert!(is_at_or_under("ml.example.com", "ml.example.com"));
        assert!(is_at_or_under("a.ml.example.com", "ml.example.com"));
        assert!(!is_at_or_under("xml.example.com", "ml.example.com"));
        assert!(!is_at_or_under("example.com", "ml.example.com"));
    }
}
