//! A [`Profile`] as a `serde_json::Value` by hand: the same value as `serde_json::to_value` of the
//! derived `Serialize` (a test compares them on every profile the reader's test builds), without
//! a serializer per type in the WebAssembly build (about 20 KB there).
use super::{ByProvider, Profile, RoleReq};
use crate::severity::SeverityLevel;
use serde_json::{Map, Value};

impl Profile {
    /// The profile as `profiles()` returns it (keys sorted, as in every `Value`).
    pub fn to_value(&self) -> Value {
        let k = &self.kubernetes;
        let n = &self.network;
        let pools = &self.node_pools;
        let s = &self.storage;
        let g = &self.ingress;
        let mut m = Obj::default();
        m.put("name", self.name.as_str());
        m.put("title", self.title.as_str());
        m.opt("extends", self.extends.as_deref());
        m.put("sizeTolerance", self.size_tolerance);
        m.put(
            "severity",
            map(&self.severity, String::as_str, |&v| level(v).into()),
        );
        m.opt("rules", self.rules.as_deref().map(strings));
        let mut kubernetes = Obj::default();
        kubernetes.opt("minVersion", k.min_version.as_deref());
        let versions = map(&k.validated_versions, |d| d.as_str(), |v| v.as_str().into());
        kubernetes.put("validatedVersions", versions);
        if !k.docker_deprecation {
            kubernetes.put("dockerDeprecation", false);
        }
        m.put("kubernetes", kubernetes.0);
        let mut network = Obj::default();
        network.opt("vpcMaxPrefix", n.vpc_max_prefix);
        network.opt("privateSubnetCount", n.private_subnet_count);
        network.opt("privateSubnetMaxPrefix", n.private_subnet_max_prefix);
        network.opt("podAddressMaxPrefix", n.pod_address_max_prefix);
        m.put("network", network.0);
        let mut zones = Obj::default();
        zones.put("allowedCounts", self.zones.allowed_counts.clone());
        m.put("zones", zones.0);
        let mut node_pools = Obj::default();
        node_pools.put("requiredRoles", roles(&pools.required_roles));
        let recommended = by_provider(&pools.recommended_roles, |r| roles(r));
        node_pools.put("recommendedRoles", recommended);
        node_pools.put("os", by_provider(&pools.os, |o| o.as_str().into()));
        node_pools.put("roles", map(&pools.roles, |r| r.as_str(), role));
        if pools.cluster_owned_tag {
            node_pools.put("clusterOwnedTag", true);
        }
        m.put("nodePools", node_pools.0);
        let mut storage = Obj::default();
        storage.put(
            "blockClass",
            by_provider(&s.block_class, |c| c.as_str().into()),
        );
        storage.put(
            "sharedClass",
            by_provider(&s.shared_class, |c| c.as_str().into()),
        );
        storage.opt("minVolumeGiB", s.min_volume_gib);
        storage.put(
            "blockNfsAllowed",
            by_provider(&s.block_nfs_allowed, |&b| b.into()),
        );
        m.put("storage", storage.0);
        let mut ingress = Obj::default();
        if !g.served {
            ingress.put("served", false);
        }
        let listeners = g.listeners.iter().map(|l| {
            let mut o = Obj::default();
            o.put("port", l.port);
            o.put("targetPort", l.target_port);
            Value::Object(o.0)
        });
        ingress.put("listeners", Value::Array(listeners.collect()));
        if let Some(h) = &g.health_check {
            let mut o = Obj::default();
            o.put("protocol", h.protocol.as_str());
            o.put("port", h.port);
            o.put("path", h.path.as_str());
            ingress.put("healthCheck", o.0);
        }
        m.put("ingress", ingress.0);
        m.put(
            "addons",
            map(&self.addons, String::as_str, |v| v.as_str().into()),
        );
        Value::Object(m.0)
    }
}

/// An object under construction.
#[derive(Default)]
struct Obj(Map<String, Value>);

impl Obj {
    fn put(&mut self, key: &str, value: impl Into<Value>) {
        self.0.insert(key.to_string(), value.into());
    }

    /// Left out when `None`, like `skip_serializing_if = "Option::is_none"`.
    fn opt(&mut self, key: &str, value: Option<impl Into<Value>>) {
        if let Some(v) = value {
            self.put(key, v);
        }
    }
}

fn role(r: &RoleReq) -> Value {
    let mut o = Obj::default();
    o.opt("cpu", r.cpu);
    o.opt("memory", r.memory);
    o.opt("bootDisk", r.boot_disk);
    o.put(
        "additionalDisk",
        by_provider(&r.additional_disk, |&d| d.into()),
    );
    o.opt("gpus", r.gpus);
    o.opt("minNodes", r.min_nodes);
    o.opt("maxNodes", r.max_nodes);
    o.opt("recommendedMinNodes", r.recommended_min_nodes);
    o.put(
        "labels",
        map(&r.labels, String::as_str, |v| v.as_str().into()),
    );
    o.opt("recommendedCpu", r.recommended_cpu);
    o.opt("recommendedMemory", r.recommended_memory);
    if r.autoscaling {
        o.put("autoscaling", true);
    }
    if r.autoscaler_label_tags {
        o.put("autoscalerLabelTags", true);
    }
    Value::Object(o.0)
}

fn level(l: SeverityLevel) -> &'static str {
    match l {
        SeverityLevel::Error => "error",
        SeverityLevel::Warning => "warning",
        SeverityLevel::Info => "info",
        SeverityLevel::Off => "off",
    }
}

fn strings(list: &[String]) -> Value {
    Value::Array(list.iter().map(|s| s.as_str().into()).collect())
}

fn roles(list: &[crate::input::model::Role]) -> Value {
    Value::Array(list.iter().map(|r| r.as_str().into()).collect())
}

fn by_provider<T>(b: &ByProvider<T>, value: impl Fn(&T) -> Value) -> Value {
    let mut o = Obj::default();
    let all = [
        ("default", &b.default),
        ("aws", &b.aws),
        ("azure", &b.azure),
        ("gcp", &b.gcp),
        ("onprem", &b.onprem),
    ];
    for (key, v) in all {
        if let Some(v) = v {
            o.put(key, value(v));
        }
    }
    Value::Object(o.0)
}

fn map<K, V>(
    m: &std::collections::BTreeMap<K, V>,
    key: impl Fn(&K) -> &str,
    value: impl Fn(&V) -> Value,
) -> Value {
    let mut o = Obj::default();
    for (k, v) in m {
        o.put(key(k), value(v));
    }
    Value::Object(o.0)
}
