//! `terraform show -json PLANFILE` (or a state's `terraform show -json`): the resources of
//! `planned_values` (or `values`), with `resource_changes[].change.after_unknown` telling which
//! values are known only after apply (those stay absent, with a note).
use super::{listed, not_this_kind, strings, Draft, Pool};
use crate::Error;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

struct Res<'a> {
    address: &'a str,
    ty: &'a str,
    values: &'a Map<String, Value>,
    unknown: Option<&'a Value>,
}

/// Lookups built once, so importing stays linear in the plan: subnet zones by id, launch
/// templates by name and id, the first GKE cluster.
struct Index<'r, 'a> {
    subnet_zone: BTreeMap<&'a str, &'a str>,
    launch_template: BTreeMap<(&'static str, &'a str), &'r Res<'a>>,
    gke_cluster: Option<&'r Res<'a>>,
}

impl<'r, 'a> Index<'r, 'a> {
    fn new(resources: &'r [Res<'a>]) -> Self {
        let mut index = Index {
            subnet_zone: BTreeMap::new(),
            launch_template: BTreeMap::new(),
            gke_cluster: None,
        };
        for r in resources {
            match r.ty {
                "aws_subnet" => {
                    if let (Some(id), Some(zone)) = (r.str(&["id"]), r.str(&["availability_zone"]))
                    {
                        index.subnet_zone.entry(id).or_insert(zone);
                    }
                }
                "aws_launch_template" => {
                    for key in ["name", "id"] {
                        if let Some(v) = r.str(&[key]) {
                            index.launch_template.entry((key, v)).or_insert(r);
                        }
                    }
                }
                "google_container_cluster" => {
                    index.gke_cluster = index.gke_cluster.or(Some(r));
                }
                _ => {}
            }
        }
        index
    }
}

/// A value of a resource: known, known only after apply, or absent.
enum Got<'a> {
    Known(&'a Value),
    Unknown,
    Absent,
}

impl<'a> Res<'a> {
    /// The value at `path` (keys and list indexes); `null` is absent.
    fn get(&self, path: &[&str]) -> Got<'a> {
        let mut v: Option<&'a Value> = None;
        for (i, key) in path.iter().enumerate() {
            let next = if i == 0 {
                self.values.get(*key)
            } else {
                v.and_then(|v| step(v, key))
            };
            v = next;
        }
        if let Some(v) = v.filter(|v| !v.is_null()) {
            return Got::Known(v);
        }
        let mut u = self.unknown;
        for key in path {
            if u == Some(&Value::Bool(true)) {
                return Got::Unknown;
            }
            u = u.and_then(|u| step(u, key));
        }
        if u == Some(&Value::Bool(true)) {
            Got::Unknown
        } else {
            Got::Absent
        }
    }

    fn str(&self, path: &[&str]) -> Option<&'a str> {
        match self.get(path) {
            Got::Known(v) => v.as_str(),
            _ => None,
        }
    }

    /// `address.a[0].b` for a path.
    fn from(&self, path: &[&str]) -> String {
        let mut s = self.address.to_string();
        for key in path {
            if key.parse::<usize>().is_ok() {
                s.push_str(&format!("[{key}]"));
            } else {
                s.push('.');
                s.push_str(key);
            }
        }
        s
    }
}

fn step<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        Value::Object(m) => m.get(key),
        Value::Array(a) => key.parse::<usize>().ok().and_then(|i| a.get(i)),
        _ => None,
    }
}

pub(crate) fn import(doc: &Value) -> Result<Draft, Error> {
    let root = doc.as_object().and_then(|o| {
        if !o.contains_key("format_version") {
            return None;
        }
        o.get("planned_values")
            .or_else(|| o.get("values"))
            .and_then(|v| v.get("root_module"))
    });
    let Some(root) = root else {
        return Err(not_this_kind(
            "the document is not `terraform show -json` output (no `format_version` with \
             `planned_values` or `values`): run `terraform show -json PLANFILE`",
        ));
    };
    let mut unknown: BTreeMap<&str, &Value> = BTreeMap::new();
    for rc in doc
        .get("resource_changes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let (Some(a), Some(u)) = (
            rc.get("address").and_then(Value::as_str),
            rc.pointer("/change/after_unknown"),
        ) {
            unknown.insert(a, u);
        }
    }
    let mut resources = Vec::new();
    collect(root, &unknown, &mut resources);

    let mut d = Draft::default();
    provider(&mut d, &resources);
    let index = Index::new(&resources);
    let mut clusters = 0;
    for r in &resources {
        match r.ty {
            "aws_eks_cluster" | "azurerm_kubernetes_cluster" | "google_container_cluster" => {
                clusters += 1;
                if clusters == 1 {
                    cluster(&mut d, r);
                } else {
                    d.note(
                        "",
                        r.address,
                        "the plan has more than one cluster: only the first is described",
                    );
                }
                if r.ty == "azurerm_kubernetes_cluster"
                    && matches!(r.get(&["default_node_pool", "0"]), Got::Known(_))
                {
                    aks_pool(&mut d, r, &["default_node_pool", "0"]);
                }
            }
            "aws_eks_node_group" => eks_pool(&mut d, r, &index),
            "azurerm_kubernetes_cluster_node_pool" => aks_pool(&mut d, r, &[]),
            "google_container_node_pool" => gke_pool(&mut d, r, &index),
            "aws_vpc" => aws_vpc(&mut d, r),
            "aws_vpc_ipv4_cidr_block_association" => {
                if let Some(c) = r.str(&["cidr_block"]) {
                    d.secondary_cidrs.push(Value::String(c.into()));
                }
            }
            "aws_subnet" => aws_subnet(&mut d, r),
            "azurerm_virtual_network" => azure_vnet(&mut d, r),
            "azurerm_subnet" => azure_subnet(&mut d, r),
            "google_compute_subnetwork" => gcp_subnet(&mut d, r, &index),
            "kubernetes_storage_class" | "kubernetes_storage_class_v1" => storage_class(&mut d, r),
            _ => {}
        }
    }
    if clusters == 0 && d.pools.is_empty() {
        d.note(
            "",
            "",
            "the plan has no EKS, AKS or GKE cluster or node pool (aws_eks_*, azurerm_kubernetes_*, google_container_*)",
        );
    } else if clusters == 0 {
        d.note(
            "/kubernetes/version",
            "",
            "the plan has no cluster resource (`aws_eks_cluster`, `azurerm_kubernetes_cluster`, `google_container_cluster`): set `kubernetes.version`",
        );
    }
    d.zones = d
        .pools
        .iter()
        .filter_map(|p| p.fields.get("zones").and_then(Value::as_array))
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect();
    Ok(d)
}

/// The managed resources of a module and its child modules, in order.
fn collect<'a>(module: &'a Value, unknown: &BTreeMap<&str, &'a Value>, out: &mut Vec<Res<'a>>) {
    for r in module
        .get("resources")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if r.get("mode").and_then(Value::as_str) == Some("data") {
            continue;
        }
        let (Some(address), Some(ty), Some(values)) = (
            r.get("address").and_then(Value::as_str),
            r.get("type").and_then(Value::as_str),
            r.get("values").and_then(Value::as_object),
        ) else {
            continue;
        };
        out.push(Res {
            address,
            ty,
            values,
            unknown: unknown.get(address).copied(),
        });
    }
    for child in module
        .get("child_modules")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        collect(child, unknown, out);
    }
}

fn provider(d: &mut Draft, resources: &[Res<'_>]) {
    let mut found: BTreeMap<&'static str, &str> = BTreeMap::new();
    for r in resources {
        let p = if r.ty.starts_with("aws_eks_") {
            "aws"
        } else if r.ty.starts_with("azurerm_kubernetes_") {
            "azure"
        } else if r.ty.starts_with("google_container_") {
            "gcp"
        } else {
            continue;
        };
        found.entry(p).or_insert(r.address);
    }
    let mut it = found.iter();
    match (it.next(), it.next()) {
        (Some((p, _)), None) => d.provider = Some(p),
        (Some(_), Some(_)) => d.note(
            "/provider",
            "",
            format!(
                "the plan has clusters of several clouds ({}): `provider` left out",
                listed(found.keys().copied())
            ),
        ),
        _ => {}
    }
}

/// A known value, or a note on why it is absent (unknown until apply).
fn known<'a>(d: &mut Draft, r: &Res<'a>, path: &[&str], target: &str) -> Option<&'a Value> {
    known_or(r, path, |from, message| d.note(target, from, message))
}

/// Like [`known`], for a pool field.
fn pool_known<'a>(
    p: &mut Pool,
    r: &Res<'a>,
    path: &[&str],
    field: &'static str,
) -> Option<&'a Value> {
    known_or(r, path, |from, message| p.note(field, from, message))
}

/// The value at `path` when the plan knows it; a value known only after apply is left out, and
/// `note` gets where it came from and why.
fn known_or<'a>(
    r: &Res<'a>,
    path: &[&str],
    note: impl FnOnce(String, String),
) -> Option<&'a Value> {
    match r.get(path) {
        Got::Known(v) => Some(v),
        Got::Unknown => {
            note(
                r.from(path),
                format!(
                    "`{}` is known only after apply: left out",
                    path.last().copied().unwrap_or("")
                ),
            );
            None
        }
        Got::Absent => None,
    }
}

fn cluster(d: &mut Draft, r: &Res<'_>) {
    if let Some(name) = r.str(&["name"]) {
        d.name = Some(name.to_string());
    }
    let version_key: &[&str] = match r.ty {
        "aws_eks_cluster" => &["version"],
        "azurerm_kubernetes_cluster" => &["kubernetes_version"],
        _ => &["min_master_version"],
    };
    match known(d, r, version_key, "/kubernetes/version").and_then(Value::as_str) {
        Some(v) => {
            d.kubernetes
                .insert("version".into(), Value::String(v.into()));
        }
        None => {
            if !matches!(r.get(version_key), Got::Unknown) {
                d.note(
                    "/kubernetes/version",
                    r.from(version_key),
                    "no Kubernetes version in the plan (the cloud's default applies): set `kubernetes.version`",
                );
            }
        }
    }
    match r.ty {
        "aws_eks_cluster" => {
            let path = ["kubernetes_network_config", "0", "service_ipv4_cidr"];
            if let Some(c) = known(d, r, &path, "/network/serviceCidr").and_then(Value::as_str) {
                d.network
                    .insert("serviceCidr".into(), Value::String(c.into()));
            }
        }
        "azurerm_kubernetes_cluster" => {
            if matches!(r.get(&["network_profile"]), Got::Unknown) {
                d.note(
                    "/network",
                    r.from(&["network_profile"]),
                    "`network_profile` is known only after apply: the network plugin, policy and ranges are left out",
                );
                return;
            }
            let np = |k: &'static str| ["network_profile", "0", k];
            match known(d, r, &np("network_plugin"), "/network/cni").and_then(Value::as_str) {
                Some("azure") => {
                    d.network
                        .insert("cni".into(), Value::String("azure-cni".into()));
                }
                Some("kubenet") => {
                    d.network
                        .insert("cni".into(), Value::String("kubenet".into()));
                }
                Some(other) => d.note(
                    "/network/cni",
                    r.from(&np("network_plugin")),
                    format!("network plugin `{other}` is not a CNI clusterfit names: left out"),
                ),
                None => {}
            }
            if let Some(mode) = r.str(&np("network_plugin_mode")) {
                if mode.eq_ignore_ascii_case("overlay") {
                    d.note(
                        "/network/podCidr",
                        r.from(&np("network_plugin_mode")),
                        "Azure CNI Overlay: pods take `pod_cidr` addresses, not subnet addresses",
                    );
                }
            }
            match known(d, r, &np("network_policy"), "/network/networkPolicy")
                .and_then(Value::as_str)
            {
                Some(p @ ("calico" | "cilium" | "azure")) => {
                    d.network
                        .insert("networkPolicy".into(), Value::String(p.into()));
                }
                Some(other) => d.note(
                    "/network/networkPolicy",
                    r.from(&np("network_policy")),
                    format!("network policy `{other}` is not one clusterfit names: left out"),
                ),
                None => {}
            }
            for (key, field) in [("pod_cidr", "podCidr"), ("service_cidr", "serviceCidr")] {
                if let Some(c) =
                    known(d, r, &np(key), &format!("/network/{field}")).and_then(Value::as_str)
                {
                    d.network.insert(field.into(), Value::String(c.into()));
                }
            }
        }
        _ => {
            // GKE: pod and service ranges given as CIDRs here, or by secondary range name
            // (resolved with the subnetwork).
            let ip = |k: &'static str| ["ip_allocation_policy", "0", k];
            for (key, field) in [
                ("cluster_ipv4_cidr_block", "podCidr"),
                ("services_ipv4_cidr_block", "serviceCidr"),
            ] {
                if let Some(c) =
                    known(d, r, &ip(key), &format!("/network/{field}")).and_then(Value::as_str)
                {
                    if !c.is_empty() {
                        d.network.insert(field.into(), Value::String(c.into()));
                    }
                }
            }
            // GKE makes a default node pool unless the cluster removes it, is Autopilot, or
            // lists its pools inline: a pool no node pool resource describes.
            let is_true = |k: &str| matches!(r.get(&[k]), Got::Known(Value::Bool(true)));
            let inline =
                matches!(r.get(&["node_pool"]), Got::Known(Value::Array(a)) if !a.is_empty());
            if !is_true("remove_default_node_pool") && !is_true("enable_autopilot") && !inline {
                d.note(
                    "/nodePools",
                    r.from(&["remove_default_node_pool"]),
                    "GKE also creates the cluster's default node pool (`remove_default_node_pool` is not `true`), which the plan has no node pool resource for: not described",
                );
            }
        }
    }
}

/// A GCP zone (`us-central1-a`), not a region (`us-central1`).
fn is_gcp_zone(location: &str) -> bool {
    let parts: Vec<&str> = location.split('-').collect();
    parts.len() >= 3
        && parts
            .last()
            .is_some_and(|z| z.len() == 1 && z.bytes().all(|b| b.is_ascii_lowercase()))
}

fn count(v: Option<&Value>) -> Option<u64> {
    v.and_then(Value::as_u64)
}

fn eks_pool(d: &mut Draft, r: &Res<'_>, index: &Index<'_, '_>) {
    let name = r
        .str(&["node_group_name"])
        .or_else(|| r.str(&["node_group_name_prefix"]));
    let mut p = Pool::new(name.unwrap_or(r.address), r.address);
    if name.is_none() {
        p.note(
            "name",
            r.from(&["node_group_name"]),
            "the node group's name is known only after apply: the resource address names the pool",
        );
    }
    if let Some(types) =
        pool_known(&mut p, r, &["instance_types"], "instanceType").and_then(Value::as_array)
    {
        match types.as_slice() {
            [one] => {
                if let Some(t) = one.as_str() {
                    p.set("instanceType", Value::String(t.into()));
                }
            }
            [] => {}
            many => p.note(
                "instanceType",
                r.from(&["instance_types"]),
                format!(
                    "several instance types ({}): left out",
                    listed(many.iter().filter_map(Value::as_str))
                ),
            ),
        }
    }
    let min = pool_known(&mut p, r, &["scaling_config", "0", "min_size"], "minNodes");
    if let Some(n) = count(min) {
        p.set("minNodes", Value::from(n));
    }
    let max = pool_known(&mut p, r, &["scaling_config", "0", "max_size"], "maxNodes");
    if let Some(n) = count(max) {
        p.set("maxNodes", Value::from(n));
    }
    match pool_known(&mut p, r, &["disk_size"], "bootDisk").and_then(Value::as_u64) {
        Some(gib) => p.set("bootDisk", Value::from(gib)),
        None => {
            // The launch template's first EBS volume.
            let lt_name = r.str(&["launch_template", "0", "name"]);
            let lt_id = r.str(&["launch_template", "0", "id"]);
            if lt_name.is_some() || lt_id.is_some() {
                let lt = lt_name
                    .and_then(|n| index.launch_template.get(&("name", n)))
                    .or_else(|| lt_id.and_then(|i| index.launch_template.get(&("id", i))))
                    .copied();
                let path = ["block_device_mappings", "0", "ebs", "0", "volume_size"];
                match lt.and_then(|t| count(match t.get(&path) { Got::Known(v) => Some(v), _ => None }).map(|g| (t, g))) {
                    Some((t, gib)) => {
                        p.set("bootDisk", Value::from(gib));
                        p.note("bootDisk", t.from(&path), "the boot disk is the launch template's first EBS volume");
                    }
                    None => p.note(
                        "bootDisk",
                        r.from(&["launch_template"]),
                        "the disk comes from a launch template whose volume size the plan does not show: left out",
                    ),
                }
            }
        }
    }
    // Zones of the node group's subnets, where their ids are known (a state).
    if let Got::Known(Value::Array(ids)) = r.get(&["subnet_ids"]) {
        let zones: BTreeSet<String> = ids
            .iter()
            .filter_map(Value::as_str)
            .filter_map(|id| index.subnet_zone.get(id))
            .map(|z| (*z).to_string())
            .collect();
        if !zones.is_empty() {
            p.set("zones", strings(zones));
        }
    }
    p.labels = super::string_map(match r.get(&["labels"]) {
        Got::Known(v) => Some(v),
        _ => None,
    });
    let tags = super::string_map(match r.get(&["tags"]) {
        Got::Known(v) => Some(v),
        _ => None,
    });
    if !tags.is_empty() {
        p.set("tags", Value::Object(tags));
    }
    d.pools.push(p);
}

/// An AKS pool: the cluster's `default_node_pool[0]` (`base` is its path) or a
/// `azurerm_kubernetes_cluster_node_pool` (`base` empty).
fn aks_pool(d: &mut Draft, r: &Res<'_>, base: &[&str]) {
    let at = |k: &'static str| -> Vec<&str> {
        let mut p = base.to_vec();
        p.push(k);
        p
    };
    let from = if base.is_empty() {
        r.address.to_string()
    } else {
        r.from(base)
    };
    let name = r.str(&at("name")).unwrap_or(r.address);
    let mut p = Pool::new(name, from);
    if let Some(t) = pool_known(&mut p, r, &at("vm_size"), "instanceType").and_then(Value::as_str) {
        p.set("instanceType", Value::String(t.into()));
    }
    let autoscaling = [at("enable_auto_scaling"), at("auto_scaling_enabled")]
        .iter()
        .any(|k| matches!(r.get(k), Got::Known(Value::Bool(true))));
    if autoscaling {
        if let Some(n) = count(pool_known(&mut p, r, &at("min_count"), "minNodes")) {
            p.set("minNodes", Value::from(n));
        }
        if let Some(n) = count(pool_known(&mut p, r, &at("max_count"), "maxNodes")) {
            p.set("maxNodes", Value::from(n));
        }
    } else if let Some(n) = count(pool_known(&mut p, r, &at("node_count"), "minNodes")) {
        p.set("minNodes", Value::from(n));
        p.set("maxNodes", Value::from(n));
    }
    if let Some(gib) = count(pool_known(&mut p, r, &at("os_disk_size_gb"), "bootDisk")) {
        p.set("bootDisk", Value::from(gib));
    }
    for key in ["zones", "availability_zones"] {
        if let Got::Known(Value::Array(z)) = r.get(&at(key)) {
            let z: Vec<String> = z
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect();
            if !z.is_empty() {
                p.set("zones", strings(z));
            }
        }
    }
    p.labels = super::string_map(match r.get(&at("node_labels")) {
        Got::Known(v) => Some(v),
        _ => None,
    });
    let tags = super::string_map(match r.get(&at("tags")) {
        Got::Known(v) => Some(v),
        _ => None,
    });
    if !tags.is_empty() {
        p.set("tags", Value::Object(tags));
    }
    d.pools.push(p);
}

fn gke_pool(d: &mut Draft, r: &Res<'_>, index: &Index<'_, '_>) {
    let name = r.str(&["name"]);
    let mut p = Pool::new(name.unwrap_or(r.address), r.address);
    if name.is_none() {
        let why = match r.get(&["name"]) {
            Got::Unknown => "the node pool's name is known only after apply",
            _ => "the node pool has no `name` in the plan",
        };
        p.note(
            "name",
            r.from(&["name"]),
            format!("{why}: the resource address names the pool"),
        );
    }
    let nc = |k: &'static str| ["node_config", "0", k];
    if let Some(t) =
        pool_known(&mut p, r, &nc("machine_type"), "instanceType").and_then(Value::as_str)
    {
        p.set("instanceType", Value::String(t.into()));
    }
    if let Some(gib) = count(pool_known(&mut p, r, &nc("disk_size_gb"), "bootDisk")) {
        p.set("bootDisk", Value::from(gib));
    }
    if let Some(n) = count(pool_known(
        &mut p,
        r,
        &["node_config", "0", "guest_accelerator", "0", "count"],
        "gpus",
    )) {
        p.set("gpus", Value::from(n));
    }
    let locations = r.get(&["node_locations"]);
    let zones: Vec<String> = match &locations {
        Got::Known(Value::Array(z)) => z
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    };
    // How many zones the pool runs in: its `node_locations`; without them, one when its
    // location is a zone of a cluster that names no node locations; else unknown.
    let zone_count = if zones.is_empty() {
        let cluster_zones = index.gke_cluster.is_some_and(
            |c| matches!(c.get(&["node_locations"]), Got::Known(Value::Array(a)) if !a.is_empty()),
        );
        let zonal = r.str(&["location"]).is_some_and(is_gcp_zone);
        (zonal && !cluster_zones).then_some(1)
    } else {
        Some(zones.len())
    };
    let zones_why = match locations {
        Got::Unknown => "are known only after apply",
        _ => "are not in the plan",
    };
    // GKE counts nodes per zone, except the `total_*` limits.
    let per_zone = |p: &mut Pool, n: u64, field: &'static str, key: &str, left_out: &str| {
        match zone_count {
            Some(count) if count > 1 => {
                p.note(
                    field,
                    r.from(&[key]),
                    format!("GKE counts `{key}` per zone: `{n}` × {count} zones"),
                );
                Some(n.saturating_mul(count as u64))
            }
            Some(_) => Some(n),
            None => {
                p.note(
                    field,
                    r.from(&[key]),
                    format!(
                        "GKE counts `{key}` (`{n}`) per zone, and the pool's zones (`node_locations`) {zones_why}: {left_out}"
                    ),
                );
                None
            }
        }
    };
    let auto = |k: &'static str| ["autoscaling", "0", k];
    let total_min = count(match r.get(&auto("total_min_node_count")) {
        Got::Known(v) => Some(v),
        _ => None,
    });
    let total_max = count(match r.get(&auto("total_max_node_count")) {
        Got::Known(v) => Some(v),
        _ => None,
    });
    let min = count(match r.get(&auto("min_node_count")) {
        Got::Known(v) => Some(v),
        _ => None,
    });
    let max = count(match r.get(&auto("max_node_count")) {
        Got::Known(v) => Some(v),
        _ => None,
    });
    if total_min.is_some() || total_max.is_some() || min.is_some() || max.is_some() {
        if let Some(n) = total_min.or_else(|| {
            min.and_then(|n| per_zone(&mut p, n, "minNodes", "min_node_count", "left out"))
        }) {
            p.set("minNodes", Value::from(n));
        }
        if let Some(n) = total_max.or_else(|| {
            max.and_then(|n| per_zone(&mut p, n, "maxNodes", "max_node_count", "left out"))
        }) {
            p.set("maxNodes", Value::from(n));
        }
    } else if let Some(n) = count(pool_known(&mut p, r, &["node_count"], "minNodes")) {
        let both = "`minNodes` and `maxNodes` left out";
        if let Some(n) = per_zone(&mut p, n, "minNodes", "node_count", both) {
            p.set("minNodes", Value::from(n));
            p.set("maxNodes", Value::from(n));
        }
    }
    if !zones.is_empty() {
        p.set("zones", strings(zones.clone()));
    }
    p.labels = super::string_map(match r.get(&nc("labels")) {
        Got::Known(v) => Some(v),
        _ => None,
    });
    d.pools.push(p);
}

fn aws_vpc(d: &mut Draft, r: &Res<'_>) {
    if d.network.contains_key("vpcCidr") {
        d.note(
            "",
            r.address,
            "the plan has more than one VPC: the first is described",
        );
        return;
    }
    if let Some(c) = known(d, r, &["cidr_block"], "/network/vpcCidr").and_then(Value::as_str) {
        d.network.insert("vpcCidr".into(), Value::String(c.into()));
    }
    for (key, field) in [
        ("enable_dns_support", "dnsSupport"),
        ("enable_dns_hostnames", "dnsHostnames"),
    ] {
        if let Some(Value::Bool(b)) = known(d, r, &[key], &format!("/network/{field}")) {
            d.network.insert(field.into(), Value::Bool(*b));
        }
    }
}

fn aws_subnet(d: &mut Draft, r: &Res<'_>) {
    let at = format!("/network/subnets/{}", d.subnets.len());
    let tags = super::string_map(match r.get(&["tags"]) {
        Got::Known(v) => Some(v),
        _ => None,
    });
    let mut s = Map::new();
    let name = tags
        .get("Name")
        .and_then(Value::as_str)
        .unwrap_or(r.address);
    s.insert("name".into(), Value::String(name.into()));
    if let Some(c) = known(d, r, &["cidr_block"], &format!("{at}/cidr")).and_then(Value::as_str) {
        s.insert("cidr".into(), Value::String(c.into()));
    }
    let public = matches!(
        r.get(&["map_public_ip_on_launch"]),
        Got::Known(Value::Bool(true))
    ) || tags.contains_key("kubernetes.io/role/elb");
    let private = matches!(
        r.get(&["map_public_ip_on_launch"]),
        Got::Known(Value::Bool(false))
    ) || tags.contains_key("kubernetes.io/role/internal-elb");
    if public {
        s.insert("type".into(), Value::String("public".into()));
    } else if private {
        s.insert("type".into(), Value::String("private".into()));
    }
    if let Some(z) =
        known(d, r, &["availability_zone"], &format!("{at}/zone")).and_then(Value::as_str)
    {
        s.insert("zone".into(), Value::String(z.into()));
    }
    if !tags.is_empty() {
        s.insert("tags".into(), Value::Object(tags));
    }
    d.subnets.push(Value::Object(s));
}

fn azure_vnet(d: &mut Draft, r: &Res<'_>) {
    if d.network.contains_key("vpcCidr") {
        d.note(
            "",
            r.address,
            "the plan has more than one virtual network: the first is described",
        );
        return;
    }
    if let Some(Value::Array(space)) = known(d, r, &["address_space"], "/network/vpcCidr") {
        let mut it = space.iter().filter_map(Value::as_str);
        if let Some(first) = it.next() {
            d.network
                .insert("vpcCidr".into(), Value::String(first.into()));
        }
        d.secondary_cidrs
            .extend(it.map(|c| Value::String(c.into())));
    }
}

fn azure_subnet(d: &mut Draft, r: &Res<'_>) {
    let at = format!("/network/subnets/{}", d.subnets.len());
    let mut s = Map::new();
    s.insert(
        "name".into(),
        Value::String(r.str(&["name"]).unwrap_or(r.address).into()),
    );
    let cidr = match known(d, r, &["address_prefixes"], &format!("{at}/cidr")) {
        Some(Value::Array(a)) => a.first().and_then(Value::as_str),
        _ => r.str(&["address_prefix"]),
    };
    if let Some(c) = cidr {
        s.insert("cidr".into(), Value::String(c.into()));
    }
    d.subnets.push(Value::Object(s));
}

fn gcp_subnet(d: &mut Draft, r: &Res<'_>, index: &Index<'_, '_>) {
    let at = format!("/network/subnets/{}", d.subnets.len());
    let mut s = Map::new();
    s.insert(
        "name".into(),
        Value::String(r.str(&["name"]).unwrap_or(r.address).into()),
    );
    if let Some(c) = known(d, r, &["ip_cidr_range"], &format!("{at}/cidr")).and_then(Value::as_str)
    {
        s.insert("cidr".into(), Value::String(c.into()));
    }
    d.subnets.push(Value::Object(s));
    // Secondary ranges: the cluster names which one is for pods and which for services.
    let cluster = index.gke_cluster;
    let named = |k: &'static str| cluster.and_then(|c| c.str(&["ip_allocation_policy", "0", k]));
    let (pods, services) = (
        named("cluster_secondary_range_name"),
        named("services_secondary_range_name"),
    );
    if let Got::Known(Value::Array(ranges)) = r.get(&["secondary_ip_range"]) {
        for (i, range) in ranges.iter().enumerate() {
            let (Some(name), Some(cidr)) = (
                range.get("range_name").and_then(Value::as_str),
                range.get("ip_cidr_range").and_then(Value::as_str),
            ) else {
                continue;
            };
            let field = if Some(name) == pods {
                "podCidr"
            } else if Some(name) == services {
                "serviceCidr"
            } else {
                d.note(
                    "",
                    r.from(&["secondary_ip_range", &i.to_string()]),
                    format!("secondary range `{name}` (`{cidr}`) is not named by the cluster's `ip_allocation_policy`: not mapped"),
                );
                continue;
            };
            if !d.network.contains_key(field) {
                d.network.insert(field.into(), Value::String(cidr.into()));
            }
        }
    }
}

fn storage_class(d: &mut Draft, r: &Res<'_>) {
    let mut sc = Map::new();
    let mut meta = Map::new();
    if let Some(n) = r.str(&["metadata", "0", "name"]) {
        meta.insert("name".into(), Value::String(n.into()));
    }
    sc.insert("metadata".into(), Value::Object(meta));
    for (key, field) in [
        ("storage_provisioner", "provisioner"),
        ("reclaim_policy", "reclaimPolicy"),
        ("volume_binding_mode", "volumeBindingMode"),
        ("allow_volume_expansion", "allowVolumeExpansion"),
        ("parameters", "parameters"),
        ("mount_options", "mountOptions"),
    ] {
        if let Got::Known(v) = r.get(&[key]) {
            sc.insert(field.into(), v.clone());
        }
    }
    d.storage_classes.push(Value::Object(sc));
}
