//! YAML text → the JSON value it describes, within the input limits: the one YAML reader of
//! every package (the CLI, Python, Node; not the WASM build, which stays small).
//!
//! The limits are enforced *while* the value is built: nesting deeper than 64 stops the
//! conversion, and so does a value that grows past 1 MiB, which is what a "billion laughs" alias
//! bomb does (a few hundred bytes of anchors and aliases that expand to gigabytes). The YAML
//! crate's own guard (a cap on alias jumps proportional to the document's events) bounds time,
//! not memory, so it is not enough on its own. `serde_norway` reads YAML 1.2 scalars: `yes`,
//! `on` and `no` are strings, not booleans.
use crate::{Error, ErrorCode, MAX_BYTES, MAX_DEPTH};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cell::Cell;
use std::fmt;

/// Converts YAML text to the JSON value it describes, within the input limits.
pub fn yaml_to_value(text: &str) -> Result<Value, Error> {
    // One leading BOM, as the core's JSON reader skips one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let budget = Budget::default();
    let de = serde_norway::Deserializer::from_str(text);
    match (NodeSeed { budget: &budget }).deserialize(de) {
        Ok(v) => Ok(v),
        Err(e) => Err(match budget.tripped.get() {
            Some(code) => Error::new(code, budget_message(code)),
            None => {
                let msg = e.to_string();
                if msg.contains("repetition limit") {
                    Error::new(
                        ErrorCode::InputTooLarge,
                        budget_message(ErrorCode::InputTooLarge),
                    )
                } else if msg.contains("recursion limit") {
                    Error::new(
                        ErrorCode::InputTooDeep,
                        budget_message(ErrorCode::InputTooDeep),
                    )
                } else {
                    Error::new(
                        ErrorCode::InputNotYaml,
                        format!("the document is not YAML: {msg}"),
                    )
                }
            }
        }),
    }
}

fn budget_message(code: ErrorCode) -> String {
    if code == ErrorCode::InputTooDeep {
        format!("the document nests deeper than {MAX_DEPTH} levels")
    } else {
        format!(
            "the document expands to more than the 1 MiB ({MAX_BYTES} bytes) limit \
             (YAML aliases count once per use)"
        )
    }
}

/// Size and depth of the value built so far, counted like the core's size check of a value.
#[derive(Default)]
struct Budget {
    size: Cell<usize>,
    depth: Cell<usize>,
    tripped: Cell<Option<ErrorCode>>,
}

impl Budget {
    fn add<E: de::Error>(&self, n: usize) -> Result<(), E> {
        let size = self.size.get().saturating_add(n);
        self.size.set(size);
        if size > MAX_BYTES {
            self.tripped.set(Some(ErrorCode::InputTooLarge));
            return Err(E::custom("document too large"));
        }
        Ok(())
    }

    fn enter<E: de::Error>(&self) -> Result<(), E> {
        let depth = self.depth.get() + 1;
        self.depth.set(depth);
        if depth > MAX_DEPTH {
            self.tripped.set(Some(ErrorCode::InputTooDeep));
            return Err(E::custom("document too deep"));
        }
        Ok(())
    }

    fn leave(&self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }
}

#[derive(Clone, Copy)]
struct NodeSeed<'b> {
    budget: &'b Budget,
}

impl<'de> DeserializeSeed<'de> for NodeSeed<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NodeSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a YAML value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        self.budget.add(4)?;
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        self.visit_unit()
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
        self.budget.add(5)?;
        Ok(Value::Bool(b))
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Value, E> {
        self.budget.add(8)?;
        Ok(Value::Number(n.into()))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Value, E> {
        self.budget.add(8)?;
        Ok(Value::Number(n.into()))
    }
    fn visit_i128<E: de::Error>(self, n: i128) -> Result<Value, E> {
        self.visit_f64(n as f64)
    }
    fn visit_u128<E: de::Error>(self, n: u128) -> Result<Value, E> {
        self.visit_f64(n as f64)
    }
    fn visit_f64<E: de::Error>(self, f: f64) -> Result<Value, E> {
        self.budget.add(8)?;
        // JSON has no NaN or infinity: keep YAML's spelling as a string, which the parser then
        // reports like any other value of the wrong type.
        Ok(match Number::from_f64(f) {
            Some(n) => Value::Number(n),
            None if f.is_nan() => Value::String(".nan".into()),
            None if f > 0.0 => Value::String(".inf".into()),
            None => Value::String("-.inf".into()),
        })
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        self.budget.add(s.len() + 2)?;
        Ok(Value::String(s.to_string()))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Value, E> {
        self.budget.add(s.len() + 2)?;
        Ok(Value::String(s))
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Value, E> {
        Err(E::custom("binary values are not supported"))
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    /// A tagged value (`!Ref x`): the tag is dropped, the value kept.
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        let (_tag, variant): (de::IgnoredAny, _) = data.variant()?;
        de::VariantAccess::newtype_variant_seed(variant, self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.budget.enter()?;
        self.budget.add(2)?;
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(self)? {
            self.budget.add(1)?;
            items.push(v);
        }
        self.budget.leave();
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.budget.enter()?;
        self.budget.add(2)?;
        let mut out = Map::new();
        let mut merges = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed {
            budget: self.budget,
        })? {
            let value = map.next_value_seed(self)?;
            self.budget.add(4)?;
            if key == "<<" {
                // YAML merge key: `<<: *defaults` (or a list of them) supplies keys the mapping
                // does not set itself.
                merges.push(value);
            } else {
                out.insert(key, value);
            }
        }
        for merged in merges {
            let sources = match merged {
                Value::Array(list) => list,
                other => vec![other],
            };
            for source in sources {
                match source {
                    Value::Object(m) => {
                        for (k, v) in m {
                            out.entry(k).or_insert(v);
                        }
                    }
                    _ => return Err(de::Error::custom("a `<<` merge key needs a mapping")),
                }
            }
        }
        self.budget.leave();
        Ok(Value::Object(out))
    }
}

/// A mapping key: JSON keys are strings, so YAML scalar keys (`1`, `true`) become their text.
struct KeySeed<'b> {
    budget: &'b Budget,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string mapping key")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<String, E> {
        self.budget.add(s.len())?;
        Ok(s.to_string())
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<String, E> {
        self.budget.add(s.len())?;
        Ok(s)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<String, E> {
        self.visit_string(b.to_string())
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<String, E> {
        self.visit_string(n.to_string())
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<String, E> {
        self.visit_string(n.to_string())
    }
    fn visit_f64<E: de::Error>(self, f: f64) -> Result<String, E> {
        self.visit_string(f.to_string())
    }
    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        self.visit_string("null".to_string())
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, _: A) -> Result<String, A::Error> {
        Err(de::Error::custom("a mapping key must be a plain string"))
    }
}

/// A JSON value as YAML text (the CLI's `import --format yaml`): block style, keys in the value's
/// order.
pub fn to_yaml(value: &Value) -> Result<String, Error> {
    serde_norway::to_string(value).map_err(|e| Error::internal(format!("cannot write YAML: {e}")))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn yaml_becomes_the_same_json() {
        let v =
            yaml_to_value("provider: aws\nkubernetes:\n  version: '1.30'\nntp: true\n").unwrap();
        assert_eq!(
            v,
            serde_json::json!({"provider": "aws", "kubernetes": {"version": "1.30"}, "ntp": true})
        );
    }

    #[test]
    fn merge_keys_fill_missing_keys() {
        let v = yaml_to_value("base: &b {cpu: 8, memory: 32}\npool: {<<: *b, cpu: 16}\n").unwrap();
        assert_eq!(v["pool"], serde_json::json!({"cpu": 16, "memory": 32}));
    }

    #[test]
    fn alias_bombs_stop_at_the_size_limit() {
        let mut doc = String::from(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        for w in names.windows(2) {
            let (prev, next) = (w[0], w[1]);
            doc.push_str(&format!(
                "{next}: &{next} [{}]\n",
                vec![format!("*{prev}"); 9].join(",")
            ));
        }
        let e = yaml_to_value(&doc).unwrap_err();
        assert_eq!(e.code, ErrorCode::InputTooLarge, "{}", e.message);
    }

    #[test]
    fn depth_is_limited() {
        let deep = "[".repeat(65) + &"]".repeat(65);
        assert_eq!(
            yaml_to_value(&deep).unwrap_err().code,
            ErrorCode::InputTooDeep
        );
        let ok = "[".repeat(64) + &"]".repeat(64);
        assert!(yaml_to_value(&ok).is_ok());
    }
}
