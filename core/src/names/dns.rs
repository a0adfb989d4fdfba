//! DNS names (RFC 1123 host names as the `fqdn-invalid` rule states them).

/// Lowercases and drops one trailing dot: `ML.Example.com.` → `ml.example.com`.
pub fn normalize_fqdn(name: &str) -> String {
    let t = name.trim();
    t.strip_suffix('.').unwrap_or(t).to_ascii_lowercase()
}
