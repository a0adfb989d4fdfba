//! The input: limits, the typed model and the parser that fills it.
pub(crate) mod fields;
pub(crate) mod host;
pub(crate) mod json;
pub(crate) mod model;
pub(crate) mod parse;
pub(crate) mod pointer;
pub(crate) mod quantity;
pub mod size;
mod suggest;
pub(crate) mod version;

pub(crate) use parse::{display, ticks};
pub(crate) use suggest::closest;

use crate::error::Error;
use serde_json::Value;

/// What kind of structural problem the parser found; the engine maps each kind to its input rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IssueKind {
    RequiredField,
    InvalidType,
    InvalidValue,
    InvalidCidr,
    CidrHostBits,
    UnknownField,
}

/// One structural problem of the document, with its JSON Pointer, message and hint.
#[derive(Debug, Clone)]
pub(crate) struct Issue {
    pub(crate) kind: IssueKind,
    pub(crate) path: String,
    pub(crate) message: String,
    pub(crate) hint: Option<String>,
}

pub(crate) use crate::error::{MAX_BYTES, MAX_DEPTH};

/// Parses a JSON text within the limits into the parser's borrowed tree ([`json::Json`], its
/// arrays and objects in `bump`): the size is checked first, then the nesting limit while
/// parsing. One leading UTF-8 byte order mark is skipped (the one BOM policy of every runtime, as
/// editors on Windows write one).
pub(crate) fn parse_doc<'a>(text: &'a str, bump: &'a json::Bump) -> Result<json::Json<'a>, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_BYTES {
        return Err(too_large(text.len()));
    }
    let (value, deep) = json::Json::from_str(text, MAX_DEPTH, bump).map_err(not_json)?;
    if deep {
        return Err(too_deep());
    }
    Ok(value)
}

fn not_json(e: serde_json::Error) -> Error {
    Error::not_json(&e)
}

/// The same limits for a document that arrives as a value (Python dict, JS object): nesting,
/// and the exact size of its compact JSON text (the walk stops past the limit).
pub(crate) fn check_value(v: &Value) -> Result<(), Error> {
    let (size, deep) = size::value_len(v, MAX_BYTES, MAX_DEPTH);
    if deep {
        return Err(too_deep());
    }
    if size > MAX_BYTES {
        return Err(Error::too_large_value());
    }
    Ok(())
}

fn too_large(n: usize) -> Error {
    Error::too_large(n)
}

fn too_deep() -> Error {
    Error::too_deep()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    /// The oracle: `serde_json::Value` with the same limits.
    fn parse_text(text: &str) -> Result<Value, Error> {
        if text.len() > MAX_BYTES {
            return Err(too_large(text.len()));
        }
        let value: Value = serde_json::from_str(text).map_err(not_json)?;
        if depth_exceeds(&value, 1) {
            return Err(too_deep());
        }
        Ok(value)
    }

    fn depth_exceeds(v: &Value, depth: usize) -> bool {
        match v {
            Value::Array(a) => depth > MAX_DEPTH || a.iter().any(|x| depth_exceeds(x, depth + 1)),
            Value::Object(o) => {
                depth > MAX_DEPTH || o.values().any(|x| depth_exceeds(x, depth + 1))
            }
            _ => false,
        }
    }

    #[test]
    fn parse_doc_limits_match_the_oracle() {
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
            let b = parse_doc(&deep, &json::Bump::new())
                .map(|_| ())
                .map_err(|e| (e.code, e.message));
            assert_eq!(a, b, "{n}");
        }
        for text in ["{", "", "[1,]", "{\"a\":1}}", "\"\\ud800\""] {
            let a = parse_text(text)
                .map(|_| ())
                .map_err(|e| (e.code, e.message));
            let b = parse_doc(text, &json::Bump::new())
                .map(|_| ())
                .map_err(|e| (e.code, e.message));
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
