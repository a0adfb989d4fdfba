//! Kubernetes label keys and values, validated exactly as Kubernetes validates them
//! (`k8s.io/apimachinery/pkg/util/validation`: `IsQualifiedName` for keys, `IsValidLabelValue`
//! for values). No regex: each check walks the bytes once. The error is a reason that completes
//! a message ("… is not valid: <reason>").
use crate::text::msg;

/// Longest label name (the part after `/`) and label value.
pub const NAME_MAX: usize = 63;
/// Longest key prefix (a DNS-1123 subdomain).
pub const PREFIX_MAX: usize = 253;

/// A label key: an optional prefix (a lowercase DNS-1123 subdomain of at most 253 characters)
/// and `/`, then a name of at most 63 characters of `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`.
pub fn validate_key(key: &str) -> Result<(), String> {
    if key.is_empty() {
        return Err("the key is empty".to_string());
    }
    let mut parts = key.splitn(3, '/');
    let first = parts.next().unwrap_or_default();
    match (parts.next(), parts.next()) {
        (None, _) => validate_name(first, "name"),
        (Some(name), None) => {
            if first.is_empty() {
                return Err("the prefix before `/` is empty".to_string());
            }
            validate_prefix(first)?;
            if name.is_empty() {
                return Err("the name after `/` is empty".to_string());
            }
            validate_name(name, "name")
        }
        (Some(_), Some(_)) => Err("the key has more than one `/`".to_string()),
    }
}

/// A label value: empty, or at most 63 characters of `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`.
pub fn validate_value(value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Ok(());
    }
    validate_name(value, "value")
}

/// A key prefix: a DNS-1123 subdomain, dot-separated parts of `[a-z0-9]([-a-z0-9]*[a-z0-9])?`,
/// at most 253 characters in all (no per-part limit, as Kubernetes checks it).
pub fn validate_prefix(prefix: &str) -> Result<(), String> {
    let len = prefix.chars().count();
    if len > PREFIX_MAX {
        return Err(msg!(
            "the prefix is ",
            len,
            " characters long, at most ",
            PREFIX_MAX,
            " are allowed"
        ));
    }
    for part in prefix.split('.') {
        let (Some(first), Some(last)) = (part.chars().next(), part.chars().last()) else {
            return Err(msg!(
                "the prefix `",
                prefix,
                "` has an empty part between dots"
            ));
        };
        if let Some(c) = part
            .chars()
            .find(|&c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        {
            let what = if c.is_ascii_uppercase() {
                "the upper-case letter"
            } else {
                "the character"
            };
            return Err(msg!(
                "the prefix contains ",
                what,
                " `",
                c,
                "`; a prefix is a lowercase DNS subdomain of \
                 `a-z`, `0-9`, `-` and `.`"
            ));
        }
        if first == '-' {
            return Err(msg!("the prefix part `", part, "` starts with `-`"));
        }
        if last == '-' {
            return Err(msg!("the prefix part `", part, "` ends with `-`"));
        }
    }
    Ok(())
}

/// A label name or value (non-empty): at most 63 characters, letters and digits at both ends,
/// letters, digits, `-`, `_` and `.` between. `what` is `name` or `value`.
pub fn validate_name(s: &str, what: &str) -> Result<(), String> {
    let len = s.chars().count();
    let (Some(first), Some(last)) = (s.chars().next(), s.chars().last()) else {
        return Err(msg!("the ", what, " is empty"));
    };
    if len > NAME_MAX {
        return Err(msg!(
            "the ",
            what,
            " is ",
            len,
            " characters long, at most ",
            NAME_MAX,
            " are allowed"
        ));
    }
    if let Some(c) = s
        .chars()
        .find(|&c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(msg!(
            "the ",
            what,
            " contains `",
            c,
            "`; only letters, digits, `-`, `_` and `.` are allowed"
        ));
    }
    if !first.is_ascii_alphanumeric() {
        return Err(msg!(
            "the ",
            what,
            " starts with `",
            first,
            "`, not a letter or digit"
        ));
    }
    if !last.is_ascii_alphanumeric() {
        return Err(msg!(
            "the ",
            what,
            " ends with `",
            last,
            "`, not a letter or digit"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok_key(k: &str) -> bool {
        validate_key(k).is_ok()
    }

    #[test]
    fn valid_keys() {
        for k in [
            "app",
            "a",
            "A",
            "9",
            "dominodatalab.com/node-pool",
            "domino/build-node",
            "nvidia.com/gpu",
            "kubernetes.io/role",
            "a.b-c_d",
            "x/Y",
            "1.2.3/a",
            "a-b.c-d/e",
        ] {
            assert!(ok_key(k), "{k}: {:?}", validate_key(k));
        }
    }

    #[test]
    fn empty_and_slashes() {
        assert_eq!(validate_key("").unwrap_err(), "the key is empty");
        assert_eq!(
            validate_key("/name").unwrap_err(),
            "the prefix before `/` is empty"
        );
        assert_eq!(
            validate_key("prefix/").unwrap_err(),
            "the name after `/` is empty"
        );
        assert_eq!(
            validate_key("a/b/c").unwrap_err(),
            "the key has more than one `/`"
        );
        assert!(!ok_key("/"));
        assert!(!ok_key("a//b"));
    }

    #[test]
    fn name_length() {
        let n63 = "a".repeat(63);
        let n64 = "a".repeat(64);
        assert!(ok_key(&n63));
        assert_eq!(
            validate_key(&n64).unwrap_err(),
            "the name is 64 characters long, at most 63 are allowed"
        );
        assert!(ok_key(&format!("example.com/{n63}")));
        assert!(!ok_key(&format!("example.com/{n64}")));
    }

    #[test]
    fn prefix_length() {
        // 253 characters: parts of 63 joined by dots (no per-part limit is checked anyway).
        let part = "a".repeat(63);
        let p253 = format!("{part}.{part}.{part}.{}", "b".repeat(61));
        assert_eq!(p253.len(), 253);
        assert!(ok_key(&format!("{p253}/x")));
        let p254 = format!("{p253}c");
        assert_eq!(
            validate_key(&format!("{p254}/x")).unwrap_err(),
            "the prefix is 254 characters long, at most 253 are allowed"
        );
        // No per-part limit: one 100-character part is fine.
        assert!(ok_key(&format!("{}/x", "a".repeat(100))));
    }

    #[test]
    fn prefix_syntax() {
        assert!(validate_key("Example.com/x")
            .unwrap_err()
            .starts_with("the prefix contains the upper-case letter `E`;"));
        assert!(validate_key("exa_mple.com/x")
            .unwrap_err()
            .starts_with("the prefix contains the character `_`;"));
        assert_eq!(
            validate_key("-example.com/x").unwrap_err(),
            "the prefix part `-example` starts with `-`"
        );
        assert_eq!(
            validate_key("example-.com/x").unwrap_err(),
            "the prefix part `example-` ends with `-`"
        );
        for bad in [".example.com/x", "example.com./x", "example..com/x"] {
            assert!(
                validate_key(bad).unwrap_err().contains("empty part"),
                "{bad}"
            );
        }
    }

    #[test]
    fn name_ends() {
        for (k, reason) in [
            ("-a", "the name starts with `-`, not a letter or digit"),
            (".a", "the name starts with `.`, not a letter or digit"),
            ("_a", "the name starts with `_`, not a letter or digit"),
            ("a-", "the name ends with `-`, not a letter or digit"),
            ("a.", "the name ends with `.`, not a letter or digit"),
            ("a_", "the name ends with `_`, not a letter or digit"),
            ("x/-a", "the name starts with `-`, not a letter or digit"),
        ] {
            assert_eq!(validate_key(k).unwrap_err(), reason, "{k}");
        }
        assert!(validate_key("a b")
            .unwrap_err()
            .starts_with("the name contains ` `"));
        assert!(validate_key("café").unwrap_err().contains("`é`"));
    }

    #[test]
    fn values() {
        assert!(validate_value("").is_ok());
        assert!(validate_value("true").is_ok());
        assert!(validate_value("default-gpu").is_ok());
        assert!(validate_value("A.b_C-9").is_ok());
        assert!(validate_value(&"v".repeat(63)).is_ok());
        assert_eq!(
            validate_value(&"v".repeat(64)).unwrap_err(),
            "the value is 64 characters long, at most 63 are allowed"
        );
        assert_eq!(
            validate_value("-x").unwrap_err(),
            "the value starts with `-`, not a letter or digit"
        );
        assert_eq!(
            validate_value("x_").unwrap_err(),
            "the value ends with `_`, not a letter or digit"
        );
        assert!(validate_value("a/b").unwrap_err().contains("`/`"));
    }
}
