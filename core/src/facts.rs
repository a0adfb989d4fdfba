//! Facts: computed values a UI shows beside the form. Keys are camelCase and only
//! present when the values they come from are known.
//!
//! The facts are typed structs serialized directly (no `serde_json::Map` is built per
//! validation). Their JSON is what the earlier `Map`-based facts printed, byte for byte: every
//! struct declares its fields in the byte order of their JSON names (the order a `Map` sorts
//! keys in), and maps are written sorted. [`Facts`] still reads as a `serde_json::Value`
//! (`report.facts["zoneCount"]`) through `Deref`, built on first use.
use crate::analysis::network::{pod_ips, PodSource};
use crate::analysis::Context;
use crate::catalog::provisioners::Capabilities;
use crate::input::model::Provider;
use crate::json_out::{self as w, Obj};
use crate::names::dns::normalize_fqdn;
use crate::net::size;
use crate::text::Piece;
use ipnet::Ipv4Net;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::Value;
use std::sync::OnceLock;

/// The facts of one validation: typed, serialized as the facts object, and readable as a
/// `serde_json::Value` through `Deref`.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    data: FactsData,
    value: OnceLock<Value>,
}

impl Facts {
    /// The facts as a `serde_json::Value` (built once, on first use).
    pub fn value(&self) -> &Value {
        self.value
            .get_or_init(|| serde_json::to_value(&self.data).unwrap_or(Value::Null))
    }
}

impl Facts {
    /// The facts object as compact JSON, the bytes of the `Serialize` impl through serde_json
    /// (written by hand, see `json_out`; the report's test compares both).
    pub(crate) fn write_json(&self, out: &mut String) {
        self.data.write_json(out);
    }
}

impl FactsData {
    fn write_json(&self, out: &mut String) {
        let mut o = Obj::new(out);
        if !self.addon_hosts.is_empty() {
            let mut sorted: Vec<&(&str, String)> = self.addon_hosts.iter().collect();
            crate::sort::sort_by(&mut sorted, |a, b| a.0 < b.0);
            let mut m = Obj::new(o.key("addonHosts"));
            for (i, (k, v)) in sorted.iter().enumerate() {
                if sorted.get(i + 1).is_some_and(|(next, _)| next == k) {
                    continue;
                }
                w::string(m.key(k), v);
            }
            m.end();
        }
        if let Some(v) = self.distribution {
            w::string(o.key("distribution"), v);
        }
        if let Some(v) = &self.fqdn {
            w::string(o.key("fqdn"), v);
        }
        if let Some(v) = &self.kubernetes_version {
            w::string(o.key("kubernetesVersion"), v);
        }
        if let Some(pools) = &self.node_pools {
            w::list(o.key("nodePools"), pools, |out, p| p.write_json(out));
        }
        if let Some(p) = &self.pod_ips {
            let mut po = Obj::new(o.key("podIps"));
            w::uint(po.key("capacity"), p.capacity);
            w::uint(po.key("demand"), p.demand);
            w::uint(po.key("maxPodsPerNode"), u64::from(p.max_pods_per_node));
            w::uint(po.key("nodes"), p.nodes);
            w::string(po.key("source"), p.source);
            po.end();
        }
        if let Some(v) = self.provider {
            w::string(o.key("provider"), v);
        }
        if let Some(classes) = &self.storage_classes {
            w::list(o.key("storageClasses"), classes, |out, c| {
                let mut co = Obj::new(out);
                write_capabilities(co.key("capabilities"), &c.capabilities);
                w::uint(co.key("index"), c.index as u64);
                w::bool(co.key("knownProvisioner"), c.known_provisioner);
                if let Some(name) = &c.name {
                    w::string(co.key("name"), name);
                }
                co.end();
            });
        }
        if let Some(subnets) = &self.subnets {
            w::list(o.key("subnets"), subnets, |out, s| {
                let mut so = Obj::new(out);
                w::uint(so.key("addresses"), s.addresses);
                cidr(so.key("cidr"), s.cidr);
                w::uint(so.key("index"), s.index as u64);
                if let Some(name) = &s.name {
                    w::string(so.key("name"), name);
                }
                if let Some(kind) = s.kind {
                    w::string(so.key("type"), kind);
                }
                w::uint(so.key("usable"), s.usable);
                so.end();
            });
        }
        if let Some(v) = &self.vpc {
            let mut vo = Obj::new(o.key("vpc"));
            w::uint(vo.key("addresses"), v.addresses);
            cidr(vo.key("cidr"), v.cidr);
            w::uint(vo.key("usable"), v.usable);
            vo.end();
        }
        if let Some(v) = self.zone_count {
            w::uint(o.key("zoneCount"), v as u64);
        }
        o.end();
    }
}

impl PoolFacts {
    fn write_json(&self, out: &mut String) {
        let mut o = Obj::new(out);
        if let Some(v) = self.cpu {
            num(o.key("cpu"), v);
        }
        if !self.from_instance_catalog.is_empty() {
            w::strings(
                o.key("fromInstanceCatalog"),
                self.from_instance_catalog.iter().copied(),
            );
        }
        if let Some(v) = self.gpus {
            w::uint(o.key("gpus"), u64::from(v));
        }
        w::uint(o.key("index"), self.index as u64);
        if let Some(v) = self.memory_gib {
            num(o.key("memoryGiB"), v);
        }
        if let Some(v) = &self.name {
            w::string(o.key("name"), v);
        }
        if let Some(zones) = &self.zones {
            w::strings(o.key("zones"), zones.iter().map(String::as_str));
        }
        o.end();
    }
}

/// A block as a JSON string (`"10.0.0.0/24"`: digits, dots and a slash, nothing to escape),
/// written straight from the address, with no string in between.
fn cidr(out: &mut String, net: Ipv4Net) {
    out.push('"');
    net.put(out);
    out.push('"');
}

/// A block as its text, for the derived serialization.
fn cidr_text<S: Serializer>(net: &Ipv4Net, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(net)
}

/// A number as [`crate::num::Num`] serializes it: whole values as integers.
fn num(out: &mut String, v: f64) {
    match crate::num::whole(v) {
        Some(i) => w::int(out, i),
        None => w::float(out, v),
    }
}

/// Storage capabilities with their keys in byte order (as `sorted_capabilities`).
fn write_capabilities(out: &mut String, c: &Capabilities) {
    let mut o = Obj::new(out);
    if let Some(modes) = &c.access_modes {
        w::strings(o.key("accessModes"), modes.iter().map(|m| m.as_str()));
    }
    let flags = [
        ("anyNode", c.any_node),
        ("dynamicProvisioning", c.dynamic_provisioning),
    ];
    for (key, v) in flags {
        if let Some(v) = v {
            w::bool(o.key(key), v);
        }
    }
    if let Some(v) = c.max_volume_gib {
        num(o.key("maxVolumeGiB"), v);
    }
    for (key, v) in [("nfs", c.nfs), ("ssd", c.ssd), ("zonal", c.zonal)] {
        if let Some(v) = v {
            w::bool(o.key(key), v);
        }
    }
    o.end();
}

impl std::ops::Deref for Facts {
    type Target = Value;

    fn deref(&self) -> &Value {
        self.value()
    }
}

impl PartialEq for Facts {
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data
    }
}

impl PartialEq<Value> for Facts {
    fn eq(&self, other: &Value) -> bool {
        self.value() == other
    }
}

impl Serialize for Facts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.data.serialize(s)
    }
}

/// Computed values a UI shows beside the form. A key is present only when the values it comes
/// from are known.
// Fields in the byte order of their JSON names.
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(rename = "Facts", optional_fields)
)]
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct FactsData {
    /// Add-on host names by add-on, e.g. `{"superset": "dash-ml.example.com"}`.
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "sorted_map")]
    #[cfg_attr(
        feature = "ts",
        ts(as = "Option<std::collections::BTreeMap<String, String>>", optional)
    )]
    addon_hosts: Vec<(&'static str, String)>,
    /// The distribution: the document's, else the provider's default.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<crate::input::model::Distribution>"))]
    distribution: Option<&'static str>,
    /// The platform's address, normalised (lowercase, no trailing dot).
    #[serde(skip_serializing_if = "Option::is_none")]
    fqdn: Option<String>,
    /// The Kubernetes version as reports print it: `1.30`, or `1.30.2` when the patch is not 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    kubernetes_version: Option<String>,
    /// Each node pool's effective size.
    #[serde(skip_serializing_if = "Option::is_none")]
    node_pools: Option<Vec<PoolFacts>>,
    /// The pod-IP estimate `ip-capacity` checks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pod_ips: Option<PodIpFacts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Provider>"))]
    provider: Option<&'static str>,
    /// Each storage class's capabilities: the document's over the provisioner catalog's.
    #[serde(skip_serializing_if = "Option::is_none")]
    storage_classes: Option<Vec<ClassFacts>>,
    /// Each subnet with a valid CIDR: its size (`usable`: after the provider's reserved addresses).
    #[serde(skip_serializing_if = "Option::is_none")]
    subnets: Option<Vec<SubnetFacts>>,
    /// The VPC's size (`usable`: after the provider's reserved addresses).
    #[serde(skip_serializing_if = "Option::is_none")]
    vpc: Option<VpcFacts>,
    /// How many distinct zones nodes run in (present when `availabilityZones` is).
    #[serde(skip_serializing_if = "Option::is_none")]
    zone_count: Option<usize>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Serialize)]
struct VpcFacts {
    addresses: u64,
    #[serde(serialize_with = "cidr_text")]
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    cidr: Ipv4Net,
    usable: u64,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Serialize)]
struct SubnetFacts {
    addresses: u64,
    #[serde(serialize_with = "cidr_text")]
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    cidr: Ipv4Net,
    index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(as = "Option<crate::input::model::SubnetType>"))]
    kind: Option<&'static str>,
    usable: u64,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct PoolFacts {
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::num::opt"
    )]
    cpu: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    from_instance_catalog: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    gpus: Option<u32>,
    index: usize,
    #[serde(
        rename = "memoryGiB",
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::num::opt"
    )]
    memory_gib: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    /// The pool's own zones; a pool without them runs in every `availabilityZones` entry, which
    /// is not repeated per pool (the facts stay linear in the document's size).
    #[serde(skip_serializing_if = "Option::is_none")]
    zones: Option<Vec<String>>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct ClassFacts {
    #[serde(serialize_with = "sorted_capabilities")]
    capabilities: Capabilities,
    index: usize,
    known_provisioner: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
}

/// The pod-IP estimate, as `ip-capacity` computes it.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PodIpFacts {
    pub capacity: u64,
    pub demand: u64,
    pub max_pods_per_node: u32,
    pub nodes: u64,
    /// `subnets` or `podCidr`.
    #[cfg_attr(feature = "ts", ts(type = "\"subnets\" | \"podCidr\""))]
    pub source: &'static str,
}

/// The facts of one validation.
pub fn facts(cx: &Context) -> Facts {
    let mut f = FactsData {
        provider: cx.provider.map(Provider::as_str),
        distribution: cx.distribution.map(|d| d.as_str()),
        kubernetes_version: cx.kubernetes_version().map(crate::input::version::short),
        zone_count: cx.doc.availability_zones.as_ref().map(|_| cx.zones.len()),
        ..FactsData::default()
    };
    let reserved = cx.provider.map_or(2, Provider::reserved_per_subnet);
    if let Some(vpc) = cx.network().and_then(|n| n.vpc_cidr.as_ref()) {
        let total = size(vpc.net.prefix_len());
        f.vpc = Some(VpcFacts {
            addresses: total,
            cidr: vpc.net,
            usable: total.saturating_sub(reserved),
        });
    }
    if cx.network().and_then(|n| n.subnets.as_ref()).is_some() {
        f.subnets = Some(
            cx.subnets()
                .iter()
                .filter_map(|s| {
                    let c = s.cidr.as_ref()?;
                    let total = size(c.net.prefix_len());
                    Some(SubnetFacts {
                        addresses: total,
                        cidr: c.net,
                        index: s.index,
                        name: s.name.as_ref().map(|n| n.to_string()),
                        kind: s.kind.map(|k| k.as_str()),
                        usable: total.saturating_sub(reserved),
                    })
                })
                .collect(),
        );
    }
    f.pod_ips = pod_ip_demand(cx);
    if !cx.pools.is_empty() {
        f.node_pools = Some(
            cx.pools
                .iter()
                .map(|p| PoolFacts {
                    cpu: p.cpu,
                    from_instance_catalog: p.from_catalog.clone(),
                    gpus: p.gpus,
                    index: p.pool.index,
                    memory_gib: p.memory.map(round2),
                    name: p.pool.name.as_ref().map(|n| n.to_string()),
                    zones: p
                        .own_zones
                        .then(|| p.zones.iter().map(|z| z.to_string()).collect()),
                })
                .collect(),
        );
    }
    if !cx.classes.is_empty() {
        f.storage_classes = Some(
            cx.classes
                .iter()
                .map(|c| ClassFacts {
                    capabilities: c.caps.clone(),
                    index: c.class.index,
                    known_provisioner: c.known,
                    name: c.class.name.as_ref().map(|n| n.to_string()),
                })
                .collect(),
        );
    }
    if let Some(fqdn) = cx.doc.ingress.as_ref().and_then(|i| i.fqdn) {
        let fqdn = normalize_fqdn(fqdn);
        f.addon_hosts = crate::analysis::ingress::addon_hosts(cx, &fqdn)
            .into_iter()
            .map(|h| (h.key, h.host))
            .collect();
        f.fqdn = Some(fqdn);
    }
    Facts {
        data: f,
        value: OnceLock::new(),
    }
}

/// `(key, value)` pairs as a JSON object with sorted keys (the last of equal keys wins, as in a
/// `Map`).
fn sorted_map<S: Serializer>(pairs: &[(&'static str, String)], s: S) -> Result<S::Ok, S::Error> {
    let mut sorted: Vec<&(&str, String)> = pairs.iter().collect();
    crate::sort::sort_by(&mut sorted, |a, b| a.0 < b.0);
    let mut m = s.serialize_map(None)?;
    for (i, (k, v)) in sorted.iter().enumerate() {
        if sorted.get(i + 1).is_some_and(|(next, _)| next == k) {
            continue;
        }
        m.serialize_entry(k, v)?;
    }
    m.end()
}

/// Storage capabilities with their keys in byte order.
fn sorted_capabilities<S: Serializer>(c: &Capabilities, s: S) -> Result<S::Ok, S::Error> {
    let mut m = s.serialize_map(None)?;
    if let Some(v) = &c.access_modes {
        m.serialize_entry("accessModes", v)?;
    }
    if let Some(v) = c.any_node {
        m.serialize_entry("anyNode", &v)?;
    }
    if let Some(v) = c.dynamic_provisioning {
        m.serialize_entry("dynamicProvisioning", &v)?;
    }
    if let Some(v) = c.max_volume_gib {
        m.serialize_entry("maxVolumeGiB", &crate::num::Num(v))?;
    }
    if let Some(v) = c.nfs {
        m.serialize_entry("nfs", &v)?;
    }
    if let Some(v) = c.ssd {
        m.serialize_entry("ssd", &v)?;
    }
    if let Some(v) = c.zonal {
        m.serialize_entry("zonal", &v)?;
    }
    m.end()
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Estimated pod-IP demand against capacity, for facts (`podIps`): `{"demand", "capacity",
/// "source": "subnets" | "podCidr", "nodes", "maxPodsPerNode"}`. The same numbers
/// `ip-capacity` checks.
fn pod_ip_demand(cx: &Context<'_>) -> Option<PodIpFacts> {
    let p = pod_ips(cx)?;
    let source = match p.source {
        PodSource::Subnets(_) => "subnets",
        PodSource::PodCidr => "podCidr",
    };
    Some(PodIpFacts {
        demand: p.demand,
        capacity: p.capacity,
        source,
        nodes: p.nodes,
        max_pods_per_node: p.max_pods,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn pool_zones_are_listed_only_when_the_pool_names_its_own() {
        let doc = r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
            "availabilityZones": ["us-east-1a", "us-east-1b"],
            "nodePools": [{"name": "a", "role": "other", "zones": ["us-east-1a"]},
                          {"name": "b", "role": "other"}]}"#;
        let report = crate::validate_str(doc, &crate::Options::default());
        let facts = report.map(|r| r.facts.value().clone()).unwrap_or_default();
        assert_eq!(
            facts["nodePools"][0]["zones"],
            serde_json::json!(["us-east-1a"])
        );
        assert!(facts["nodePools"][1].get("zones").is_none(), "{facts}");
        assert_eq!(facts["zoneCount"], 2);
    }
}
