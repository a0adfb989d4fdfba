//! Facts (SPEC §9): computed values a UI shows beside the form. Keys are camelCase and only
//! present when the values they come from are known.
use crate::input::model::Provider;
use crate::names::dns::normalize_fqdn;
use crate::net::size;
use crate::rules::Context;
use serde_json::{json, Map, Value};

/// The facts of one validation.
pub fn facts(cx: &Context) -> Value {
    let mut f = Map::new();
    if let Some(p) = cx.provider {
        f.insert("provider".into(), json!(p.as_str()));
    }
    if let Some(d) = cx.distribution {
        f.insert("distribution".into(), json!(d.as_str()));
    }
    if let Some(v) = cx.kubernetes_version() {
        f.insert(
            "kubernetesVersion".into(),
            json!(crate::input::version::short(v)),
        );
    }
    if cx.doc.availability_zones.is_some() {
        f.insert("zoneCount".into(), json!(cx.zones.len()));
    }
    let reserved = cx.provider.map_or(2, Provider::reserved_per_subnet);
    if let Some(vpc) = cx.network().and_then(|n| n.vpc_cidr.as_ref()) {
        let total = size(vpc.net.prefix_len());
        f.insert(
            "vpc".into(),
            json!({"cidr": vpc.net.to_string(), "addresses": total,
                   "usable": total.saturating_sub(reserved)}),
        );
    }
    if cx.network().and_then(|n| n.subnets.as_ref()).is_some() {
        let subnets: Vec<Value> = cx
            .subnets()
            .iter()
            .filter_map(|s| {
                let c = s.cidr.as_ref()?;
                let total = size(c.net.prefix_len());
                let mut o = Map::new();
                o.insert("index".into(), json!(s.index));
                if let Some(n) = &s.name {
                    o.insert("name".into(), json!(n));
                }
                o.insert("cidr".into(), json!(c.net.to_string()));
                if let Some(k) = s.kind {
                    o.insert("type".into(), json!(k.as_str()));
                }
                o.insert("addresses".into(), json!(total));
                o.insert("usable".into(), json!(total.saturating_sub(reserved)));
                Some(Value::Object(o))
            })
            .collect();
        f.insert("subnets".into(), Value::Array(subnets));
    }
    if let Some(demand) = crate::rules::network::pod_ip_demand(cx) {
        f.insert("podIps".into(), demand);
    }
    if !cx.pools.is_empty() {
        let pools: Vec<Value> = cx
            .pools
            .iter()
            .map(|p| {
                let mut o = Map::new();
                o.insert("index".into(), json!(p.pool.index));
                if let Some(n) = &p.pool.name {
                    o.insert("name".into(), json!(n));
                }
                if let Some(v) = p.cpu {
                    o.insert("cpu".into(), number(v));
                }
                if let Some(v) = p.memory {
                    o.insert("memoryGiB".into(), number(round2(v)));
                }
                if let Some(v) = p.gpus {
                    o.insert("gpus".into(), json!(v));
                }
                o.insert("zones".into(), json!(p.zones));
                if !p.from_catalog.is_empty() {
                    o.insert("fromInstanceCatalog".into(), json!(p.from_catalog));
                }
                Value::Object(o)
            })
            .collect();
        f.insert("nodePools".into(), Value::Array(pools));
    }
    if !cx.classes.is_empty() {
        let classes: Vec<Value> = cx
            .classes
            .iter()
            .map(|c| {
                let mut o = Map::new();
                o.insert("index".into(), json!(c.class.index));
                if let Some(n) = &c.class.name {
                    o.insert("name".into(), json!(n));
                }
                o.insert("knownProvisioner".into(), json!(c.known));
                o.insert(
                    "capabilities".into(),
                    serde_json::to_value(&c.caps).unwrap_or(Value::Null),
                );
                Value::Object(o)
            })
            .collect();
        f.insert("storageClasses".into(), Value::Array(classes));
    }
    if let Some(fqdn) = cx.doc.ingress.as_ref().and_then(|i| i.fqdn.as_deref()) {
        let fqdn = normalize_fqdn(fqdn);
        let hosts = addon_hosts(cx, &fqdn);
        if !hosts.is_empty() {
            f.insert("addonHosts".into(), Value::Object(hosts));
        }
        f.insert("fqdn".into(), json!(fqdn));
    }
    Value::Object(f)
}

/// Host names of the enabled add-ons (`dash-ml.example.com`), computed by the ingress rules so
/// facts and findings cannot disagree.
fn addon_hosts(cx: &Context, fqdn: &str) -> Map<String, Value> {
    crate::rules::ingress::addon_hosts(cx, fqdn)
        .into_iter()
        .map(|h| (h.key.to_string(), json!(h.host)))
        .collect()
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// A number as every binding prints it the same way: whole values as integers (`8`, not `8.0`,
/// which JavaScript would print as `8`).
pub fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}
