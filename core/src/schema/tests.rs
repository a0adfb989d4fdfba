//! `schema()` and the parser must not drift apart: every object of the JSON Schema lists exactly
//! the keys the parser knows (`input::fields`), and every enum exactly the model's
//! `ALL` spellings. (Compiled only under #[cfg(test)], from `schema/mod.rs`.)
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use crate::input::fields;
use crate::input::model::*;
use serde_json::Value;
use std::collections::BTreeSet;

fn schema() -> Value {
    let s = super::schema();
    assert!(s.is_object(), "schema.json does not parse");
    s
}

/// The object a JSON Pointer into the schema leads to.
fn at<'a>(s: &'a Value, pointer: &str) -> &'a Value {
    s.pointer(pointer)
        .unwrap_or_else(|| panic!("schema has no `{pointer}`"))
}

fn keys(v: &Value) -> BTreeSet<String> {
    v["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("no properties in {v}"))
        .keys()
        .cloned()
        .collect()
}

fn set(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|s| s.to_string()).collect()
}

const OBJECTS: &[(&str, &[&str])] = &[
    ("", fields::ROOT),
    ("/$defs/kubernetes", fields::KUBERNETES),
    ("/$defs/network", fields::NETWORK),
    ("/$defs/subnet", fields::SUBNET),
    ("/$defs/nodePool", fields::NODE_POOL),
    ("/$defs/storage", fields::STORAGE),
    ("/$defs/storageClass", fields::STORAGE_CLASS),
    ("/$defs/storageClassList", fields::STORAGE_CLASS_LIST),
    ("/$defs/capabilities", fields::CAPABILITIES),
    ("/$defs/objectStorage", fields::OBJECT_STORAGE),
    ("/$defs/objectStore", fields::OBJECT_STORE),
    ("/$defs/ingress", fields::INGRESS),
    ("/$defs/tls", fields::TLS),
    ("/$defs/loadBalancer", fields::LOAD_BALANCER),
    ("/$defs/listener", fields::LISTENER),
    ("/$defs/healthCheck", fields::HEALTH_CHECK),
    ("/$defs/addons", fields::ADDONS),
    ("/$defs/namespaces", fields::NAMESPACES),
];

#[test]
fn every_object_lists_exactly_the_parsers_keys() {
    let s = schema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    for (pointer, list) in OBJECTS {
        let o = at(&s, pointer);
        assert_eq!(keys(o), set(list), "properties of `{pointer}` vs fields.rs");
        assert_eq!(
            o["additionalProperties"],
            Value::Bool(false),
            "`{pointer}` must close its keys"
        );
        // Every property is documented.
        for (k, p) in o["properties"].as_object().unwrap() {
            assert!(
                p["description"].is_string() || p["$ref"].is_string(),
                "`{pointer}/properties/{k}` has no description"
            );
        }
    }
    // No other closed object hides in the schema without a fields.rs list.
    let mapped: BTreeSet<&str> = OBJECTS.iter().map(|(p, _)| *p).collect();
    for (name, def) in s["$defs"].as_object().unwrap() {
        if def.get("properties").is_some() {
            assert!(
                mapped.contains(format!("/$defs/{name}").as_str()),
                "`$defs/{name}` has properties but no fields.rs list"
            );
        }
    }
}

#[test]
fn free_form_maps_allow_any_key() {
    let s = schema();
    assert_eq!(
        at(&s, "/$defs/stringMap/additionalProperties/type"),
        "string"
    );
    for p in [
        "/$defs/subnet/properties/tags/$ref",
        "/$defs/nodePool/properties/labels/$ref",
        "/$defs/storageClass/properties/parameters/$ref",
    ] {
        assert_eq!(at(&s, p), "#/$defs/stringMap", "{p}");
    }
    let meta = at(&s, "/$defs/storageClass/properties/metadata");
    assert_eq!(meta["additionalProperties"], Value::Bool(true));
    assert_eq!(meta["required"], serde_json::json!(["name"]));
}

#[test]
fn enums_match_the_model() {
    let s = schema();
    let cases: &[(&str, &[&str])] = &[
        ("/properties/provider", Provider::ALL),
        (
            "/$defs/kubernetes/properties/distribution",
            Distribution::ALL,
        ),
        (
            "/$defs/kubernetes/properties/containerRuntime",
            ContainerRuntime::ALL,
        ),
        ("/$defs/subnet/properties/type", SubnetType::ALL),
        ("/$defs/network/properties/cni", Cni::ALL),
        (
            "/$defs/network/properties/networkPolicy",
            NetworkPolicyEngine::ALL,
        ),
        ("/$defs/nodePool/properties/role", Role::ALL),
        ("/$defs/objectStore/properties/type", ObjectStoreType::ALL),
        (
            "/$defs/storageClassList/properties/kind",
            StorageClassListKind::ALL,
        ),
        ("/$defs/namespaces/properties/mode", NamespaceMode::ALL),
        (
            "/$defs/storageClass/properties/volumeBindingMode",
            VolumeBindingMode::ALL,
        ),
        (
            "/$defs/storageClass/properties/reclaimPolicy",
            ReclaimPolicy::ALL,
        ),
        (
            "/$defs/capabilities/properties/accessModes/items",
            AccessMode::ALL,
        ),
    ];
    for (pointer, all) in cases {
        let listed: Vec<&str> = at(&s, pointer)["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("`{pointer}` has no enum"))
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(&listed, all, "enum at `{pointer}` vs the model");
    }
}

#[test]
fn required_fields_match_spec_section_5() {
    let s = schema();
    let cases: &[(&str, &[&str])] = &[
        ("", &["provider", "kubernetes"]),
        ("/$defs/kubernetes", &["version"]),
        ("/$defs/subnet", &["cidr", "type"]),
        ("/$defs/nodePool", &["name", "role"]),
        ("/$defs/storageClass", &["metadata", "provisioner"]),
        ("/$defs/storageClassList", &["items"]),
        ("/$defs/objectStore", &["type"]),
        ("/$defs/ingress", &["fqdn"]),
    ];
    for (pointer, req) in cases {
        let got: BTreeSet<String> = at(&s, pointer)["required"]
            .as_array()
            .unwrap_or_else(|| panic!("`{pointer}` has no required"))
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(got, set(req), "required of `{pointer}`");
    }
}

#[test]
fn every_ref_resolves() {
    fn walk(s: &Value, v: &Value) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    let p = r.strip_prefix('#').expect("local $ref");
                    assert!(s.pointer(p).is_some(), "dangling $ref {r}");
                }
                m.values().for_each(|x| walk(s, x));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(s, x)),
            _ => {}
        }
    }
    let s = schema();
    walk(&s, &s);
}
