//! A borrowed JSON tree for the parser: strings point into the input text (or into a
//! `serde_json::Value`) instead of being copied, and objects are sorted vectors instead of
//! `BTreeMap`s. serde_json does all the parsing (there is no parser of our own), so the accepted
//! syntax, the recursion limit and every error message are serde_json's; only the tree it builds
//! is cheaper.
//!
//! Objects keep the semantics of `serde_json::Map` (a `BTreeMap`): keys in byte order, a
//! repeated key keeps its last value. So iterating an object gives the same keys in the same
//! order as iterating the `Value` would.
use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};
use std::borrow::Cow;
use std::fmt;

/// A JSON value whose strings borrow from the input where they can.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Number(Number),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Obj<'a>),
}

/// An object: entries sorted by key, keys unique.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Obj<'a> {
    entries: Vec<(Cow<'a, str>, Json<'a>)>,
}

impl<'a> Obj<'a> {
    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        // Objects of a valid document are small (a dozen keys): a linear scan of short keys beats
        // a binary search there. A hostile object with thousands of keys is searched in log n.
        const SCAN: usize = 16;
        if self.entries.len() <= SCAN {
            return self
                .entries
                .iter()
                .find(|(k, _)| k.as_ref() == key)
                .map(|(_, v)| v);
        }
        self.entries
            .binary_search_by(|(k, _)| k.as_ref().cmp(key))
            .ok()
            .and_then(|i| self.entries.get(i))
            .map(|(_, v)| v)
    }

    /// Keys in byte order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_ref())
    }

    /// Entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Json<'a>)> {
        self.entries.iter().map(|(k, v)| (k.as_ref(), v))
    }

    /// Sorts by key and keeps the last value of a repeated key, as `serde_json::Map` does.
    fn from_entries(mut entries: Vec<(Cow<'a, str>, Json<'a>)>) -> Self {
        if !entries.is_sorted_by(|a, b| a.0 < b.0) {
            // Stable: of equal keys, the later one stays later and wins below.
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            entries.dedup_by(|later, kept| {
                if later.0 == kept.0 {
                    std::mem::swap(later, kept);
                    true
                } else {
                    false
                }
            });
        }
        Obj { entries }
    }
}

impl<'a> Json<'a> {
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => n.as_f64(),
            _ => None,
        }
    }

    /// Borrows a `serde_json::Value` (a Python dict or JS object already converted).
    pub fn from_value(v: &'a Value) -> Self {
        match v {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::Number(n.clone()),
            Value::String(s) => Json::String(Cow::Borrowed(s)),
            Value::Array(a) => Json::Array(a.iter().map(Json::from_value).collect()),
            // A `Map` iterates in key order already, without repeats.
            Value::Object(o) => Json::Object(Obj {
                entries: o
                    .iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), Json::from_value(v)))
                    .collect(),
            }),
        }
    }
}

impl<'de> Json<'de> {
    /// Parses a JSON text with serde_json. `Err` is serde_json's own error; `Ok((json, deep))`
    /// tells whether arrays or objects nest deeper than `max_depth` (the top level is 1).
    pub fn from_str(text: &'de str, max_depth: usize) -> Result<(Self, bool), serde_json::Error> {
        let mut scratch = Scratch {
            deep: false,
            max_depth,
        };
        let mut de = serde_json::Deserializer::from_str(text);
        let json = Seed {
            scratch: &mut scratch,
            depth: 1,
        }
        .deserialize(&mut de)?;
        de.end()?;
        Ok((json, scratch.deep))
    }
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut scratch = Scratch {
            deep: false,
            max_depth: usize::MAX,
        };
        Seed {
            scratch: &mut scratch,
            depth: 1,
        }
        .deserialize(d)
    }
}

/// The depth check, done while parsing instead of in a second walk over the tree. (A shared
/// stack of children, moved into exact-size vectors, was tried: fewer instructions in the parse
/// but more in the allocator afterwards, a net loss.)
struct Scratch {
    deep: bool,
    max_depth: usize,
}

/// A value at nesting level `depth`.
struct Seed<'s> {
    scratch: &'s mut Scratch,
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Json<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Self::Value, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E>(self, i: i64) -> Result<Self::Value, E> {
        Ok(Json::Number(i.into()))
    }

    fn visit_u64<E>(self, u: u64) -> Result<Self::Value, E> {
        Ok(Json::Number(u.into()))
    }

    fn visit_f64<E>(self, f: f64) -> Result<Self::Value, E> {
        // As `serde_json::Value` does: a non-finite number becomes null.
        Ok(Number::from_f64(f).map_or(Json::Null, Json::Number))
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Json::String(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Json::String(Cow::Owned(s.to_owned())))
    }

    fn visit_string<E>(self, s: String) -> Result<Self::Value, E> {
        Ok(Json::String(Cow::Owned(s)))
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Json::Null)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Json::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let scratch = self.scratch;
        if self.depth > scratch.max_depth {
            scratch.deep = true;
        }
        // Small first capacities: most arrays and objects of a description are short.
        let mut items = Vec::with_capacity(4);
        while let Some(item) = seq.next_element_seed(Seed {
            scratch: &mut *scratch,
            depth: self.depth + 1,
        })? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let scratch = self.scratch;
        if self.depth > scratch.max_depth {
            scratch.deep = true;
        }
        let mut entries = Vec::with_capacity(8);
        while let Some(Key(k)) = map.next_key()? {
            // With serde_json's `arbitrary_precision` feature (which any crate of a build may
            // turn on), a number arrives as a one-entry map holding its text under this key.
            if entries.is_empty() && k == ARBITRARY_PRECISION_NUMBER {
                let text: String = map.next_value()?;
                return plain_number(&text).map(Json::Number);
            }
            let v = map.next_value_seed(Seed {
                scratch: &mut *scratch,
                depth: self.depth + 1,
            })?;
            entries.push((k, v));
        }
        Ok(Json::Object(Obj::from_entries(entries)))
    }
}

/// The key under which serde_json hands over a number's text with `arbitrary_precision`
/// (`serde_json::Value` recognises the same token).
const ARBITRARY_PRECISION_NUMBER: &str = "$serde_json::private::Number";

/// A number's text read as serde_json reads it without `arbitrary_precision`: an integer when it
/// fits 64 bits, else the nearest double, and an error when that is infinite. So the answers do
/// not depend on a feature some other crate of the build turned on.
fn plain_number<E: serde::de::Error>(text: &str) -> Result<Number, E> {
    if let Ok(u) = text.parse::<u64>() {
        return Ok(Number::from(u));
    }
    if let Ok(i) = text.parse::<i64>() {
        return Ok(Number::from(i));
    }
    text.parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .ok_or_else(|| E::custom("number out of range"))
}

/// An object key, borrowed when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Key(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Key(Cow::Owned(s.to_owned())))
    }

    fn visit_string<E>(self, s: String) -> Result<Self::Value, E> {
        Ok(Key(Cow::Owned(s)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        let j: Json = serde_json::from_str(text).unwrap();
        let Json::Object(o) = j else { panic!() };
        o.keys().map(str::to_string).collect()
    }

    #[test]
    fn objects_behave_like_serde_json_maps() {
        for text in [
            r#"{"b": 1, "a": 2, "c": 3}"#,
            r#"{"a": 1, "a": 2}"#,
            r#"{"b": 1, "a": 2, "b": 3, "a": [4], "\u0061": 5}"#,
            r#"{"z": {"y": 1, "x": null}, "é": true, "E": 1.5e3, "e": -7}"#,
            r#"{}"#,
        ] {
            let v: Value = serde_json::from_str(text).unwrap();
            let j: Json = serde_json::from_str(text).unwrap();
            assert_eq!(j, Json::from_value(&v), "{text}");
            let want: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
            assert_eq!(keys(text), want, "{text}");
        }
    }

    #[test]
    fn strings_borrow_when_unescaped() {
        let j: Json = serde_json::from_str(r#"{"k": "plain", "e": "a\nb"}"#).unwrap();
        let Json::Object(o) = j else { panic!() };
        assert!(matches!(
            o.get("k"),
            Some(Json::String(Cow::Borrowed("plain")))
        ));
        assert!(matches!(o.get("e"), Some(Json::String(Cow::Owned(_)))));
    }

    /// The borrowed tree equals the tree of the `serde_json::Value` of the same text, and the
    /// errors are the same.
    fn same(text: &str) {
        let value = serde_json::from_str::<Value>(text);
        let tree = Json::from_str(text, usize::MAX);
        match (&value, &tree) {
            (Ok(v), Ok((j, deep))) => {
                assert_eq!(j, &Json::from_value(v), "{text:?}");
                assert!(!deep);
            }
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{text:?}"),
            _ => panic!("{text:?}: {value:?} / {tree:?}"),
        }
    }

    #[test]
    fn the_tree_is_serde_jsons() {
        for text in [
            "",
            " ",
            "{}",
            "[]",
            " { } ",
            "{\"a\":1}",
            "{\"a\":1,}",
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{\"a\":}",
            "{,}",
            "{\"a\":1 \"b\":2}",
            "{1:2}",
            "[01]",
            "[-0]",
            "[-1]",
            "[-]",
            "[1.5]",
            "[1e3]",
            "[1E+3]",
            "[1e999]",
            "[-1e999]",
            "[18446744073709551615]",
            "[18446744073709551616]",
            "[-9223372036854775808]",
            "[-9223372036854775809]",
            "[0.1e-400]",
            "[1.]",
            "[.5]",
            "[1-2]",
            "[1true]",
            "[tru]",
            "[true ]",
            "[nul]",
            "[null,false,true]",
            "\"a\\nb\"",
            "\"tab\there\"",
            "\"\u{1}\"",
            "\"é✓\"",
            "{\"b\":1,\"a\":2,\"b\":3}",
            "{\"k\":\"\\u0041\"}",
            "[[[[]]]]",
            "[1] x",
            "\u{feff}{}",
            "{\"a\":[1,{\"b\":null}]}\n",
            "\t[ 1 , 2 ]\r\n",
            "nan",
            "[Infinity]",
            "{\"a\":1}}",
            "[\"unterminated]",
            "[\"a\"",
            "{\"a\"",
            "{\"a\":1",
            "-",
            "1",
        ] {
            same(text);
        }
        for n in [63, 64, 65, 127, 128, 129, 200] {
            same(&("[".repeat(n) + &"]".repeat(n)));
            same(&("{\"a\":".repeat(n) + "1" + &"}".repeat(n)));
        }
    }

    /// Every fixture document, compact and pretty, gives serde_json's tree.
    #[test]
    fn every_fixture_gives_serde_jsons_tree() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "json") {
                    out.push(p);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures"),
            &mut files,
        );
        assert!(files.len() > 50);
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            same(&text);
            let v: Value = serde_json::from_str(&text).unwrap();
            same(&v.to_string());
            for case in v["cases"].as_array().into_iter().flatten() {
                if let Some(t) = case["inputText"].as_str() {
                    same(t);
                }
                same(&case["input"].to_string());
                same(&serde_json::to_string_pretty(&case["input"]).unwrap());
            }
        }
    }

    #[test]
    fn depth_is_flagged_past_the_limit() {
        let at = |n: usize| Json::from_str(&("[".repeat(n) + &"]".repeat(n)), 64).map(|r| r.1);
        assert!(!at(64).unwrap());
        assert!(at(65).unwrap());
        assert!(at(129).is_err(), "serde_json's own recursion limit");
    }

    #[test]
    fn errors_are_serde_jsons() {
        for text in ["{", "[1,]", "{\"a\" 1}", "01", "\"\\x\"", "[] x", "1e999"] {
            let a = serde_json::from_str::<Value>(text)
                .map(|_| ())
                .map_err(|e| e.to_string());
            let b = serde_json::from_str::<Json>(text)
                .map(|_| ())
                .map_err(|e| e.to_string());
            assert_eq!(a, b, "{text}");
        }
    }
}
