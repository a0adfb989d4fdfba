//! Object-store bucket and container names (S3, Azure Blob, GCS), as the `bucket-name` rule
//! states them. Each check returns the first clause the name breaks, worded to follow
//! "… is not a valid S3 bucket name: ", e.g. "it contains `..`".
//!
//! Which rules apply per store type: `s3` → [`s3`]; `s3-compatible` → [`s3_compatible`] (S3's
//! syntax without the prefixes and suffixes AWS reserves for its own features, which other S3
//! servers do not reserve); `azure-blob` → [`azure_container`]; `gcs` → [`gcs`]; `kfs` (a
//! storage class, not an object store) → none.
use crate::text::msg;

/// S3 (AWS): 3–63 characters of lowercase letters, digits, `.` and `-`; starts and ends with a
/// letter or digit; no `..`; not formatted like an IPv4 address; no `xn--`, `sthree-` or
/// `amzn-s3-demo-` prefix; no `-s3alias`, `--ol-s3`, `.mrap`, `--x-s3` or `--table-s3` suffix.
pub fn s3(name: &str) -> Result<(), String> {
    s3_compatible(name)?;
    for prefix in ["xn--", "sthree-", "amzn-s3-demo-"] {
        if name.starts_with(prefix) {
            return Err(msg!("it starts with `", prefix, "`, a prefix S3 reserves"));
        }
    }
    for suffix in ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"] {
        if name.ends_with(suffix) {
            return Err(msg!("it ends with `", suffix, "`, a suffix S3 reserves"));
        }
    }
    Ok(())
}

/// An S3-compatible store (MinIO, Ceph RGW, …): S3's syntax, without AWS's reserved prefixes
/// and suffixes.
pub fn s3_compatible(name: &str) -> Result<(), String> {
    length(name, 63)?;
    allowed(
        name,
        |c| c == '.' || c == '-',
        "lowercase letters, digits, `.` and `-`",
    )?;
    ends_alnum(name)?;
    if name.contains("..") {
        return Err("it contains `..`".into());
    }
    if ipv4_like(name) {
        return Err("it is formatted like an IPv4 address".into());
    }
    Ok(())
}

/// Azure Blob container: 3–63 characters of lowercase letters, digits and single hyphens, each
/// hyphen between two letters or digits; starts with a letter or digit.
pub fn azure_container(name: &str) -> Result<(), String> {
    length(name, 63)?;
    allowed(name, |c| c == '-', "lowercase letters, digits and `-`")?;
    if name.starts_with('-') {
        return Err("it starts with `-`, not a letter or digit".into());
    }
    if name.contains("--") {
        return Err("it contains `--`; hyphens must be single".into());
    }
    if name.ends_with('-') {
        return Err("it ends with `-`; every hyphen must be followed by a letter or digit".into());
    }
    Ok(())
}

/// GCS: lowercase letters, digits, `-`, `_` and `.`; starts and ends with a letter or digit;
/// 3–63 characters, or up to 222 when it contains dots with every dot-separated part at most
/// 63; not an IPv4 address in dotted-decimal notation (`192.168.5.4`); no `goog` prefix; no
/// `google` anywhere.
pub fn gcs(name: &str) -> Result<(), String> {
    let max = if name.contains('.') { 222 } else { 63 };
    length(name, max)?;
    allowed(
        name,
        |c| c == '-' || c == '_' || c == '.',
        "lowercase letters, digits, `-`, `_` and `.`",
    )?;
    ends_alnum(name)?;
    for part in name.split('.') {
        if part.is_empty() {
            return Err("it contains `..`; dot-separated parts cannot be empty".into());
        }
        let n = part.chars().count();
        if n > 63 {
            return Err(msg!(
                "its part `",
                part,
                "` has ",
                n,
                " characters; each dot-separated part may have at most 63"
            ));
        }
    }
    if ipv4_address(name) {
        return Err("it is an IPv4 address in dotted-decimal notation".into());
    }
    if name.starts_with("goog") {
        return Err("it starts with `goog`, which GCS reserves".into());
    }
    if name.contains("google") {
        return Err("it contains `google`, which GCS reserves".into());
    }
    Ok(())
}

fn length(name: &str, max: usize) -> Result<(), String> {
    let n = name.chars().count();
    if (3..=max).contains(&n) {
        Ok(())
    } else {
        let unit = if n == 1 { "character" } else { "characters" };
        Err(msg!(
            "it has ",
            n,
            ' ',
            unit,
            "; 3 to ",
            max,
            " are allowed"
        ))
    }
}

fn allowed(name: &str, extra: impl Fn(char) -> bool, listed: &str) -> Result<(), String> {
    match name
        .chars()
        .find(|&c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || extra(c)))
    {
        Some(c) => Err(msg!('`', c, "` is not allowed; use only ", listed)),
        None => Ok(()),
    }
}

fn ends_alnum(name: &str) -> Result<(), String> {
    let alnum = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
    if let Some(c) = name.chars().next().filter(|&c| !alnum(c)) {
        return Err(msg!("it starts with `", c, "`, not a letter or digit"));
    }
    if let Some(c) = name.chars().next_back().filter(|&c| !alnum(c)) {
        return Err(msg!("it ends with `", c, "`, not a letter or digit"));
    }
    Ok(())
}

/// Four dot-separated runs of digits (`192.168.5.4`), as S3 rejects them.
fn ipv4_like(name: &str) -> bool {
    let mut parts = 0;
    for part in name.split('.') {
        parts += 1;
        if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    parts == 4
}

/// An IPv4 address in dotted-decimal notation: four dot-separated decimal numbers of one to
/// three digits, each at most 255 (`192.168.5.4`, `10.0.0.01`), as GCS rejects them.
fn ipv4_address(name: &str) -> bool {
    let mut parts = 0;
    for part in name.split('.') {
        parts += 1;
        let decimal = (1..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
        if !decimal || part.parse::<u16>().map_or(true, |n| n > 255) {
            return false;
        }
    }
    parts == 4
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
    use super::*;

    fn err(r: Result<(), String>) -> String {
        r.expect_err("expected an invalid name")
    }

    #[test]
    fn s3_length() {
        assert_eq!(err(s3("ab")), "it has 2 characters; 3 to 63 are allowed");
        assert!(s3("abc").is_ok());
        assert!(s3(&"a".repeat(63)).is_ok());
        assert_eq!(
            err(s3(&"a".repeat(64))),
            "it has 64 characters; 3 to 63 are allowed"
        );
        assert_eq!(err(s3("")), "it has 0 characters; 3 to 63 are allowed");
    }

    #[test]
    fn s3_characters_and_ends() {
        assert_eq!(
            err(s3("My-Bucket")),
            "`M` is not allowed; use only lowercase letters, digits, `.` and `-`"
        );
        assert!(err(s3("my_bucket")).starts_with("`_` is not allowed"));
        assert_eq!(
            err(s3("-bucket")),
            "it starts with `-`, not a letter or digit"
        );
        assert_eq!(
            err(s3("bucket.")),
            "it ends with `.`, not a letter or digit"
        );
        assert!(s3("acme-ml.backups-2").is_ok());
    }

    #[test]
    fn s3_dots_and_ip() {
        assert_eq!(err(s3("my..bucket")), "it contains `..`");
        assert_eq!(
            err(s3("192.168.5.4")),
            "it is formatted like an IPv4 address"
        );
        assert!(s3("192.168.5").is_ok());
        assert!(s3("192.168.5.4.5").is_ok());
        assert!(s3("1.2.3.a").is_ok());
    }

    #[test]
    fn s3_reserved_affixes() {
        assert_eq!(
            err(s3("xn--bucket")),
            "it starts with `xn--`, a prefix S3 reserves"
        );
        assert_eq!(
            err(s3("sthree-bucket")),
            "it starts with `sthree-`, a prefix S3 reserves"
        );
        assert_eq!(
            err(s3("bucket-s3alias")),
            "it ends with `-s3alias`, a suffix S3 reserves"
        );
        assert_eq!(
            err(s3("bucket--ol-s3")),
            "it ends with `--ol-s3`, a suffix S3 reserves"
        );
        assert_eq!(
            err(s3("amzn-s3-demo-bucket")),
            "it starts with `amzn-s3-demo-`, a prefix S3 reserves"
        );
        for suffix in [".mrap", "--x-s3", "--table-s3"] {
            assert_eq!(
                err(s3(&format!("bucket{suffix}"))),
                format!("it ends with `{suffix}`, a suffix S3 reserves")
            );
            assert!(s3_compatible(&format!("bucket{suffix}")).is_ok());
        }
        assert!(s3("amzn-s3-bucket").is_ok());
        assert!(s3("bucket-x-s3").is_ok());
        assert!(s3("bucket.mrap.data").is_ok());
        assert!(s3("three-bucket").is_ok());
        // Other S3 servers do not reserve them.
        assert!(s3_compatible("xn--bucket").is_ok());
        assert!(s3_compatible("bucket-s3alias").is_ok());
        assert!(s3_compatible("my..bucket").is_err());
    }

    #[test]
    fn azure_containers() {
        assert!(azure_container("acme-ml-backups").is_ok());
        assert!(azure_container("abc").is_ok());
        assert!(azure_container("1ab").is_ok());
        assert_eq!(
            err(azure_container("ab")),
            "it has 2 characters; 3 to 63 are allowed"
        );
        assert!(azure_container(&"a".repeat(63)).is_ok());
        assert!(azure_container(&"a".repeat(64)).is_err());
        assert_eq!(
            err(azure_container("acme--ml")),
            "it contains `--`; hyphens must be single"
        );
        assert_eq!(
            err(azure_container("-acme")),
            "it starts with `-`, not a letter or digit"
        );
        assert_eq!(
            err(azure_container("acme-")),
            "it ends with `-`; every hyphen must be followed by a letter or digit"
        );
        assert_eq!(
            err(azure_container("acme.ml")),
            "`.` is not allowed; use only lowercase letters, digits and `-`"
        );
        assert!(err(azure_container("Acme")).starts_with("`A` is not allowed"));
    }

    #[test]
    fn gcs_names() {
        assert!(gcs("acme_ml-backups").is_ok());
        assert!(gcs("a.b").is_ok());
        assert!(err(gcs("ab")).contains("3 to 63"));
        assert!(gcs(&"a".repeat(63)).is_ok());
        assert_eq!(
            err(gcs(&"a".repeat(64))),
            "it has 64 characters; 3 to 63 are allowed"
        );
        // With dots: up to 222, each part at most 63.
        let part = "a".repeat(63);
        let long = format!("{part}.{part}.{part}.{}", "a".repeat(30));
        assert_eq!(long.len(), 222);
        assert!(gcs(&long).is_ok());
        let too_long = format!("{long}a");
        assert_eq!(
            err(gcs(&too_long)),
            "it has 223 characters; 3 to 222 are allowed"
        );
        let big_part = format!("{}.abc", "a".repeat(64));
        assert!(err(gcs(&big_part)).contains("has 64 characters; each dot-separated part"));
        assert!(err(gcs("a..b")).contains("`..`"));
        assert_eq!(
            err(gcs("goog-data")),
            "it starts with `goog`, which GCS reserves"
        );
        assert_eq!(
            err(gcs("my-google-data")),
            "it contains `google`, which GCS reserves"
        );
        assert!(err(gcs("_data")).starts_with("it starts with `_`"));
        assert_eq!(
            err(gcs("192.168.5.4")),
            "it is an IPv4 address in dotted-decimal notation"
        );
        assert!(gcs("10.0.0.01").is_err());
        assert!(gcs("256.1.1.1").is_ok());
        assert!(gcs("1.2.3").is_ok());
        assert!(gcs("1.2.3.4.5").is_ok());
        assert!(gcs("1234.1.1.1").is_ok());
        assert!(err(gcs("Data")).starts_with("`D` is not allowed"));
    }
}
