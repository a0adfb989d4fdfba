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

/// Appends `/` + `index` to a pointer.
pub fn push_index(s: &mut String, index: usize) {
    s.push('/');
    crate::text::Piece::put(&index, s);
}

/// Whether `path` is `prefix` or lies below it, comparing whole segments
/// (`/nodePools/2` covers `/nodePools/2/cpu` but not `/nodePools/20`). The definition; the
/// engine looks each of [`prefixes`] up instead, and a test checks that the two agree.
#[cfg(test)]
pub fn is_at_or_below(path: &str, prefix: &str) -> bool {
    match path.strip_prefix(prefix) {
        Some(rest) => rest.is_empty() || rest.starts_with('/') || prefix.is_empty(),
        None => false,
    }
}

/// `path` and every pointer above it, shortest first: `/a/b` gives ``, `/a`, `/a/b`. A pointer
/// is at or below `p` exactly when `p` is one of these.
pub fn prefixes(path: &str) -> impl Iterator<Item = &str> {
    let cuts = path
        .char_indices()
        .filter(|&(_, c)| c == '/')
        .map(|(i, _)| i)
        .chain(std::iter::once(path.len()));
    cuts.filter_map(move |i| path.get(..i))
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
    fn prefixes_agree_with_is_at_or_below() {
        let got: Vec<&str> = prefixes("/a/b~1c/0").collect();
        assert_eq!(got, ["", "/a", "/a/b~1c", "/a/b~1c/0"]);
        assert_eq!(prefixes("").collect::<Vec<_>>(), [""]);
        for path in ["/nodePools/2/cpu", "/nodePools/20", "/x"] {
            for p in ["", "/nodePools", "/nodePools/2", "/nodePools/2/cpu", "/x/y"] {
                assert_eq!(
                    prefixes(path).any(|q| q == p),
                    is_at_or_below(path, p),
                    "{path} {p}"
                );
            }
        }
    }

    #[test]
    fn escapes_tokens() {
        assert_eq!(
            join("/nodePools/0/labels", "dominodatalab.com/node-pool"),
            "/nodePools/0/labels/dominodatalab.com~1node-pool"
        );
        assert_eq!(escape("a~b"), "a~0b");
    }

    #[test]
    fn index_paths() {
        let join_index = |parent: &str, i: usize| {
            let mut s = parent.to_string();
            push_index(&mut s, i);
            s
        };
        for i in [0, 1, 9, 10, 99, 100, 12345, usize::MAX] {
            assert_eq!(join_index("/nodePools", i), format!("/nodePools/{i}"));
        }
        assert_eq!(join_index("", 3), "/3");
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
