//! JSON text written by hand: byte for byte what `serde_json::to_string` writes, without
//! serde's serializer machinery (one instance per serialized type, the largest generic code in
//! the `.wasm`). Strings are escaped as serde_json escapes them (`"`, `\`, the short forms `\b`
//! `\f` `\n` `\r` `\t`, other control characters as `\u00xx` in lowercase hex; everything else as
//! is), integers and floats are formatted by the crates serde_json uses (`itoa`, `zmij`), and a
//! float that is not finite is `null`. A leaf of the crate.
use serde_json::{Number, Value};

/// `s` as a JSON string, quoted and escaped (the escapes serde_json writes).
pub(crate) fn string(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none needs an escape (most text; the tail as the last
        // eight bytes of the string, which overlap bytes already known plain), then byte by
        // byte through the word that has one. A string under eight bytes is one word, padded
        // with spaces.
        let word = match bytes
            .get(i..i + 8)
            .or_else(|| bytes.len().checked_sub(8).and_then(|k| bytes.get(k..)))
        {
            // Never `Err`: the slice has eight bytes.
            Some(w) => <[u8; 8]>::try_from(w).unwrap_or_default(),
            None => {
                let mut word = [b' '; 8];
                for (w, b) in word.iter_mut().zip(bytes) {
                    *w = *b;
                }
                word
            }
        };
        let end = (i + 8).min(bytes.len());
        if !needs_escape(u64::from_le_bytes(word)) {
            i = end;
            continue;
        }
        while i < end {
            let b = bytes.get(i).copied().unwrap_or_default();
            i += 1;
            let short = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            // `b` is an ASCII byte, so both ends are character boundaries.
            out.push_str(s.get(start..i - 1).unwrap_or_default());
            start = i;
            if short.is_empty() {
                out.push_str("\\u00");
                out.push(hex(b >> 4));
                out.push(hex(b & 0xf));
            } else {
                out.push_str(short);
            }
        }
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// Bytes of `s` as [`string`] writes it, quotes included (`"`, `\\` and the short escapes
/// take 2 bytes, other control characters 6), scanned eight bytes at a time like [`string`].
pub(crate) fn escaped_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut extra = 0;
    let mut words = bytes.chunks_exact(8);
    for word in words.by_ref() {
        let w = <[u8; 8]>::try_from(word).unwrap_or_default();
        if needs_escape(u64::from_le_bytes(w)) {
            extra += word.iter().map(|&b| escape_extra(b)).sum::<usize>();
        }
    }
    extra += words
        .remainder()
        .iter()
        .map(|&b| escape_extra(b))
        .sum::<usize>();
    s.len() + extra + 2
}

/// Bytes `b` adds when escaped.
fn escape_extra(b: u8) -> usize {
    match b {
        b'"' | b'\\' | b'\n' | b'\r' | b'\t' | 0x08 | 0x0c => 1,
        0..=0x1f => 5,
        _ => 0,
    }
}

/// Whether one of the eight bytes of `w` is a control character, `"` or `\\` (the bytes JSON
/// escapes). Each test is exact as a whole: some byte is below `n` (`n` ≤ 128) exactly when
/// `(w - n·0x01..01) & !w & 0x80..80` is not zero, and a byte equals `c` exactly when the same
/// holds for `w ^ c·0x01..01` and `n` = 1.
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    below(w, 0x20)
        | below(w ^ (ONES * u64::from(b'"')), 1)
        | below(w ^ (ONES * u64::from(b'\\')), 1)
        != 0
}

fn hex(v: u8) -> char {
    char::from_digit(u32::from(v), 16).unwrap_or('0')
}

/// An unsigned integer.
pub(crate) fn uint(out: &mut String, v: u64) {
    out.push_str(itoa::Buffer::new().format(v));
}

/// A signed integer.
pub(crate) fn int(out: &mut String, v: i64) {
    out.push_str(itoa::Buffer::new().format(v));
}

/// A float as serde_json writes an `f64` (`null` when it is not finite).
pub(crate) fn float(out: &mut String, v: f64) {
    if v.is_finite() {
        out.push_str(zmij::Buffer::new().format_finite(v));
    } else {
        out.push_str("null");
    }
}

/// `true` or `false`.
pub(crate) fn bool(out: &mut String, v: bool) {
    out.push_str(if v { "true" } else { "false" });
}

/// Items as a JSON array, each written by `item`.
pub(crate) fn list<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut item: impl FnMut(&mut String, T),
) {
    out.push('[');
    for (i, t) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        item(out, t);
    }
    out.push(']');
}

/// A list of strings.
pub(crate) fn strings<'s>(out: &mut String, items: impl IntoIterator<Item = &'s str>) {
    list(out, items, string);
}

/// An object being written: [`Obj::key`] writes the separator and the key, the caller the value.
pub(crate) struct Obj<'o> {
    out: &'o mut String,
    first: bool,
}

impl<'o> Obj<'o> {
    pub(crate) fn new(out: &'o mut String) -> Self {
        out.push('{');
        Obj { out, first: true }
    }

    /// Writes `,"key":` (no comma before the first) and returns the text to write the value to.
    pub(crate) fn key(&mut self, key: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        string(self.out, key);
        self.out.push(':');
        self.out
    }

    pub(crate) fn end(self) {
        self.out.push('}');
    }
}

/// A number of a `Value`.
fn number(out: &mut String, n: &Number) {
    if let Some(u) = n.as_u64() {
        uint(out, u);
    } else if let Some(i) = n.as_i64() {
        int(out, i);
    } else {
        float(out, n.as_f64().unwrap_or(f64::NAN));
    }
}

/// A `Value`, compact.
pub(crate) fn value(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => bool(out, *b),
        Value::Number(n) => number(out, n),
        Value::String(s) => string(out, s),
        Value::Array(items) => list(out, items, value),
        Value::Object(map) => {
            let mut o = Obj::new(out);
            for (k, item) in map {
                value(o.key(k), item);
            }
            o.end();
        }
    }
}

/// A `Value` as compact JSON text: the bytes of `serde_json::to_string`.
pub fn to_string(v: &Value) -> String {
    let mut out = String::new();
    value(&mut out, v);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tricky() -> Vec<String> {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("é\u{2028}\u{2029}\u{7f}\u{80}\u{fffd}𝄞</script>");
        let mut out = vec![
            String::new(),
            all,
            "\"\\\u{0}\u{1f}\u{8}\u{c}\n\r\t".to_string(),
            "plain".to_string(),
            "a\"b".to_string(),
            "\u{1}".to_string(),
            "ends with \\".to_string(),
        ];
        out.extend((0u8..0x20).map(|b| format!("x{}y", char::from(b))));
        out
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        for s in tricky() {
            let mut out = String::new();
            string(&mut out, &s);
            assert_eq!(out, serde_json::to_string(&s).unwrap(), "{s:?}");
        }
    }

    /// Each ASCII byte inserted at each character offset (the first three words and the tail)
    /// of 26 characters of each filler: plain text, multibyte characters, other escapes.
    fn each_byte_at_each_offset(mut check: impl FnMut(&str)) {
        for b in 0u8..0x80 {
            for at in 0..27 {
                for filler in [
                    "abcdefghijklmnopqrstuvwxyz",
                    "é€𝄞aé€𝄞aé€𝄞",
                    "a\"b\\c\nd\u{1}ef",
                ] {
                    let mut s: String = filler.chars().cycle().take(26).collect();
                    let at = s.char_indices().map(|(i, _)| i).nth(at).unwrap_or(s.len());
                    s.insert(at, char::from(b));
                    check(&s);
                }
            }
        }
    }

    #[test]
    fn every_byte_at_every_offset_of_a_word_is_escaped_as_serde_json_escapes_it() {
        // Eight bytes are checked at once.
        each_byte_at_each_offset(|s| {
            let mut out = String::new();
            string(&mut out, s);
            assert_eq!(out, serde_json::to_string(s).unwrap(), "{s:?}");
        });
    }

    #[test]
    fn escaped_lengths_are_the_lengths_written() {
        each_byte_at_each_offset(|s| {
            let mut out = String::new();
            string(&mut out, s);
            assert_eq!(escaped_len(s), out.len(), "{s:?}");
        });
        for s in tricky() {
            let mut out = String::new();
            string(&mut out, &s);
            assert_eq!(escaped_len(&s), out.len(), "{s:?}");
        }
    }

    #[test]
    fn the_word_test_finds_exactly_the_bytes_json_escapes() {
        for b in 0u8..=255 {
            for at in 0..8 {
                for fill in [b'a', 0x7f, 0xff, 0x80, b' ', b'!', b'#', b'[', b']'] {
                    let mut word = [fill; 8];
                    if let Some(w) = word.get_mut(at) {
                        *w = b;
                    }
                    let want = word.iter().any(|&c| c < 0x20 || c == b'"' || c == b'\\');
                    assert_eq!(needs_escape(u64::from_le_bytes(word)), want, "{word:?}");
                }
            }
        }
    }

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        for v in [
            0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            1e300,
            1e-300,
            5e-324,
            1e21,
            1e15,
            123456.789,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            7.91,
            2.0f64.powi(53),
        ] {
            let mut out = String::new();
            float(&mut out, v);
            assert_eq!(out, serde_json::to_string(&v).unwrap(), "{v}");
        }
        for v in [0, 1, 9, 10, u64::MAX, 1 << 53] {
            let mut out = String::new();
            uint(&mut out, v);
            assert_eq!(out, serde_json::to_string(&v).unwrap());
        }
        for v in [0, -1, i64::MIN, i64::MAX] {
            let mut out = String::new();
            int(&mut out, v);
            assert_eq!(out, serde_json::to_string(&v).unwrap());
        }
    }

    #[test]
    fn values_are_written_as_serde_json_writes_them() {
        let mut values = vec![
            serde_json::json!(null),
            serde_json::json!({}),
            serde_json::json!([]),
            serde_json::json!({"b": [1, -2, 0.5, 1e300, true, false, null, u64::MAX, i64::MIN],
                "a": {"": "", "z\n": [{}, []]}}),
            serde_json::to_value(crate::rules::rules()).unwrap(),
            crate::schema::schema(),
            serde_json::to_value(crate::profile::profiles()).unwrap(),
        ];
        values.extend(
            tricky()
                .into_iter()
                .map(|s| serde_json::json!({ s.clone(): s })),
        );
        for text in [
            "1.0",
            "-0",
            "-0.0",
            "1e400",
            "18446744073709551615",
            "-9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
            "0.30000000000000004",
        ] {
            values.push(serde_json::from_str(text).unwrap_or(Value::Null));
        }
        for v in values {
            assert_eq!(to_string(&v), serde_json::to_string(&v).unwrap());
        }
    }
}
