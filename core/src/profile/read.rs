//! Reads a [`Profile`] from a `serde_json::Value` by hand, with exactly the values and the error
//! messages the derived `Deserialize` gave through `serde_json::from_value` (a test compares the
//! two on thousands of mutated profiles). The derived code, one visitor per struct, field and
//! map type, was about 65 KB of the WebAssembly build; this is a few KB.
//!
//! What serde's derive did, and this keeps: map entries are read in key order and the first
//! problem wins (an unknown field, then a bad value); missing required fields are reported after
//! the entries, in declaration order; a struct may also be given as an array of its fields in
//! declaration order; an enum value is its name, or an object with its name as the only key and
//! `null` as the value.
use super::{
    custom_name, ByProvider, HealthCheckReq, IngressReq, KubernetesReq, ListenerReq, NetworkReq,
    NodePoolsReq, Profile, RoleReq, StorageReq, ZonesReq,
};
use crate::input::model::{Distribution, Role};
use crate::severity::SeverityLevel;
use serde_json::Value;
use std::collections::BTreeMap;

type R<T> = Result<T, String>;

/// Reads a whole profile (the message of an error is serde_json's).
pub(super) fn profile(v: &Value) -> R<Profile> {
    let mut p = Profile {
        name: custom_name(),
        title: String::new(),
        extends: None,
        size_tolerance: 0.0,
        severity: BTreeMap::new(),
        rules: None,
        kubernetes: KubernetesReq::default(),
        network: NetworkReq::default(),
        zones: ZonesReq::default(),
        node_pools: NodePoolsReq::default(),
        storage: StorageReq::default(),
        ingress: IngressReq::default(),
        addons: BTreeMap::new(),
    };
    const KEYS: &[&str] = &[
        "name",
        "title",
        "extends",
        "sizeTolerance",
        "severity",
        "rules",
        "kubernetes",
        "network",
        "zones",
        "nodePools",
        "storage",
        "ingress",
        "addons",
    ];
    fields(v, "Profile", KEYS, false, &mut |i, v| {
        match i {
            0 => p.name = string(v)?,
            1 => p.title = string(v)?,
            2 => p.extends = option(v, string)?,
            3 => p.size_tolerance = float(v)?,
            4 => p.severity = map(v, |k| Ok(k.to_string()), severity)?,
            5 => p.rules = option(v, |v| seq(v, string))?,
            6 => p.kubernetes = kubernetes(v)?,
            7 => p.network = network(v)?,
            8 => p.zones = zones(v)?,
            9 => p.node_pools = node_pools(v)?,
            10 => p.storage = storage(v)?,
            11 => p.ingress = ingress(v)?,
            _ => p.addons = map(v, |k| Ok(k.to_string()), string)?,
        }
        Ok(())
    })?;
    Ok(p)
}

fn kubernetes(v: &Value) -> R<KubernetesReq> {
    let mut k = KubernetesReq::default();
    let keys = &["minVersion", "validatedVersions", "dockerDeprecation"];
    fields(v, "KubernetesReq", keys, false, &mut |i, v| {
        match i {
            0 => k.min_version = option(v, string)?,
            1 => k.validated_versions = map(v, distribution_key, string)?,
            _ => k.docker_deprecation = boolean(v)?,
        }
        Ok(())
    })?;
    Ok(k)
}

fn network(v: &Value) -> R<NetworkReq> {
    let mut n = NetworkReq::default();
    let keys = &[
        "vpcMaxPrefix",
        "privateSubnetCount",
        "privateSubnetMaxPrefix",
        "podAddressMaxPrefix",
    ];
    fields(v, "NetworkReq", keys, false, &mut |i, v| {
        match i {
            0 => n.vpc_max_prefix = option(v, u8_)?,
            1 => n.private_subnet_count = option(v, u32_)?,
            2 => n.private_subnet_max_prefix = option(v, u8_)?,
            _ => n.pod_address_max_prefix = option(v, u8_)?,
        }
        Ok(())
    })?;
    Ok(n)
}

fn zones(v: &Value) -> R<ZonesReq> {
    let mut z = ZonesReq::default();
    fields(v, "ZonesReq", &["allowedCounts"], false, &mut |_, v| {
        z.allowed_counts = seq(v, u32_)?;
        Ok(())
    })?;
    Ok(z)
}

fn node_pools(v: &Value) -> R<NodePoolsReq> {
    let mut n = NodePoolsReq::default();
    let keys = &[
        "requiredRoles",
        "recommendedRoles",
        "os",
        "roles",
        "clusterOwnedTag",
    ];
    fields(v, "NodePoolsReq", keys, false, &mut |i, v| {
        match i {
            0 => n.required_roles = seq(v, role)?,
            1 => n.recommended_roles = by_provider(v, |v| seq(v, role))?,
            2 => n.os = by_provider(v, string)?,
            3 => n.roles = map(v, role_key, role_req)?,
            _ => n.cluster_owned_tag = boolean(v)?,
        }
        Ok(())
    })?;
    Ok(n)
}

fn role_req(v: &Value) -> R<RoleReq> {
    let mut r = RoleReq::default();
    let keys = &[
        "cpu",
        "memory",
        "bootDisk",
        "additionalDisk",
        "gpus",
        "minNodes",
        "maxNodes",
        "recommendedMinNodes",
        "labels",
        "recommendedCpu",
        "recommendedMemory",
        "autoscaling",
        "autoscalerLabelTags",
    ];
    fields(v, "RoleReq", keys, false, &mut |i, v| {
        match i {
            0 => r.cpu = option(v, float)?,
            1 => r.memory = option(v, float)?,
            2 => r.boot_disk = option(v, float)?,
            3 => r.additional_disk = by_provider(v, float)?,
            4 => r.gpus = option(v, u32_)?,
            5 => r.min_nodes = option(v, u32_)?,
            6 => r.max_nodes = option(v, u32_)?,
            7 => r.recommended_min_nodes = option(v, u32_)?,
            8 => r.labels = map(v, |k| Ok(k.to_string()), string)?,
            9 => r.recommended_cpu = option(v, float)?,
            10 => r.recommended_memory = option(v, float)?,
            11 => r.autoscaling = boolean(v)?,
            _ => r.autoscaler_label_tags = boolean(v)?,
        }
        Ok(())
    })?;
    Ok(r)
}

fn storage(v: &Value) -> R<StorageReq> {
    let mut s = StorageReq::default();
    let keys = &[
        "blockClass",
        "sharedClass",
        "minVolumeGiB",
        "blockNfsAllowed",
    ];
    fields(v, "StorageReq", keys, false, &mut |i, v| {
        match i {
            0 => s.block_class = by_provider(v, string)?,
            1 => s.shared_class = by_provider(v, string)?,
            2 => s.min_volume_gib = option(v, float)?,
            _ => s.block_nfs_allowed = by_provider(v, boolean)?,
        }
        Ok(())
    })?;
    Ok(s)
}

fn ingress(v: &Value) -> R<IngressReq> {
    let mut g = IngressReq::default();
    let keys = &["served", "listeners", "healthCheck"];
    fields(v, "IngressReq", keys, false, &mut |i, v| {
        match i {
            0 => g.served = boolean(v)?,
            1 => g.listeners = seq(v, listener)?,
            _ => g.health_check = option(v, health_check)?,
        }
        Ok(())
    })?;
    Ok(g)
}

fn listener(v: &Value) -> R<ListenerReq> {
    let mut l = ListenerReq {
        port: 0,
        target_port: 0,
    };
    fields(
        v,
        "ListenerReq",
        &["port", "targetPort"],
        true,
        &mut |i, v| {
            match i {
                0 => l.port = u32_(v)?,
                _ => l.target_port = u32_(v)?,
            }
            Ok(())
        },
    )?;
    Ok(l)
}

fn health_check(v: &Value) -> R<HealthCheckReq> {
    let mut h = HealthCheckReq {
        protocol: String::new(),
        port: 0,
        path: String::new(),
    };
    let keys = &["protocol", "port", "path"];
    fields(v, "HealthCheckReq", keys, true, &mut |i, v| {
        match i {
            0 => h.protocol = string(v)?,
            1 => h.port = u32_(v)?,
            _ => h.path = string(v)?,
        }
        Ok(())
    })?;
    Ok(h)
}

fn by_provider<T>(v: &Value, read: impl Fn(&Value) -> R<T>) -> R<ByProvider<T>> {
    let mut b = ByProvider::default();
    let keys = &["default", "aws", "azure", "gcp", "onprem"];
    fields(v, "ByProvider", keys, false, &mut |i, v| {
        let value = option(v, &read)?;
        match i {
            0 => b.default = value,
            1 => b.aws = value,
            2 => b.azure = value,
            3 => b.gcp = value,
            _ => b.onprem = value,
        }
        Ok(())
    })?;
    Ok(b)
}

/// A struct: an object (unknown keys refused) or an array of the fields in order. `set` reads
/// field `i` from its value; a `required` struct needs every field.
fn fields(
    v: &Value,
    name: &str,
    keys: &[&str],
    required: bool,
    set: &mut dyn FnMut(usize, &Value) -> R<()>,
) -> R<()> {
    match v {
        Value::Object(map) => {
            let mut seen = 0u32;
            for (k, v) in map {
                let Some(i) = keys.iter().position(|key| key == k) else {
                    return Err(format!("unknown field `{k}`, expected {}", one_of(keys)));
                };
                set(i, v)?;
                seen |= 1 << i;
            }
            if required {
                if let Some(i) = (0..keys.len()).find(|&i| seen & (1 << i) == 0) {
                    return Err(format!("missing field `{}`", keys.get(i).unwrap_or(&"")));
                }
            }
            Ok(())
        }
        Value::Array(items) => {
            for i in 0..keys.len() {
                match items.get(i) {
                    Some(item) => set(i, item)?,
                    None if required => {
                        return Err(format!(
                            "invalid length {i}, expected struct {name} with {} elements",
                            keys.len()
                        ))
                    }
                    None => {}
                }
            }
            if items.len() > keys.len() {
                return Err(format!(
                    "invalid length {}, expected fewer elements in array",
                    items.len()
                ));
            }
            Ok(())
        }
        _ => Err(invalid_type(v, &format!("struct {name}"))),
    }
}

/// serde's list of expected names: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    match names {
        [a] => format!("`{a}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => {
            let all: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {}", all.join(", "))
        }
    }
}

fn invalid_type(v: &Value, expected: &str) -> String {
    let what = match v {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".to_string(),
        Value::Object(_) => "map".to_string(),
    };
    format!("invalid type: {what}, expected {expected}")
}

fn option<T>(v: &Value, read: impl Fn(&Value) -> R<T>) -> R<Option<T>> {
    match v {
        Value::Null => Ok(None),
        v => read(v).map(Some),
    }
}

fn string(v: &Value) -> R<String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        v => Err(invalid_type(v, "a string")),
    }
}

fn boolean(v: &Value) -> R<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        v => Err(invalid_type(v, "a boolean")),
    }
}

fn float(v: &Value) -> R<f64> {
    match v {
        Value::Number(n) => Ok(n.as_f64().unwrap_or_default()),
        v => Err(invalid_type(v, "f64")),
    }
}

/// An unsigned integer of at most `max`, named `ty` (`u8`, `u32`) in errors.
fn unsigned(v: &Value, max: u64, ty: &str) -> R<u64> {
    match v {
        Value::Number(n) if n.is_u64() => match n.as_u64() {
            Some(u) if u <= max => Ok(u),
            _ => Err(format!("invalid value: integer `{n}`, expected {ty}")),
        },
        Value::Number(n) if n.is_i64() => {
            Err(format!("invalid value: integer `{n}`, expected {ty}"))
        }
        v => Err(invalid_type(v, ty)),
    }
}

fn u8_(v: &Value) -> R<u8> {
    unsigned(v, u8::MAX.into(), "u8").map(|u| u8::try_from(u).unwrap_or_default())
}

fn u32_(v: &Value) -> R<u32> {
    unsigned(v, u32::MAX.into(), "u32").map(|u| u32::try_from(u).unwrap_or_default())
}

fn seq<T>(v: &Value, read: impl Fn(&Value) -> R<T>) -> R<Vec<T>> {
    match v {
        Value::Array(items) => items.iter().map(read).collect(),
        v => Err(invalid_type(v, "a sequence")),
    }
}

fn map<K: Ord, T>(
    v: &Value,
    key: impl Fn(&str) -> R<K>,
    read: impl Fn(&Value) -> R<T>,
) -> R<BTreeMap<K, T>> {
    match v {
        Value::Object(entries) => {
            let mut out = BTreeMap::new();
            for (k, v) in entries {
                let k = key(k)?;
                out.insert(k, read(v)?);
            }
            Ok(out)
        }
        v => Err(invalid_type(v, "a map")),
    }
}

/// A unit-variant enum's name, or serde's "unknown variant" error.
fn variant<T>(name: &str, all: &[&str], parse: fn(&str) -> Option<T>) -> R<T> {
    parse(name).ok_or_else(|| format!("unknown variant `{name}`, expected {}", one_of(all)))
}

/// An enum value: its name, or `{"<name>": null}`.
fn enum_value<T>(v: &Value, all: &[&str], parse: fn(&str) -> Option<T>) -> R<T> {
    match v {
        Value::String(s) => variant(s, all, parse),
        Value::Object(map) => {
            let mut entries = map.iter();
            let (Some((name, unit)), None) = (entries.next(), entries.next()) else {
                return Err("invalid value: map, expected map with a single key".to_string());
            };
            let t = variant(name, all, parse)?;
            match unit {
                Value::Null => Ok(t),
                v => Err(invalid_type(v, "unit")),
            }
        }
        v => Err(invalid_type(v, "string or map")),
    }
}

const SEVERITY_LEVELS: &[&str] = &["error", "warning", "info", "off"];

fn severity(v: &Value) -> R<SeverityLevel> {
    enum_value(v, SEVERITY_LEVELS, SeverityLevel::parse)
}

fn role(v: &Value) -> R<Role> {
    enum_value(v, Role::ALL, Role::parse)
}

fn role_key(k: &str) -> R<Role> {
    variant(k, Role::ALL, Role::parse)
}

fn distribution_key(k: &str) -> R<Distribution> {
    variant(k, Distribution::ALL, Distribution::parse)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn same(v: &Value) {
        let derived = serde_json::from_value::<Profile>(v.clone()).map_err(|e| e.to_string());
        assert_eq!(profile(v), derived, "{v}");
        // The hand-written value (write.rs) is the derived `Serialize`'s.
        if let Ok(p) = derived {
            assert_eq!(p.to_value(), serde_json::to_value(&p).unwrap(), "{v}");
        }
    }

    fn at<'v>(v: &'v mut Value, path: &[String]) -> &'v mut Value {
        path.iter().fold(v, |slot, seg| match slot {
            Value::Object(m) => m.get_mut(seg).unwrap(),
            Value::Array(a) => &mut a[seg.parse::<usize>().unwrap()],
            _ => unreachable!(),
        })
    }

    /// Every value replaced by every shape, every key removed, an unknown key added to every
    /// object, every object turned into the array of its values (serde's sequence form).
    fn mutate(
        root: &Value,
        path: &mut Vec<String>,
        node: &Value,
        shapes: &[Value],
        out: &mut Vec<Value>,
    ) {
        let mut with = |f: &dyn Fn(&mut Value)| {
            let mut v = root.clone();
            f(at(&mut v, path));
            out.push(v);
        };
        for shape in shapes {
            with(&|slot| *slot = shape.clone());
        }
        if let Value::Object(m) = node {
            for key in ["aaa", "zzz"] {
                with(&|slot| {
                    slot.as_object_mut().unwrap().insert(key.into(), json!(1));
                });
            }
            with(&|slot| {
                *slot = Value::Array(slot.as_object().unwrap().values().cloned().collect())
            });
            for k in m.keys() {
                with(&|slot| {
                    slot.as_object_mut().unwrap().remove(k);
                });
            }
        }
        let children: Vec<(String, &Value)> = match node {
            Value::Object(m) => m.iter().map(|(k, v)| (k.clone(), v)).collect(),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .map(|(i, v)| (i.to_string(), v))
                .collect(),
            _ => Vec::new(),
        };
        for (seg, child) in children {
            path.push(seg);
            mutate(root, path, child, shapes, out);
            path.pop();
        }
    }

    #[test]
    fn agrees_with_serde_derive() {
        let shapes = [
            json!(null),
            json!(true),
            json!(false),
            json!(0),
            json!(21),
            json!(300),
            json!(70000),
            json!(4294967296u64),
            json!(-1),
            json!(-300),
            json!(1.5),
            json!(21.0),
            json!(1e300),
            json!("x"),
            json!("aws"),
            json!("platform"),
            json!("warning"),
            json!("eks"),
            json!("a\"b\n\u{1}é"),
            json!([]),
            json!([1]),
            json!([1, 2]),
            json!([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]),
            json!(["platform"]),
            json!(["x"]),
            json!([null]),
            json!([80, 80]),
            json!([80, 80, 80]),
            json!(["HTTP", 80, "/"]),
            json!(["HTTP", 80]),
            json!([true, [], null]),
            json!({}),
            json!({"x": 1}),
            json!({"platform": null}),
            json!({"platform": 1}),
            json!({"platform": {}}),
            json!({"platform": null, "gpu": null}),
            json!({"default": 1}),
            json!({"aws": "x", "onprem": null}),
            json!({"port": 80}),
            json!({"port": 80, "targetPort": 80}),
            json!({"protocol": "HTTP", "port": 80}),
            json!({"eks": "1.30", "nope": "1"}),
        ];
        let mut n = 0;
        let mut bases: Vec<Value> = super::super::BUILTIN_JSON
            .iter()
            .map(|t| serde_json::from_str(t).unwrap())
            .collect();
        bases.push(json!({
            "name": "all", "extends": null, "rules": ["ntp"],
            "nodePools": {"recommendedRoles": {"default": ["gpu"], "azure": null},
                "roles": {"gpu": {"labels": {"a": "b"}, "autoscaling": true, "maxNodes": null}},
                "os": {"gcp": "cos"}},
            "storage": {"blockNfsAllowed": {"aws": true}, "minVolumeGiB": 1.5},
            "ingress": {"healthCheck": null, "served": true}
        }));
        for base in &bases {
            let mut cases = vec![base.clone()];
            mutate(base, &mut Vec::new(), base, &shapes, &mut cases);
            for case in &cases {
                same(case);
            }
            n += cases.len();
        }
        assert!(n > 10_000, "{n}");
    }
}
