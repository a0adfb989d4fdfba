//! A document built by a host straight from its own values (a Python dict, a JS object) into
//! the parser's tree ([`Json`]), without a `serde_json::Value` in between, and measured while
//! it is built: the exact byte length of its compact JSON text (what `serde_json::to_string`
//! writes for the same value) and its nesting, each stopping the build as soon as the limit is
//! passed, as [`super::check_value`] does for a `Value`.
//!
//! The host walks its value and calls the builder in document order: scalars give a [`Node`],
//! a container is `begin_*`, its children, `end_*`. Containers collect their children on the
//! builder's two stacks and are copied into the arena when they end, as in the text parser.
//!
//! Strings are scanned for the bytes JSON escapes only when that could matter: the builder
//! counts a string as its bytes and quotes, and keeps the most it could grow by escaping (5
//! bytes per byte, a control character written `\u00XX`) aside. While even that bound stays
//! within the limit no scan is needed (every document far below 1 MiB); the moment it does not,
//! the strings not yet scanned are scanned and the count is exact from then on. So the build
//! stops at the very value where the exact length first passes the limit, as if every string
//! had been scanned as it came.
use super::json::{Bump, Json, Num, Obj};
use super::size::{number_len, string_len};
use crate::error::{Error, MAX_BYTES, MAX_DEPTH};
use crate::json_out::escaped_len;

/// The memory a built document lives in; it must outlive the [`Node`]s built in it.
#[derive(Default)]
pub struct Arena(Bump);

impl Arena {
    pub fn new() -> Self {
        Arena(Bump::new())
    }
}

/// A value of a document under construction (or its root, for
/// [`validate_tree`](crate::validate_tree)).
#[derive(Debug, Clone, Copy)]
pub struct Node<'a>(pub(crate) Json<'a>);

/// An object key, measured and copied into the arena.
#[derive(Debug, Clone, Copy)]
pub struct Key<'a>(&'a str);

/// Where a container's children start on the builder's stack.
#[derive(Debug, Clone, Copy)]
#[must_use]
pub struct Mark(usize);

/// Builds one document in an [`Arena`]. Every method that adds bytes to the document's JSON
/// text fails with `INPUT_TOO_LARGE` once they pass [`MAX_BYTES`]; `begin_*` fails with
/// `INPUT_TOO_DEEP` past [`MAX_DEPTH`] levels (the top-level value is level 1).
pub struct TreeBuilder<'a> {
    bump: &'a Bump,
    items: Vec<Json<'a>>,
    entries: Vec<(&'a str, Json<'a>)>,
    /// The JSON text's bytes so far, exact but for the escapes of the strings in `unscanned`.
    size: usize,
    /// Strings (their arena copies) not yet scanned for escapes; at most [`UNSCANNED`].
    unscanned: Vec<&'a str>,
    /// Their bytes: escaping could add at most five times as many.
    unscanned_bytes: usize,
    /// Once the bound has reached the limit: every string is scanned as it comes.
    exact: bool,
    depth: usize,
}

/// Strings kept unscanned at most; then they are scanned (the count stays exact for them) and
/// the list starts again, so the list's memory stays small whatever the document.
const UNSCANNED: usize = 1024;

impl<'a> TreeBuilder<'a> {
    pub fn new(arena: &'a Arena) -> Self {
        TreeBuilder {
            bump: &arena.0,
            items: Vec::with_capacity(16),
            entries: Vec::with_capacity(16),
            size: 0,
            unscanned: Vec::with_capacity(UNSCANNED),
            unscanned_bytes: 0,
            exact: false,
            depth: 0,
        }
    }

    fn add(&mut self, n: usize) -> Result<(), Error> {
        self.size = self.size.saturating_add(n);
        self.check()
    }

    /// Fails once the exact length passes the limit. `size` never exceeds the exact length, and
    /// `size` + 5 × `unscanned_bytes` never falls below it: the scan runs only when that bound
    /// passes the limit.
    fn check(&mut self) -> Result<(), Error> {
        if !self.exact
            && self
                .size
                .saturating_add(self.unscanned_bytes.saturating_mul(5))
                > MAX_BYTES
        {
            self.scan();
            self.exact = true;
        }
        if self.size > MAX_BYTES {
            return Err(Error::too_large_value());
        }
        Ok(())
    }

    /// Adds the escapes of the strings not yet scanned.
    fn scan(&mut self) {
        for s in self.unscanned.drain(..) {
            self.size = self
                .size
                .saturating_add(escaped_len(s).saturating_sub(s.len() + 2));
        }
        self.unscanned_bytes = 0;
    }

    /// A string (+ `more`: a key's colon) copied into the arena and counted. One whose bytes
    /// alone pass the limit fails before it is copied.
    fn string_in(&mut self, s: &str, more: usize) -> Result<&'a str, Error> {
        if self.size.saturating_add(s.len()).saturating_add(2 + more) > MAX_BYTES {
            return Err(Error::too_large_value());
        }
        let s: &'a str = self.bump.alloc_str(s);
        self.add_string(s, more)?;
        Ok(s)
    }

    /// A string's bytes and quotes (+ `more`), its escapes now or later.
    fn add_string(&mut self, s: &'a str, more: usize) -> Result<(), Error> {
        if self.exact {
            return self.add(string_len(s) + more);
        }
        if !s.is_empty() {
            if self.unscanned.len() == UNSCANNED {
                self.scan();
            }
            self.unscanned.push(s);
            self.unscanned_bytes = self.unscanned_bytes.saturating_add(s.len());
        }
        self.add(s.len().saturating_add(2 + more))
    }

    /// The exact length of the JSON text so far.
    #[cfg(test)]
    fn measured(&mut self) -> usize {
        self.scan();
        self.size
    }

    pub fn null(&mut self) -> Result<Node<'a>, Error> {
        self.add(4)?;
        Ok(Node(Json::Null))
    }

    pub fn boolean(&mut self, b: bool) -> Result<Node<'a>, Error> {
        self.add(if b { 4 } else { 5 })?;
        Ok(Node(Json::Bool(b)))
    }

    pub fn u64(&mut self, u: u64) -> Result<Node<'a>, Error> {
        self.add(digits(u))?;
        Ok(Node(Json::Number(Num::PosInt(u))))
    }

    pub fn i64(&mut self, i: i64) -> Result<Node<'a>, Error> {
        match u64::try_from(i) {
            Ok(u) => self.u64(u),
            Err(_) => {
                self.add(1 + digits(i.unsigned_abs()))?;
                Ok(Node(Json::Number(Num::NegInt(i))))
            }
        }
    }

    /// A double; a non-finite one (which JSON cannot hold: hosts reject it first) is `null`, as
    /// in a `serde_json::Value`.
    pub fn f64(&mut self, f: f64) -> Result<Node<'a>, Error> {
        if !f.is_finite() {
            return self.null();
        }
        let n = Num::Float(f);
        self.add(number_len(&n.to_number()))?;
        Ok(Node(Json::Number(n)))
    }

    /// A string, copied into the arena.
    pub fn string(&mut self, s: &str) -> Result<Node<'a>, Error> {
        Ok(Node(Json::String(self.string_in(s, 0)?)))
    }

    /// Starts an array of `len` items.
    pub fn begin_array(&mut self, len: usize) -> Result<Mark, Error> {
        self.open(len)?;
        Ok(Mark(self.items.len()))
    }

    pub fn push(&mut self, item: Node<'a>) {
        self.items.push(item.0);
    }

    pub fn end_array(&mut self, mark: Mark) -> Node<'a> {
        self.depth = self.depth.saturating_sub(1);
        let items = self
            .bump
            .alloc_slice_copy(self.items.get(mark.0..).unwrap_or_default());
        self.items.truncate(mark.0);
        Node(Json::Array(items))
    }

    /// Starts an object of `len` entries.
    pub fn begin_object(&mut self, len: usize) -> Result<Mark, Error> {
        self.open(len)?;
        Ok(Mark(self.entries.len()))
    }

    /// An object key (with its colon), copied into the arena.
    pub fn key(&mut self, s: &str) -> Result<Key<'a>, Error> {
        Ok(Key(self.string_in(s, 1)?))
    }

    pub fn insert(&mut self, key: Key<'a>, value: Node<'a>) {
        self.entries.push((key.0, value.0));
    }

    /// Ends an object: it answers as a `serde_json::Map` of the same entries would (keys in
    /// byte order, of repeated keys the last; a host's keys are unique anyway).
    pub fn end_object(&mut self, mark: Mark) -> Node<'a> {
        self.depth = self.depth.saturating_sub(1);
        let open = self.entries.get_mut(mark.0..).unwrap_or_default();
        let object = Obj::finish(self.bump, open);
        self.entries.truncate(mark.0);
        Node(Json::Object(object))
    }

    /// A container one level down with `len` children: past the nesting limit (a dict that
    /// contains itself reaches it at once) the build stops; else its brackets and commas count.
    fn open(&mut self, len: usize) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Error::too_deep());
        }
        self.add(2 + len.saturating_sub(1))
    }
}

/// Decimal digits of `u`.
fn digits(mut u: u64) -> usize {
    let mut n = 1;
    while u >= 10 {
        u /= 10;
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use serde_json::Value;

    /// Builds `v` as a host would.
    fn build<'a>(b: &mut TreeBuilder<'a>, v: &Value) -> Result<Node<'a>, Error> {
        match v {
            Value::Null => b.null(),
            Value::Bool(x) => b.boolean(*x),
            Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(u), _, _) => b.u64(u),
                (None, Some(i), _) => b.i64(i),
                (_, _, f) => b.f64(f.unwrap_or(f64::NAN)),
            },
            Value::String(s) => b.string(s),
            Value::Array(a) => {
                let mark = b.begin_array(a.len())?;
                for x in a {
                    let n = build(b, x)?;
                    b.push(n);
                }
                Ok(b.end_array(mark))
            }
            Value::Object(o) => {
                let mark = b.begin_object(o.len())?;
                for (k, x) in o {
                    let key = b.key(k)?;
                    let n = build(b, x)?;
                    b.insert(key, n);
                }
                Ok(b.end_object(mark))
            }
        }
    }

    #[test]
    fn the_tree_and_the_limits_are_those_of_a_value() {
        let texts = [
            r#"{"a":[1,2.5,-0.0,1e300,null,true,false,"x\"\\\n\u0001é😀"],"":{},"b":[]}"#,
            r#"{"z":1,"y":{"b":[-7,18446744073709551615,-9223372036854775808]},"a":"s"}"#,
            "[]",
            "0",
            "9007199254740993.0",
        ];
        for text in texts {
            let v: Value = serde_json::from_str(text).unwrap();
            let arena = Arena::new();
            let mut b = TreeBuilder::new(&arena);
            let node = build(&mut b, &v).unwrap();
            let bump = Bump::new();
            assert_eq!(node.0, Json::from_value(&v, &bump), "{text}");
            let (size, deep) = super::super::size::value_len(&v, usize::MAX, MAX_DEPTH);
            assert_eq!(b.measured(), size, "{text}");
            assert!(!deep);
        }
        // The size limit, exactly: a string whose JSON text is MAX_BYTES long passes, one byte
        // more does not.
        for (extra, ok) in [(0, true), (1, false)] {
            let v = Value::String("a".repeat(MAX_BYTES - 2 + extra));
            let arena = Arena::new();
            let got = build(&mut TreeBuilder::new(&arena), &v).map(|_| ());
            let want = super::super::check_value(&v);
            assert_eq!(got.is_ok(), ok);
            assert_eq!(got.map_err(|e| e.code), want.map_err(|e| e.code));
        }
        for (n, code) in [(64, None), (65, Some(ErrorCode::InputTooDeep))] {
            let mut v = Value::Null;
            for _ in 0..n {
                v = Value::Array(vec![v]);
            }
            let arena = Arena::new();
            let got = build(&mut TreeBuilder::new(&arena), &v).map(|_| ());
            assert_eq!(got.map_err(|e| e.code).err(), code, "{n}");
        }
    }

    /// The build fails at exactly the string after which the exact length of the JSON text
    /// (counted here by scanning every string) first passes the limit, however the scans were
    /// put off: strings that escape heavily (a control character takes 6 bytes, a quote 2) or
    /// not at all, long and short (thousands of them, past the unscanned list's size), keys and
    /// values.
    #[test]
    fn strings_stop_where_the_exact_length_passes_the_limit() {
        let long = [
            "a".repeat(3000),
            "\u{1}".repeat(1000),
            "\"".repeat(2000),
            "é".repeat(900),
            String::new(),
            "x\n".repeat(10),
        ];
        let short = ["ab", "\u{1f}", "", "q\"", "\t\t\t", "zzzzzzzzzzzz", "é"].map(String::from);
        // Only control characters: the escapes are exactly the five bytes per byte the bound
        // allows for, so a smaller bound would let the build pass the limit.
        let control = ["\u{1}".repeat(777), "\u{2}".repeat(5)];
        for (pieces, step) in [
            (&long[..], 1),
            (&long[..], 5),
            (&short[..], 3),
            (&short[..], 2),
            (&control[..], 1),
        ] {
            for seed in 0..pieces.len() {
                let arena = Arena::new();
                let mut b = TreeBuilder::new(&arena);
                let mut exact = 0usize;
                let mut i = seed;
                loop {
                    let s = &pieces[i % pieces.len()];
                    let key = i % 2 == 0;
                    exact += escaped_len(s) + usize::from(key);
                    let got = if key {
                        b.key(s).map(|_| ())
                    } else {
                        b.string(s).map(|_| ())
                    };
                    assert_eq!(got.is_err(), exact > MAX_BYTES, "string {i}");
                    if got.is_err() {
                        break;
                    }
                    i += step;
                }
            }
        }
    }
}
