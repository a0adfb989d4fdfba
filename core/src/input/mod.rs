//! The input: limits, the typed model and the parser that fills it.
pub mod fields;
pub mod json;
pub mod model;
pub(crate) mod parse;
pub mod pointer;
pub mod quantity;
mod suggest;
pub mod version;

pub use parse::{describe, display, parse_ipv4_cidr, ticks};
pub use suggest::closest;

use crate::error::{Error, ErrorCode};
use serde_json::Value;

/// Largest document accepted: 1 MiB.
pub const MAX_BYTES: usize = 1024 * 1024;
/// Deepest nesting accepted: the top-level object is depth 1.
pub const MAX_DEPTH: usize = 64;

/// Checks size and nesting of a JSON text before parsing it, so a hostile document never reaches
/// the parser's recursion. Strings are skipped, so brackets inside them do not count.
pub fn check_text(text: &str) -> Result<(), Error> {
    if text.len() > MAX_BYTES {
        return Err(too_large(text.len()));
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for b in text.bytes() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(too_deep());
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Parses a JSON text within the limits: the size is checked first, serde_json's own recursion
/// limit (128) keeps the parser's stack bounded, and the nesting limit (64) is then checked on
/// the tree, which is much cheaper than scanning every byte.
pub fn parse_text(text: &str) -> Result<Value, Error> {
    if text.len() > MAX_BYTES {
        return Err(too_large(text.len()));
    }
    let value: Value = serde_json::from_str(text).map_err(not_json)?;
    if depth_exceeds(&value, 1) {
        return Err(too_deep());
    }
    Ok(value)
}

/// [`parse_text`] into the parser's borrowed tree ([`json::Json`]): the same limits and errors,
/// without copying strings or building `BTreeMap`s.
pub fn parse_doc(text: &str) -> Result<json::Json<'_>, Error> {
    if text.len() > MAX_BYTES {
        return Err(too_large(text.len()));
    }
    let (value, deep) = json::Json::from_str(text, MAX_DEPTH).map_err(not_json)?;
    if deep {
        return Err(too_deep());
    }
    Ok(value)
}

fn not_json(e: serde_json::Error) -> Error {
    if e.to_string().starts_with("recursion limit exceeded") {
        too_deep()
    } else {
        Error::new(
            ErrorCode::InputNotJson,
            format!("the document is not JSON: {e}"),
        )
    }
}

fn depth_exceeds(v: &Value, depth: usize) -> bool {
    match v {
        Value::Array(a) => depth > MAX_DEPTH || a.iter().any(|x| depth_exceeds(x, depth + 1)),
        Value::Object(o) => depth > MAX_DEPTH || o.values().any(|x| depth_exceeds(x, depth + 1)),
        _ => false,
    }
}

/// The same limits for a document that arrives as a value (Python dict, JS object): nesting, and
/// the size its JSON text would have.
pub fn check_value(v: &Value) -> Result<(), Error> {
    let mut size = 0usize;
    walk(v, 1, &mut size)?;
    if size > MAX_BYTES {
        return Err(too_large(size));
    }
    Ok(())
}

fn walk(v: &Value, depth: usize, size: &mut usize) -> Result<(), Error> {
    if *size > MAX_BYTES {
        return Ok(());
    }
    match v {
        Value::Null => *size += 4,
        Value::Bool(_) => *size += 5,
        Value::Number(_) => *size += 8,
        Value::String(s) => *size += s.len() + 2,
        Value::Array(a) => {
            if depth > MAX_DEPTH {
                return Err(too_deep());
            }
            *size += 2 + a.len();
            for x in a {
                walk(x, depth + 1, size)?;
            }
        }
        Value::Object(o) => {
            if depth > MAX_DEPTH {
                return Err(too_deep());
            }
            *size += 2 + o.len();
            for (k, x) in o {
                *size += k.len() + 3;
                walk(x, depth + 1, size)?;
            }
        }
    }
    Ok(())
}

fn too_large(n: usize) -> Error {
    Error::new(
        ErrorCode::InputTooLarge,
        format!("the document is {n} bytes, more than the 1 MiB ({MAX_BYTES} bytes) limit"),
    )
}

fn too_deep() -> Error {
    Error::new(
        ErrorCode::InputTooDeep,
        format!("the document nests deeper than {MAX_DEPTH} levels"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_is_counted_outside_strings() {
        let deep = "[".repeat(65) + &"]".repeat(65);
        assert_eq!(check_text(&deep).unwrap_err().code, ErrorCode::InputTooDeep);
        let ok = "[".repeat(64) + &"]".repeat(64);
        assert!(check_text(&ok).is_ok());
        let in_string = format!("{{\"a\": \"{}\"}}", "[".repeat(200));
        assert!(check_text(&in_string).is_ok());
    }

    #[test]
    fn parse_text_limits() {
        for n in [65, 100, 128, 129, 200, 5000] {
            let deep = "[".repeat(n) + &"]".repeat(n);
            assert_eq!(
                parse_text(&deep).unwrap_err().code,
                ErrorCode::InputTooDeep,
                "{n}"
            );
        }
        let ok = "[".repeat(64) + &"]".repeat(64);
        assert!(parse_text(&ok).is_ok());
        assert_eq!(parse_text("{").unwrap_err().code, ErrorCode::InputNotJson);
        for n in [63, 64, 65, 100, 128, 129, 200, 5000] {
            let deep = "[".repeat(n) + &"]".repeat(n);
            let a = parse_text(&deep)
                .map(|_| ())
                .map_err(|e| (e.code, e.message));
            let b = parse_doc(&deep)
                .map(|_| ())
                .map_err(|e| (e.code, e.message));
            assert_eq!(a, b, "{n}");
        }
        for text in ["{", "", "[1,]", "{\"a\":1}}", "\"\\ud800\""] {
            let a = parse_text(text)
                .map(|_| ())
                .map_err(|e| (e.code, e.message));
            let b = parse_doc(text).map(|_| ()).map_err(|e| (e.code, e.message));
            assert_eq!(a, b, "{text}");
        }
    }

    #[test]
    fn value_depth_matches_text_depth() {
        let mut v = Value::Null;
        for _ in 0..65 {
            v = Value::Array(vec![v]);
        }
        assert_eq!(check_value(&v).unwrap_err().code, ErrorCode::InputTooDeep);
    }
}
