//! One size measure for every input: the byte length of the document's compact JSON text,
//! exactly what `serde_json::to_string` writes for the value. A host value (Python dict, JS
//! object) is measured while it is converted, so the conversion stops at the limit.
use serde_json::{Number, Value};
use std::fmt::Write;

/// Bytes of `s` as a JSON string, quotes included (`"`, `\\` and the short escapes take 2 bytes,
/// other control characters 6, as serde_json writes them).
pub fn string_len(s: &str) -> usize {
    crate::json_out::escaped_len(s)
}

/// Bytes of a number as serde_json writes it.
pub fn number_len(n: &Number) -> usize {
    struct Count(usize);
    impl Write for Count {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0 += s.len();
            Ok(())
        }
    }
    let mut c = Count(0);
    let _ = write!(c, "{n}");
    c.0
}

/// Bytes of the compact JSON text of `v`, counted up to just past `limit` (the walk stops there,
/// so the answer is exact when it is at most `limit`), and whether it nests deeper than `depth`
/// levels (the top-level value is level 1).
pub fn value_len(v: &Value, limit: usize, max_depth: usize) -> (usize, bool) {
    let mut size = 0usize;
    let deep = walk(v, 1, max_depth, limit, &mut size);
    (size, deep)
}

/// Adds the size of `v` to `size`; `true` when too deep. Stops once `size` passes `limit`.
fn walk(v: &Value, depth: usize, max_depth: usize, limit: usize, size: &mut usize) -> bool {
    if *size > limit {
        return false;
    }
    match v {
        Value::Null => *size += 4,
        Value::Bool(b) => *size += if *b { 4 } else { 5 },
        Value::Number(n) => *size += number_len(n),
        Value::String(s) => *size += string_len(s),
        Value::Array(a) => {
            if depth > max_depth {
                return true;
            }
            *size += 2 + a.len().saturating_sub(1);
            for x in a {
                if walk(x, depth + 1, max_depth, limit, size) {
                    return true;
                }
            }
        }
        Value::Object(o) => {
            if depth > max_depth {
                return true;
            }
            *size += 2 + o.len().saturating_sub(1);
            for (k, x) in o {
                *size += string_len(k) + 1;
                if walk(x, depth + 1, max_depth, limit, size) {
                    return true;
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_measure_is_the_length_of_serde_jsons_text() {
        for text in [
            r#"{"a":[1,2.5,-0.0,1e300,null,true,false,"x\"\\\n\u0001é😀"],"":{},"b":[]}"#,
            "[]",
            "{}",
            "0",
            r#""\u001f\u007f\b\f\t\r""#,
            "18446744073709551615",
            "-9223372036854775808",
            "9007199254740993.0",
        ] {
            let v: Value = serde_json::from_str(text).unwrap_or(Value::Null);
            let exact = serde_json::to_string(&v).map(|s| s.len()).unwrap_or(0);
            assert_eq!(value_len(&v, usize::MAX, 64), (exact, false), "{text}");
        }
    }
}
