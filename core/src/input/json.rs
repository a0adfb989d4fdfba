//! A borrowed JSON tree for the parser: strings point into the input text (or into a
//! `serde_json::Value`) instead of being copied, and arrays and objects are slices in a bump
//! arena ([`Bump`], one per validation) instead of a vector (or `BTreeMap`) per container. serde_json
//! does all the parsing (there is no parser of our own), so the accepted syntax, the recursion
//! limit and every error message are serde_json's; only the tree it builds is cheaper: a
//! handful of allocations per document instead of one or two per array, object and escaped
//! string, and nothing to drop.
//!
//! Objects keep the semantics of `serde_json::Map` (a `BTreeMap`): keys in byte order, a
//! repeated key keeps its last value. So iterating an object gives the same keys in the same
//! order as iterating the `Value` would.
pub(crate) use bumpalo::Bump;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};
use std::fmt;

/// A JSON value whose strings borrow from the input where they can; arrays and objects live
/// in the arena.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Number(Num),
    String(&'a str),
    Array(&'a [Json<'a>]),
    Object(Obj<'a>),
}

/// A number as serde_json reads it without `arbitrary_precision`: a non-negative integer that
/// fits 64 bits, a negative one that fits, or a finite double. (Copy, unlike `serde_json::Number`
/// with `arbitrary_precision`, so the tree needs no drop.)
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Num {
    PosInt(u64),
    NegInt(i64),
    Float(f64),
}

impl Num {
    pub fn as_u64(self) -> Option<u64> {
        match self {
            Num::PosInt(u) => Some(u),
            Num::NegInt(_) | Num::Float(_) => None,
        }
    }

    pub fn as_f64(self) -> Option<f64> {
        Some(match self {
            Num::PosInt(u) => u as f64,
            Num::NegInt(i) => i as f64,
            Num::Float(f) => f,
        })
    }

    /// The `serde_json::Number` of the same value (for messages).
    pub fn to_number(self) -> Number {
        match self {
            Num::PosInt(u) => Number::from(u),
            Num::NegInt(i) => Number::from(i),
            // Finite by construction; a non-finite double became `null`.
            Num::Float(f) => Number::from_f64(f).unwrap_or_else(|| Number::from(0)),
        }
    }

    fn from_number(n: &Number) -> Option<Self> {
        if let Some(u) = n.as_u64() {
            Some(Num::PosInt(u))
        } else if let Some(i) = n.as_i64() {
            Some(Num::NegInt(i))
        } else {
            n.as_f64().filter(|f| f.is_finite()).map(Num::Float)
        }
    }
}

/// Objects of up to this many entries stay in document order (a repeated key possibly more
/// than once) and are searched by a scan; larger ones are sorted, without repeats, and searched
/// in log n. A valid description has no object near this size.
const SMALL: usize = 16;

/// An object. Up to [`SMALL`] entries in document order, repeats included (the last one counts);
/// more, sorted by key with unique keys. Either way [`Obj::get`] and [`Obj::iter`] answer as the
/// `serde_json::Map` of the same text does (last repeat wins, keys in byte order), and equality
/// compares those answers.
#[derive(Debug, Clone, Copy, Default)]
pub struct Obj<'a> {
    entries: &'a [(&'a str, Json<'a>)],
}

impl PartialEq for Obj<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl<'a> Obj<'a> {
    /// The object of the entries of an open object (document order, repeats allowed), copied
    /// into `bump`: as they are when small, else sorted without repeats.
    pub(super) fn finish(bump: &'a Bump, open: &mut [(&'a str, Json<'a>)]) -> Self {
        let kept = if open.len() <= SMALL {
            open.len()
        } else {
            sort_entries(open)
        };
        Obj {
            entries: bump.alloc_slice_copy(open.get(..kept).unwrap_or_default()),
        }
    }

    /// The value of `key` (of a repeated key, the last).
    pub fn get(&self, key: &str) -> Option<&'a Json<'a>> {
        let entries = self.entries;
        if entries.len() <= SMALL {
            // Length and first byte before the byte comparison: many keys share a length
            // (`name`, `role`, `zone`, `tags`), few share a first byte too.
            let (len, first) = (key.len(), key.as_bytes().first());
            return entries
                .iter()
                .rev()
                .find(|(k, _)| k.len() == len && k.as_bytes().first() == first && *k == key)
                .map(|(_, v)| v);
        }
        entries
            .binary_search_by(|(k, _)| (*k).cmp(key))
            .ok()
            .and_then(|i| entries.get(i))
            .map(|(_, v)| v)
    }

    /// Whether the object is small (its entries in document order, see [`SMALL`]).
    pub fn is_small(&self) -> bool {
        self.entries.len() <= SMALL
    }

    /// Keys in document order, repeats included (of a large object: in byte order).
    pub fn raw_keys(&self) -> impl Iterator<Item = &'a str> {
        self.entries.iter().map(|(k, _)| *k)
    }

    /// The value of the entry at `index` in [`Obj::raw_keys`] order.
    pub fn value_at(&self, index: usize) -> Option<&'a Json<'a>> {
        self.entries.get(index).map(|(_, v)| v)
    }

    /// Whether `f` holds for every key, in document order (repeats included): a check that
    /// needs no order, cheaper than [`Obj::keys`].
    pub fn all_keys(&self, f: impl Fn(&str) -> bool) -> bool {
        self.entries.iter().all(|(k, _)| f(k))
    }

    /// Keys in byte order, each once.
    pub fn keys(&self) -> impl Iterator<Item = &'a str> {
        self.iter().map(|(k, _)| k)
    }

    /// Entries in key order, of a repeated key the last.
    pub fn iter(&self) -> Entries<'a> {
        let entries = self.entries;
        let mut order = [0u8; SMALL];
        let mut len = 0;
        let sorted = entries.len() > SMALL || entries.is_sorted_by(|a, b| a.0 < b.0);
        if !sorted {
            // Indices sorted by key (insertion sort, stable: of equal keys the later one stays
            // later), then of each run of equal keys only the last kept.
            for i in 0..entries.len() {
                let key = entries.get(i).map(|e| e.0);
                let mut at = len;
                while at > 0 {
                    let before = order.get(at - 1).and_then(|&j| entries.get(usize::from(j)));
                    if before.map(|e| e.0) > key {
                        at -= 1;
                    } else {
                        break;
                    }
                }
                if let Some(slot) = order.get_mut(at..=len) {
                    slot.rotate_right(1);
                    if let Some(first) = slot.first_mut() {
                        *first = i as u8;
                    }
                }
                len += 1;
            }
            let mut kept = 0;
            for n in 0..len {
                let key = |n: usize| {
                    order
                        .get(n)
                        .and_then(|&j| entries.get(usize::from(j)))
                        .map(|e| e.0)
                };
                if n + 1 == len || key(n) != key(n + 1) {
                    let j = order.get(n).copied().unwrap_or_default();
                    if let Some(slot) = order.get_mut(kept) {
                        *slot = j;
                    }
                    kept += 1;
                }
            }
            len = kept;
        }
        Entries {
            entries,
            order,
            len,
            sorted,
            pos: 0,
        }
    }
}

/// The entries of an [`Obj`] in key order, each key once.
pub struct Entries<'a> {
    entries: &'a [(&'a str, Json<'a>)],
    /// For a small object out of order: the positions to visit.
    order: [u8; SMALL],
    len: usize,
    sorted: bool,
    pos: usize,
}

impl<'a> Iterator for Entries<'a> {
    type Item = (&'a str, &'a Json<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        let i = if self.sorted {
            self.pos
        } else if self.pos < self.len {
            usize::from(*self.order.get(self.pos)?)
        } else {
            return None;
        };
        self.pos += 1;
        self.entries.get(i).map(|(k, v)| (*k, v))
    }
}

/// Sorts by key and keeps the last value of a repeated key, as `serde_json::Map` does; returns
/// how many entries remain at the front.
fn sort_entries(entries: &mut [(&str, Json<'_>)]) -> usize {
    if entries.is_sorted_by(|a, b| a.0 < b.0) {
        return entries.len();
    }
    // Stable: of equal keys, the later one stays later and wins below.
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let mut kept = 0;
    for i in 0..entries.len() {
        let is_last_of_run = match (entries.get(i), entries.get(i + 1)) {
            (Some(a), Some(b)) => a.0 != b.0,
            _ => true,
        };
        if is_last_of_run {
            entries.swap(kept, i);
            kept += 1;
        }
    }
    kept
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

    /// Borrows a `serde_json::Value` (a Python dict or JS object already converted); the arrays
    /// and objects go into `bump`.
    pub fn from_value(v: &'a Value, bump: &'a Bump) -> Self {
        match v {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Num::from_number(n).map_or(Json::Null, Json::Number),
            Value::String(s) => Json::String(s),
            Value::Array(a) => {
                Json::Array(bump.alloc_slice_fill_iter(a.iter().map(|x| Json::from_value(x, bump))))
            }
            // A `Map` iterates in key order already, without repeats.
            Value::Object(o) => Json::Object(Obj {
                entries: bump.alloc_slice_fill_iter(
                    o.iter()
                        .map(|(k, v)| (k.as_str(), Json::from_value(v, bump))),
                ),
            }),
        }
    }

    /// Parses a JSON text with serde_json into `bump`. `Err` is serde_json's own error;
    /// `Ok((json, deep))` tells whether arrays or objects nest deeper than `max_depth` (the top
    /// level is 1).
    pub fn from_str(
        text: &'a str,
        max_depth: usize,
        bump: &'a Bump,
    ) -> Result<(Self, bool), serde_json::Error> {
        let mut scratch = Scratch {
            deep: false,
            max_depth,
            bump,
            items: Vec::with_capacity(16),
            entries: Vec::with_capacity(16),
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

/// What the whole parse shares: the depth check (done while parsing instead of in a second walk
/// over the tree), the arena, and two stacks the children of the open arrays and objects
/// collect on; a finished container is copied from its stack into an exact-size slice of the
/// arena.
struct Scratch<'a> {
    deep: bool,
    max_depth: usize,
    bump: &'a Bump,
    items: Vec<Json<'a>>,
    entries: Vec<(&'a str, Json<'a>)>,
}

/// A value at nesting level `depth`.
struct Seed<'s, 'a> {
    scratch: &'s mut Scratch<'a>,
    depth: usize,
}

impl<'a> DeserializeSeed<'a> for Seed<'_, 'a> {
    type Value = Json<'a>;

    fn deserialize<D: Deserializer<'a>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'a> Visitor<'a> for Seed<'_, 'a> {
    type Value = Json<'a>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Self::Value, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E>(self, i: i64) -> Result<Self::Value, E> {
        // As `serde_json::Number::from(i64)`: a non-negative one is a `PosInt`.
        Ok(Json::Number(match u64::try_from(i) {
            Ok(u) => Num::PosInt(u),
            Err(_) => Num::NegInt(i),
        }))
    }

    fn visit_u64<E>(self, u: u64) -> Result<Self::Value, E> {
        Ok(Json::Number(Num::PosInt(u)))
    }

    fn visit_f64<E>(self, f: f64) -> Result<Self::Value, E> {
        // As `serde_json::Value` does: a non-finite number becomes null.
        Ok(if f.is_finite() {
            Json::Number(Num::Float(f))
        } else {
            Json::Null
        })
    }

    fn visit_borrowed_str<E>(self, s: &'a str) -> Result<Self::Value, E> {
        Ok(Json::String(s))
    }

    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Json::String(self.scratch.bump.alloc_str(s)))
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Json::Null)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Json::Null)
    }

    fn visit_seq<A: SeqAccess<'a>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let scratch = self.scratch;
        if self.depth > scratch.max_depth {
            scratch.deep = true;
        }
        let start = scratch.items.len();
        while let Some(item) = seq.next_element_seed(Seed {
            scratch: &mut *scratch,
            depth: self.depth + 1,
        })? {
            scratch.items.push(item);
        }
        let items = scratch
            .bump
            .alloc_slice_copy(scratch.items.get(start..).unwrap_or_default());
        scratch.items.truncate(start);
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'a>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let scratch = self.scratch;
        if self.depth > scratch.max_depth {
            scratch.deep = true;
        }
        let start = scratch.entries.len();
        while let Some(k) = map.next_key_seed(KeySeed(scratch.bump))? {
            // With serde_json's `arbitrary_precision` feature (which any crate of a build may
            // turn on), a number arrives as a one-entry map holding its text under this key.
            if scratch.entries.len() == start && k == ARBITRARY_PRECISION_NUMBER {
                let text: String = map.next_value()?;
                return plain_number(&text).map(Json::Number);
            }
            let v = map.next_value_seed(Seed {
                scratch: &mut *scratch,
                depth: self.depth + 1,
            })?;
            scratch.entries.push((k, v));
        }
        let open = scratch.entries.get_mut(start..).unwrap_or_default();
        let object = Obj::finish(scratch.bump, open);
        scratch.entries.truncate(start);
        Ok(Json::Object(object))
    }
}

/// The key under which serde_json hands over a number's text with `arbitrary_precision`
/// (`serde_json::Value` recognises the same token).
const ARBITRARY_PRECISION_NUMBER: &str = "$serde_json::private::Number";

/// A number's text read as serde_json reads it without `arbitrary_precision`: an integer when it
/// fits 64 bits, else the nearest double, and an error when that is infinite. So the answers do
/// not depend on a feature some other crate of the build turned on.
fn plain_number<E: serde::de::Error>(text: &str) -> Result<Num, E> {
    if let Ok(u) = text.parse::<u64>() {
        return Ok(Num::PosInt(u));
    }
    if let Ok(i) = text.parse::<i64>() {
        return Ok(Num::NegInt(i));
    }
    text.parse::<f64>()
        .ok()
        .filter(|f| f.is_finite())
        .map(Num::Float)
        .ok_or_else(|| E::custom("number out of range"))
}

/// An object key, borrowed when it has no escapes, else copied into the arena.
struct KeySeed<'a>(&'a Bump);

impl<'a> DeserializeSeed<'a> for KeySeed<'a> {
    type Value = &'a str;

    fn deserialize<D: Deserializer<'a>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'a> Visitor<'a> for KeySeed<'a> {
    type Value = &'a str;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_borrowed_str<E>(self, s: &'a str) -> Result<Self::Value, E> {
        Ok(s)
    }

    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(self.0.alloc_str(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree<'a>(text: &'a str, bump: &'a Bump) -> Json<'a> {
        Json::from_str(text, usize::MAX, bump).unwrap().0
    }

    fn keys(text: &str) -> Vec<String> {
        let bump = Bump::new();
        let Json::Object(o) = tree(text, &bump) else {
            panic!()
        };
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
            r#"{"c": 1, "b": 2, "a": 3, "b": 4, "c": 5, "d": 6, "a": 7, "a": 8}"#,
            r#"{"p": 1, "o": 2, "n": 3, "m": 4, "l": 5, "k": 6, "j": 7, "i": 8, "h": 9, "g": 10, "f": 11, "e": 12, "d": 13, "c": 14, "b": 15, "a": 16}"#,
            r#"{"q": 0, "p": 1, "o": 2, "n": 3, "m": 4, "l": 5, "k": 6, "j": 7, "i": 8, "h": 9, "g": 10, "f": 11, "e": 12, "d": 13, "c": 14, "b": 15, "a": 16, "b": 17}"#,
        ] {
            let bump = Bump::new();
            let v: Value = serde_json::from_str(text).unwrap();
            let j = tree(text, &bump);
            assert_eq!(j, Json::from_value(&v, &bump), "{text}");
            // Every key answers with the value the `Map` kept (the last of repeats).
            let Json::Object(o) = j else { panic!() };
            for (k, x) in v.as_object().unwrap() {
                assert_eq!(o.get(k), Some(&Json::from_value(x, &bump)), "{text} {k}");
            }
            let want: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
            assert_eq!(keys(text), want, "{text}");
        }
    }

    #[test]
    fn strings_borrow_when_unescaped() {
        let text = r#"{"k": "plain", "e": "a\nb"}"#;
        let bump = Bump::new();
        let Json::Object(o) = tree(text, &bump) else {
            panic!()
        };
        let Some(Json::String(k)) = o.get("k") else {
            panic!()
        };
        assert!(text.as_bytes().as_ptr_range().contains(&k.as_ptr()));
        let Some(Json::String(e)) = o.get("e") else {
            panic!()
        };
        assert_eq!(*e, "a\nb");
        assert!(!text.as_bytes().as_ptr_range().contains(&e.as_ptr()));
    }

    /// The borrowed tree equals the tree of the `serde_json::Value` of the same text, and the
    /// errors are the same.
    fn same(text: &str) {
        let bump = Bump::new();
        let value = serde_json::from_str::<Value>(text);
        let tree = Json::from_str(text, usize::MAX, &bump);
        match (&value, &tree) {
            (Ok(v), Ok((j, deep))) => {
                assert_eq!(j, &Json::from_value(v, &bump), "{text:?}");
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
        let at = |n: usize| {
            Json::from_str(&("[".repeat(n) + &"]".repeat(n)), 64, &Bump::new()).map(|r| r.1)
        };
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
            let b = Json::from_str(text, usize::MAX, &Bump::new())
                .map(|_| ())
                .map_err(|e| e.to_string());
            assert_eq!(a, b, "{text}");
        }
    }
}
