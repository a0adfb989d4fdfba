//! RFC 6901 JSON Pointers.

/// Escapes one reference token: `~` → `~0`, `/` → `~1`.
pub fn escape(token: &str) -> std::borrow::Cow<'_, str> {
    if token.contains(['~', '/']) {
        std::borrow::Cow::Owned(token.replace('~', "~0").replace('/', "~1"))
    } else {
        std::borrow::Cow::Borrowed(token)
    }
}

/// `parent` + `/` + escaped `token`.
pub fn join(parent: &str, token: &str) -> String {
    let token = escape(token);
    let mut s = String::with_capacity(parent.len() + 1 + token.len());
    s.push_str(parent);
    s.push('/');
    s.push_str(&token);
    s
}

/// `parent` + `/` + `index`.
pub fn join_index(parent: &str, index: usize) -> String {
    format!("{parent}/{index}")
}

/// Whether `path` is `prefix` or lies below it, comparing whole segments
/// (`/nodePools/2` covers `/nodePools/2/cpu` but not `/nodePools/20`).
pub fn is_at_or_below(path: &str, prefix: &str) -> bool {
    match path.strip_prefix(prefix) {
        Some(rest) => rest.is_empty() || rest.starts_with('/') || prefix.is_empty(),
        None => false,
    }
}

/// Whether `s` is a syntactically valid JSON Pointer.
pub fn is_valid(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    if !s.starts_with('/') {
        return false;
    }
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '~' && !matches!(chars.next(), Some('0' | '1')) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_tokens() {
        assert_eq!(
            join("/nodePools/0/labels", "dominodatalab.com/node-pool"),
            "/nodePools/0/labels/dominodatalab.com~1node-pool"
        );
        assert_eq!(escape("a~b"), "a~0b");
    }

    #[test]
    fn whole_segments() {
        assert!(is_at_or_below("/nodePools/2/cpu", "/nodePools/2"));
        assert!(is_at_or_below("/nodePools/2", "/nodePools/2"));
        assert!(!is_at_or_below("/nodePools/20", "/nodePools/2"));
        assert!(is_at_or_below("/anything", ""));
    }

    #[test]
    fn validity() {
        assert!(is_valid("/a~0b/c~1d"));
        assert!(!is_valid("a/b"));
        assert!(!is_valid("/a~2"));
    }
}
