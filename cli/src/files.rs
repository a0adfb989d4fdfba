//! The inputs of `check`: files as named, directories (their `*.json`, `*.yaml`, `*.yml` files,
//! not recursing, hidden files left out) and glob patterns (`*`, `?` and `[…]` in any path
//! component, expanded here so a quoted pattern works on every shell and on Windows).
use std::path::Path;

const EXTENSIONS: [&str; 3] = ["json", "yaml", "yml"];

/// Every input, in order: its name, or a usage error (a pattern that matched nothing, an empty
/// directory).
pub fn expand(args: &[String]) -> Vec<(String, Result<(), String>)> {
    let mut out = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push((arg.clone(), Ok(())));
        } else if Path::new(arg).is_dir() {
            let found = documents_in(arg);
            if found.is_empty() {
                out.push((
                    arg.clone(),
                    Err(format!("`{arg}` holds no `.json`, `.yaml` or `.yml` file")),
                ));
            }
            out.extend(found.into_iter().map(|f| (f, Ok(()))));
        } else if is_glob(arg) {
            let found = glob(arg);
            if found.is_empty() {
                out.push((arg.clone(), Err(format!("no file matches `{arg}`"))));
            }
            out.extend(found.into_iter().map(|f| (f, Ok(()))));
        } else {
            out.push((arg.clone(), Ok(())));
        }
    }
    out
}

fn is_glob(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() || dir == "." {
        name.to_string()
    } else if dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

fn sorted_entries(dir: &str) -> Vec<(String, bool)> {
    let path = if dir.is_empty() { "." } else { dir };
    let mut v: Vec<(String, bool)> = std::fs::read_dir(path)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| {
                    let name = e.file_name().into_string().ok()?;
                    let is_dir = e.file_type().ok()?.is_dir() || e.path().is_dir();
                    Some((name, is_dir))
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn documents_in(dir: &str) -> Vec<String> {
    sorted_entries(dir)
        .into_iter()
        .filter(|(name, is_dir)| !is_dir && !name.starts_with('.') && has_extension(name))
        .map(|(name, _)| join(dir, &name))
        .collect()
}

fn has_extension(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    EXTENSIONS.iter().any(|e| lower.ends_with(&format!(".{e}")))
}

/// Expands a pattern component by component; a directory matched by the last component adds
/// its documents.
fn glob(pattern: &str) -> Vec<String> {
    let absolute = pattern.starts_with('/');
    let mut current: Vec<String> = vec![if absolute { "/".into() } else { String::new() }];
    let parts: Vec<&str> = pattern.split('/').filter(|p| !p.is_empty()).collect();
    let last = parts.len().saturating_sub(1);
    for (i, part) in parts.iter().enumerate() {
        let mut next = Vec::new();
        for dir in &current {
            if !is_glob(part) {
                let p = join(dir, part);
                if Path::new(&p).exists() {
                    next.push(p);
                }
                continue;
            }
            for (name, is_dir) in sorted_entries(dir) {
                if name.starts_with('.') && !part.starts_with('.') {
                    continue;
                }
                if (i == last || is_dir) && matches(part.as_bytes(), name.as_bytes()) {
                    next.push(join(dir, &name));
                }
            }
        }
        current = next;
    }
    let mut files = Vec::new();
    for p in current {
        if Path::new(&p).is_dir() {
            files.extend(documents_in(&p));
        } else {
            files.push(p);
        }
    }
    files
}

/// Shell wildcard matching of one path component: `*`, `?`, `[abc]`, `[a-z]`, `[!x]`.
fn matches(pat: &[u8], name: &[u8]) -> bool {
    match pat.split_first() {
        None => name.is_empty(),
        Some((b'*', rest)) => (0..=name.len()).any(|i| matches(rest, name.get(i..).unwrap_or(&[]))),
        Some((b'?', rest)) => name.split_first().is_some_and(|(_, n)| matches(rest, n)),
        Some((b'[', rest)) => {
            let Some(close) = rest.iter().skip(1).position(|&c| c == b']').map(|p| p + 1) else {
                return name.first() == Some(&b'[') && matches(rest, name.get(1..).unwrap_or(&[]));
            };
            let (class, after) = (
                rest.get(..close).unwrap_or(&[]),
                rest.get(close + 1..).unwrap_or(&[]),
            );
            let (negate, class) = match class.split_first() {
                Some((b'!' | b'^', c)) => (true, c),
                _ => (false, class),
            };
            let Some((&c, n)) = name.split_first() else {
                return false;
            };
            let mut hit = false;
            let mut i = 0;
            while let Some(&a) = class.get(i) {
                if class.get(i + 1) == Some(&b'-') {
                    if let Some(&b) = class.get(i + 2) {
                        hit |= a <= c && c <= b;
                        i += 3;
                        continue;
                    }
                }
                hit |= a == c;
                i += 1;
            }
            hit != negate && matches(after, n)
        }
        Some((&c, rest)) => name
            .split_first()
            .is_some_and(|(&n, nr)| n == c && matches(rest, nr)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        assert!(matches(b"*.json", b"a.json"));
        assert!(!matches(b"*.json", b"a.yaml"));
        assert!(matches(b"a?[0-9].y*ml", b"ab1.yaml"));
        assert!(matches(b"[!x]*", b"y"));
        assert!(!matches(b"[!x]*", b"x"));
    }
}
