//! Importers: a cluster description built from what users already hold — `kubectl get
//! nodes,storageclasses -o json`, an eksctl `ClusterConfig`, a `terraform show -json` plan or
//! state. Pure functions of text (no I/O, no cluster access), so every binding gives the same
//! bytes. The answer is `{"description": {…}, "notes": [{"path", "from", "message"}]}`: `path`
//! points into the description (a JSON Pointer, empty for the whole), `from` names where in the
//! source the value came from (a JSON Pointer, or a Terraform resource address and attribute).
//!
//! Principles: never invent a value (absent or unknown-at-plan-time stays absent; the one
//! exception is a default the tool itself documents, filled in with a note); pools take their
//! role from labels, else from a role-word pool name, else `other`, and the `roles` option
//! overrides; each inferred role is noted. Docs: docs/import.md.
use crate::{guard, Error, ErrorCode, MAX_BYTES};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

mod eksctl;
mod kubectl;
mod roles;
mod terraform;

/// The kinds of source `describe` reads, in the order the docs list them.
pub const IMPORT_KINDS: [&str; 3] = ["kubectl", "eksctl", "terraform"];

/// Describes a cluster from `text` of the given `kind` (`kubectl`, `eksctl`, `terraform`).
/// `options`: `null`, or `{"roles": {"<pool name>": "<role>"}}`.
pub fn describe(kind: &str, text: &str, options: &Value) -> Result<Value, Error> {
    guard(|| {
        let options = ImportOptions::from_value(options)?;
        if !IMPORT_KINDS.contains(&kind) {
            return Err(Error::options(format!(
                "unknown import kind `{kind}`: expected `kubectl`, `eksctl` or `terraform`"
            )));
        }
        if text.len() > MAX_BYTES {
            return Err(Error::too_large(text.len()));
        }
        let draft = match kind {
            "kubectl" => kubectl::import(&crate::parse_json(text)?)?,
            "eksctl" => eksctl::import(&eksctl::read(text)?)?,
            _ => terraform::import(&crate::parse_json(text)?)?,
        };
        Ok(draft.finish(&options))
    })
}

/// Options of `describe`.
#[derive(Debug, Default)]
struct ImportOptions {
    /// `roles`: pool name → role, overriding the inferred role.
    roles: BTreeMap<String, String>,
}

impl ImportOptions {
    fn from_value(v: &Value) -> Result<Self, Error> {
        let mut out = ImportOptions::default();
        let o = match v {
            Value::Null => return Ok(out),
            Value::Object(o) => o,
            _ => return Err(Error::options("import options must be an object")),
        };
        for (key, value) in o {
            match (key.as_str(), value) {
                ("roles", Value::Null) => {}
                ("roles", Value::Object(m)) => {
                    for (pool, role) in m {
                        let Some(role) = role.as_str().filter(|r| roles::ROLES.contains(r)) else {
                            return Err(Error::options(format!(
                                "`roles.{pool}` must be one of {}",
                                roles::ROLES
                                    .iter()
                                    .map(|r| format!("`{r}`"))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            )));
                        };
                        out.roles.insert(pool.clone(), role.to_string());
                    }
                }
                ("roles", _) => {
                    return Err(Error::options(
                        "`roles` must map pool names to roles, e.g. {\"ng-1\": \"compute\"}",
                    ))
                }
                (other, _) => {
                    return Err(Error::options(format!(
                        "unknown import option `{other}`: the one option is `roles`"
                    )))
                }
            }
        }
        Ok(out)
    }
}

/// One note of the answer.
#[derive(Debug, Clone)]
pub(crate) struct Note {
    pub path: String,
    pub from: String,
    pub message: String,
}

/// A node pool being built; its role is settled by [`Draft::finish`].
#[derive(Debug, Default)]
pub(crate) struct Pool {
    pub name: String,
    /// Where the pool comes from (the `from` of its role note).
    pub from: String,
    pub fields: Map<String, Value>,
    pub labels: Map<String, Value>,
    /// Notes on the pool's fields: (field, from, message); the path is made at the end.
    pub notes: Vec<(&'static str, String, String)>,
}

impl Pool {
    pub fn new(name: impl Into<String>, from: impl Into<String>) -> Self {
        Pool {
            name: name.into(),
            from: from.into(),
            ..Pool::default()
        }
    }
    pub fn set(&mut self, field: &str, v: Value) {
        self.fields.insert(field.to_string(), v);
    }
    pub fn note(
        &mut self,
        field: &'static str,
        from: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.notes.push((field, from.into(), message.into()));
    }
}

/// A description being built, with its notes.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    pub name: Option<String>,
    pub provider: Option<&'static str>,
    pub kubernetes: Map<String, Value>,
    pub zones: BTreeSet<String>,
    /// Zones in the source's own order, when it lists them (eksctl); else `zones` sorted.
    pub zone_list: Option<Vec<String>>,
    pub network: Map<String, Value>,
    pub secondary_cidrs: Vec<Value>,
    pub subnets: Vec<Value>,
    pub pools: Vec<Pool>,
    pub storage_classes: Vec<Value>,
    pub notes: Vec<Note>,
}

impl Draft {
    pub fn note(
        &mut self,
        path: impl Into<String>,
        from: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.notes.push(Note {
            path: path.into(),
            from: from.into(),
            message: message.into(),
        });
    }

    /// The answer: the description and the notes.
    fn finish(mut self, options: &ImportOptions) -> Value {
        let mut d = Map::new();
        if let Some(name) = self.name.take() {
            d.insert("name".into(), Value::String(name));
        }
        if let Some(p) = self.provider {
            d.insert("provider".into(), Value::String(p.into()));
        }
        if !self.kubernetes.is_empty() {
            d.insert(
                "kubernetes".into(),
                Value::Object(std::mem::take(&mut self.kubernetes)),
            );
        }
        let zones: Vec<String> = match self.zone_list.take() {
            Some(list) => list,
            None => self.zones.iter().cloned().collect(),
        };
        if !zones.is_empty() {
            d.insert("availabilityZones".into(), strings(zones));
        }
        if !self.secondary_cidrs.is_empty() {
            self.network.insert(
                "secondaryCidrs".into(),
                Value::Array(std::mem::take(&mut self.secondary_cidrs)),
            );
        }
        if !self.subnets.is_empty() {
            self.network.insert(
                "subnets".into(),
                Value::Array(std::mem::take(&mut self.subnets)),
            );
        }
        if !self.network.is_empty() {
            d.insert(
                "network".into(),
                Value::Object(std::mem::take(&mut self.network)),
            );
        }

        // Pools: unique names, then roles.
        let mut pool_notes = Vec::new();
        let mut seen = BTreeSet::new();
        let mut used_overrides = BTreeSet::new();
        let mut pools = Vec::new();
        for (i, mut pool) in std::mem::take(&mut self.pools).into_iter().enumerate() {
            let base = pool.name.clone();
            let mut n = 2;
            while !seen.insert(pool.name.clone()) {
                pool.name = format!("{base}-{n}");
                n += 1;
            }
            if pool.name != base {
                pool_notes.push(Note {
                    path: format!("/nodePools/{i}/name"),
                    from: pool.from.clone(),
                    message: format!(
                        "a second pool is named `{base}`: this one is named `{}`",
                        pool.name
                    ),
                });
            }
            let role = match options.roles.get(&pool.name) {
                Some(role) => {
                    used_overrides.insert(pool.name.clone());
                    role.clone()
                }
                None => {
                    let (role, why) = roles::infer(&pool.name, &pool.labels);
                    pool_notes.push(Note {
                        path: format!("/nodePools/{i}/role"),
                        from: pool.from.clone(),
                        message: format!(
                            "role `{role}` inferred {why}: set it with the `roles` option"
                        ),
                    });
                    role.to_string()
                }
            };
            let mut p = Map::new();
            p.insert("name".into(), Value::String(pool.name.clone()));
            p.insert("role".into(), Value::String(role));
            for (k, v) in std::mem::take(&mut pool.fields) {
                p.insert(k, v);
            }
            if !pool.labels.is_empty() {
                p.insert(
                    "labels".into(),
                    Value::Object(std::mem::take(&mut pool.labels)),
                );
            }
            for (field, from, message) in std::mem::take(&mut pool.notes) {
                pool_notes.push(Note {
                    path: format!("/nodePools/{i}/{field}"),
                    from,
                    message,
                });
            }
            pools.push(Value::Object(p));
        }
        for name in options.roles.keys() {
            if !used_overrides.contains(name) {
                pool_notes.push(Note {
                    path: String::new(),
                    from: format!("options.roles.{name}"),
                    message: format!(
                        "the `roles` option names pool `{name}`, which the source does not have"
                    ),
                });
            }
        }
        if !pools.is_empty() {
            d.insert("nodePools".into(), Value::Array(pools));
        }
        if !self.storage_classes.is_empty() {
            d.insert(
                "storageClasses".into(),
                Value::Array(std::mem::take(&mut self.storage_classes)),
            );
        }
        let notes: Vec<Value> = self
            .notes
            .into_iter()
            .chain(pool_notes)
            .map(|n| {
                let mut m = Map::new();
                m.insert("path".into(), Value::String(n.path));
                m.insert("from".into(), Value::String(n.from));
                m.insert("message".into(), Value::String(n.message));
                Value::Object(m)
            })
            .collect();
        let mut out = Map::new();
        out.insert("description".into(), Value::Object(d));
        out.insert("notes".into(), Value::Array(notes));
        Value::Object(out)
    }
}

/// `INPUT_NOT_OBJECT`: a document of another kind than the importer reads.
pub(crate) fn not_this_kind(message: impl Into<String>) -> Error {
    Error::new(ErrorCode::InputNotObject, message)
}

/// A list of strings as a value.
pub(crate) fn strings(list: impl IntoIterator<Item = String>) -> Value {
    Value::Array(list.into_iter().map(Value::String).collect())
}

/// A JSON Pointer segment: `~` → `~0`, `/` → `~1`.
pub(crate) fn esc(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// A string map (labels, tags) as strings: numbers and booleans keep their text, other values
/// are left out.
pub(crate) fn string_map(v: Option<&Value>) -> Map<String, Value> {
    let mut out = Map::new();
    if let Some(Value::Object(m)) = v {
        for (k, v) in m {
            let s = match v {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                Value::Bool(b) => b.to_string(),
                _ => continue,
            };
            out.insert(k.clone(), Value::String(s));
        }
    }
    out
}

/// Backticked, comma-separated values for a message.
pub(crate) fn listed<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    values
        .into_iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use serde_json::json;

    #[test]
    fn options_are_checked() {
        let code = |o: Value| describe("kubectl", "{}", &o).unwrap_err().code;
        assert_eq!(code(json!({"role": {}})), ErrorCode::OptionsInvalid);
        assert_eq!(
            code(json!({"roles": {"a": "boss"}})),
            ErrorCode::OptionsInvalid
        );
        assert_eq!(code(json!([1])), ErrorCode::OptionsInvalid);
        let e = describe("helm", "{}", &Value::Null).unwrap_err();
        assert_eq!(e.code, ErrorCode::OptionsInvalid);
        assert!(e.message.contains("`helm`"), "{}", e.message);
    }

    #[test]
    fn bad_input_is_a_coded_error() {
        for kind in IMPORT_KINDS {
            let code = |t: &str| describe(kind, t, &Value::Null).unwrap_err().code;
            assert_eq!(code("{"), ErrorCode::InputNotJson, "{kind}");
            assert_eq!(
                code(r#"{"kind": "Pod"}"#),
                ErrorCode::InputNotObject,
                "{kind}"
            );
            // Text not starting with `{` is YAML to eksctl: without the YAML reader (the WASM
            // build) it is not JSON.
            let yaml_reader = kind != "eksctl" || cfg!(feature = "yaml");
            let want = |c| {
                if yaml_reader {
                    c
                } else {
                    ErrorCode::InputNotJson
                }
            };
            assert_eq!(code("[1, 2]"), want(ErrorCode::InputNotObject), "{kind}");
            let deep = "[".repeat(100) + &"]".repeat(100);
            assert_eq!(code(&deep), want(ErrorCode::InputTooDeep), "{kind}");
            let big = format!("\"{}\"", "a".repeat(MAX_BYTES));
            assert_eq!(code(&big), ErrorCode::InputTooLarge, "{kind}");
            let deep_object = "{\"a\":".repeat(100) + "1" + &"}".repeat(100);
            assert_eq!(code(&deep_object), ErrorCode::InputTooDeep, "{kind}");
        }
    }

    #[test]
    fn roles_option_overrides_and_unknown_pools_are_noted() {
        let list = r#"{"kind":"List","items":[{"kind":"Node","metadata":{"name":"n1","labels":{"eks.amazonaws.com/nodegroup":"ng-1"}}}]}"#;
        let out = describe(
            "kubectl",
            list,
            &json!({"roles": {"ng-1": "gpu", "nope": "compute"}}),
        )
        .unwrap();
        assert_eq!(out["description"]["nodePools"][0]["role"], "gpu");
        let notes = out["notes"].as_array().unwrap();
        assert!(notes.iter().all(|n| n["path"] != "/nodePools/0/role"));
        assert!(notes.iter().any(|n| n["from"] == "options.roles.nope"));
    }
}
