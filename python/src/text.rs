//! Text helpers of the Python binding (no pyo3 here, so plain `cargo test` covers them).

pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(crate) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes `s`, then shows `backticked` values as `<code>` when the backticks pair up.
pub(crate) fn html_text(s: &str) -> String {
    let parts: Vec<&str> = s.split('`').collect();
    if parts.len() % 2 == 0 {
        return escape_html(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for (i, p) in parts.iter().enumerate() {
        if i % 2 == 1 {
            out.push_str("<code>");
            out.push_str(&escape_html(p));
            out.push_str("</code>");
        } else {
            out.push_str(&escape_html(p));
        }
    }
    out
}

/// `private_prefix` → `privatePrefix`: Python keyword names to the camelCase of the JSON API.
pub(crate) fn camel(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '_' && !out.is_empty() {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_keywords() {
        assert_eq!(camel("private_prefix"), "privatePrefix");
        assert_eq!(camel("zones"), "zones");
        assert_eq!(camel("_x"), "_x");
    }

    #[test]
    fn html_escapes_and_codes() {
        assert_eq!(
            html_text("VPC `<b>` & `x`"),
            "VPC <code>&lt;b&gt;</code> &amp; <code>x</code>"
        );
        assert_eq!(html_text("odd ` tick <"), "odd ` tick &lt;");
    }
}
