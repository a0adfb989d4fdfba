//! JSON text → `serde_json::Value` under the input limits, for what a host reads as a value
//! before handing it over (the CLI's options and profile files): 1 MiB, 64 levels.
use crate::{Error, MAX_BYTES, MAX_DEPTH};
use serde_json::Value;

/// Parses JSON text within the limits: the size first, serde_json's own recursion limit (128)
/// while parsing, then the nesting limit (64) on the tree.
pub fn parse_json(text: &str) -> Result<Value, Error> {
    if text.len() > MAX_BYTES {
        return Err(Error::too_large(text.len()));
    }
    let value: Value = serde_json::from_str(text).map_err(|e| Error::not_json(&e))?;
    if deeper_than_limit(&value, 1) {
        return Err(Error::too_deep());
    }
    Ok(value)
}

fn deeper_than_limit(v: &Value, depth: usize) -> bool {
    match v {
        Value::Array(a) => depth > MAX_DEPTH || a.iter().any(|x| deeper_than_limit(x, depth + 1)),
        Value::Object(o) => {
            depth > MAX_DEPTH || o.values().any(|x| deeper_than_limit(x, depth + 1))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn limits() {
        let code = |t: &str| parse_json(t).map(|_| ()).map_err(|e| e.code);
        assert_eq!(code(&("[".repeat(64) + &"]".repeat(64))), Ok(()));
        for n in [65, 128, 129, 5000] {
            let deep = "[".repeat(n) + &"]".repeat(n);
            assert_eq!(code(&deep), Err(ErrorCode::InputTooDeep), "{n}");
        }
        assert_eq!(code("{"), Err(ErrorCode::InputNotJson));
        let big = format!("\"{}\"", "a".repeat(MAX_BYTES));
        assert_eq!(code(&big), Err(ErrorCode::InputTooLarge));
    }
}
