//! `kubectl get nodes,storageclasses -o json`: a `List` of `Node` and `StorageClass` items
//! (`NodeList` and `StorageClassList`, a single `Node` or `StorageClass` too).
use super::{esc, listed, not_this_kind, strings, Draft, Pool};
use crate::Error;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The labels that name a node's pool, in the order they are looked at. `agentpool` is the
/// pool label of AKS nodes made before `kubernetes.azure.com/agentpool` was added.
const POOL_LABELS: [&str; 5] = [
    "eks.amazonaws.com/nodegroup",
    "kubernetes.azure.com/agentpool",
    "cloud.google.com/gke-nodepool",
    "karpenter.sh/nodepool",
    "agentpool",
];
const INSTANCE_TYPE_LABELS: [&str; 2] = [
    "node.kubernetes.io/instance-type",
    "beta.kubernetes.io/instance-type",
];
const ZONE_LABELS: [&str; 2] = [
    "topology.kubernetes.io/zone",
    "failure-domain.beta.kubernetes.io/zone",
];
const CONTROL_PLANE_LABEL: &str = "node-role.kubernetes.io/control-plane";
const HOSTNAME_LABEL: &str = "kubernetes.io/hostname";
/// The AKS node image a node runs (`AKSUbuntu-…`, `AKSWindows-…`): set on AKS nodes only.
const AKS_IMAGE_LABEL: &str = "kubernetes.azure.com/node-image-version";

struct Node<'a> {
    /// JSON Pointer of the item.
    at: String,
    labels: Map<String, Value>,
    value: &'a Value,
}

impl Node<'_> {
    fn label(&self, keys: &[&str]) -> Option<(String, &str)> {
        keys.iter().find_map(|k| {
            self.labels
                .get(*k)
                .and_then(Value::as_str)
                .map(|v| ((*k).to_string(), v))
        })
    }
    fn str_at(&self, pointer: &str) -> Option<&str> {
        self.value.pointer(pointer).and_then(Value::as_str)
    }
    /// An Azure node: an `azure://` providerID or a `kubernetes.azure.com/` label.
    fn is_azure(&self) -> bool {
        self.str_at("/spec/providerID")
            .is_some_and(|id| id.starts_with("azure://"))
            || self
                .labels
                .keys()
                .any(|k| k.starts_with("kubernetes.azure.com/"))
    }
    /// An AKS node: label `kubernetes.azure.com/agentpool`, or an AKS node image label.
    fn is_aks(&self) -> bool {
        self.labels.contains_key("kubernetes.azure.com/agentpool")
            || self
                .labels
                .get(AKS_IMAGE_LABEL)
                .and_then(Value::as_str)
                .is_some_and(|v| v.starts_with("AKS"))
    }
}

pub(crate) fn import(doc: &Value) -> Result<Draft, Error> {
    let Some(o) = doc.as_object() else {
        return Err(not_this_kind(
            "the document is not a kubectl List of Node and StorageClass items \
             (`kubectl get nodes,storageclasses -o json` prints one)",
        ));
    };
    let kind = o.get("kind").and_then(Value::as_str).unwrap_or("");
    let mut items: Vec<(String, &Value, Option<&str>)> = Vec::new();
    match kind {
        "List" | "NodeList" | "StorageClassList" => {
            let Some(list) = o.get("items").and_then(Value::as_array) else {
                return Err(not_this_kind(format!(
                    "the `{kind}` has no `items` array"
                )));
            };
            let implied = match kind {
                "NodeList" => Some("Node"),
                "StorageClassList" => Some("StorageClass"),
                _ => None,
            };
            for (i, item) in list.iter().enumerate() {
                items.push((format!("/items/{i}"), item, implied));
            }
        }
        "Node" | "StorageClass" => items.push((String::new(), doc, Some(kind))),
        _ => {
            return Err(not_this_kind(format!(
                "the document is not a kubectl List of Node and StorageClass items (its `kind` is `{kind}`): \
                 run `kubectl get nodes,storageclasses -o json`"
            )))
        }
    }

    let mut d = Draft::default();
    let mut nodes = Vec::new();
    let mut skipped: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (at, item, implied) in items {
        let item_kind = item.get("kind").and_then(Value::as_str).or(implied);
        match item_kind {
            Some("Node") => nodes.push(Node {
                labels: super::string_map(item.pointer("/metadata/labels")),
                at,
                value: item,
            }),
            Some("StorageClass") => d.storage_classes.push(item.clone()),
            other => skipped
                .entry(other.unwrap_or("(none)").to_string())
                .or_default()
                .push(at),
        }
    }
    for (kind, ats) in skipped {
        let from = ats.first().cloned().unwrap_or_default();
        d.note(
            "",
            from,
            format!(
                "{} item(s) of kind `{kind}` not imported: only Node and StorageClass items describe the cluster",
                ats.len()
            ),
        );
    }
    if nodes.is_empty() {
        d.note("", "", "no Node items: run `kubectl get nodes,storageclasses -o json` to describe the node pools");
        return Ok(d);
    }
    // Where cluster-wide notes point: the List's items, or the single object.
    let all = if kind == "Node" { "" } else { "/items" };
    cluster(&mut d, &nodes, all);
    pools(&mut d, &nodes);
    Ok(d)
}

/// Provider, distribution, Kubernetes version, container runtime, pod ranges.
fn cluster(d: &mut Draft, nodes: &[Node<'_>], all: &str) {
    // Provider from spec.providerID.
    let mut providers: BTreeMap<&'static str, (String, String)> = BTreeMap::new();
    let mut unknown_schemes = BTreeSet::new();
    for n in nodes {
        let Some(id) = n.str_at("/spec/providerID") else {
            continue;
        };
        let scheme = id.split("://").next().unwrap_or("");
        let provider = match scheme {
            "aws" => Some("aws"),
            "azure" => Some("azure"),
            "gce" => Some("gcp"),
            "kind" | "k3s" | "vsphere" | "openstack" => Some("onprem"),
            _ => None,
        };
        match provider {
            Some(p) => {
                providers
                    .entry(p)
                    .or_insert_with(|| (format!("{}/spec/providerID", n.at), id.to_string()));
            }
            None => {
                unknown_schemes.insert(scheme.to_string());
            }
        }
    }
    let mut first = providers.iter();
    match (first.next(), first.next()) {
        (Some((p, (from, id))), None) => {
            d.provider = Some(p);
            if *p == "onprem" {
                d.note(
                    "/provider",
                    from.clone(),
                    format!(
                        "provider `onprem` inferred from providerID `{id}`, which names no cloud"
                    ),
                );
            }
        }
        (Some(_), Some(_)) => d.note(
            "/provider",
            all,
            format!(
                "the nodes' providerIDs name several clouds ({}): `provider` left out",
                listed(providers.keys().copied())
            ),
        ),
        _ => {
            let why = if unknown_schemes.is_empty() {
                "no node has a `spec.providerID`".to_string()
            } else {
                format!(
                    "providerID scheme {} is none of aws, azure, gce",
                    listed(unknown_schemes.iter().map(String::as_str))
                )
            };
            d.note("/provider", all, format!("{why}: set `provider`"));
        }
    }

    // Distribution: what the nodes show of it.
    let kubelets: Vec<&str> = nodes
        .iter()
        .filter_map(|n| n.str_at("/status/nodeInfo/kubeletVersion"))
        .collect();
    let distribution = if kubelets.iter().any(|v| v.contains("-eks")) {
        Some(("eks", "the kubelet version"))
    } else if kubelets.iter().any(|v| v.contains("-gke")) {
        Some(("gke", "the kubelet version"))
    } else if kubelets.iter().any(|v| v.contains("+k3s")) {
        Some(("k3s", "the kubelet version"))
    } else if kubelets.iter().any(|v| v.contains("+rke2")) {
        Some(("rke2", "the kubelet version"))
    } else if nodes.iter().any(Node::is_aks) {
        Some((
            "aks",
            "label `kubernetes.azure.com/agentpool` or an AKS node image",
        ))
    } else if nodes.iter().any(|n| {
        n.str_at("/spec/providerID")
            .is_some_and(|id| id.starts_with("kind://"))
    }) {
        Some(("other", "providerID `kind://…` (a kind cluster)"))
    } else {
        None
    };
    if let Some((dist, why)) = distribution {
        d.kubernetes
            .insert("distribution".into(), Value::String(dist.into()));
        if dist == "other" {
            d.note(
                "/kubernetes/distribution",
                all,
                format!("distribution `other` from {why}"),
            );
        }
    }

    // Kubernetes version: the kubelets'; the lowest when they differ.
    let distinct: BTreeSet<&str> = kubelets.iter().copied().collect();
    if let Some(lowest) = distinct.iter().min_by_key(|v| version_key(v)) {
        d.kubernetes
            .insert("version".into(), Value::String((*lowest).to_string()));
        if distinct.len() > 1 {
            d.note(
                "/kubernetes/version",
                all,
                format!(
                    "the kubelets run different versions ({}): the lowest is used",
                    listed(distinct.iter().copied())
                ),
            );
        }
    } else {
        d.note(
            "/kubernetes/version",
            all,
            "no node shows `status.nodeInfo.kubeletVersion`: set `kubernetes.version`",
        );
    }

    // Container runtime.
    let runtimes: BTreeSet<&str> = nodes
        .iter()
        .filter_map(|n| n.str_at("/status/nodeInfo/containerRuntimeVersion"))
        .map(|v| v.split("://").next().unwrap_or(v))
        .collect();
    let mut it = runtimes.iter();
    match (it.next(), it.next()) {
        (Some(r), None) if ["containerd", "docker", "cri-o"].contains(r) => {
            d.kubernetes
                .insert("containerRuntime".into(), Value::String((*r).to_string()));
        }
        (Some(_), _) => d.note(
            "/kubernetes/containerRuntime",
            all,
            format!(
                "container runtime {} is not one value of containerd, docker, cri-o: left out",
                listed(runtimes.iter().copied())
            ),
        ),
        _ => {}
    }

    // Pod ranges: each node's slice, not the cluster's pod CIDR.
    let slices: Vec<&str> = nodes
        .iter()
        .filter_map(|n| n.str_at("/spec/podCIDR"))
        .collect();
    if !slices.is_empty() {
        d.note(
            "/network/podCidr",
            all,
            format!(
                "the nodes take pod addresses from {}: each is one node's slice of the cluster's pod CIDR, \
                 which the node list does not show: set `network.podCidr`",
                listed(slices.iter().copied())
            ),
        );
    }
}

/// (major, minor, patch) of a Kubernetes version string, for ordering.
fn version_key(v: &str) -> (u64, u64, u64) {
    let mut nums = v
        .trim_start_matches('v')
        .split(|c: char| !c.is_ascii_digit())
        .map(|s| s.parse::<u64>().unwrap_or(0));
    (
        nums.next().unwrap_or(0),
        nums.next().unwrap_or(0),
        nums.next().unwrap_or(0),
    )
}

/// Pools: nodes grouped by their pool label, else by instance type and control-plane label.
fn pools(d: &mut Draft, nodes: &[Node<'_>]) {
    // (0 = named by a pool label / 1 = grouped, name) → (from, node indexes)
    let mut groups: BTreeMap<(u8, String), (String, Vec<usize>)> = BTreeMap::new();
    for (i, n) in nodes.iter().enumerate() {
        let (key, from) = match n.label(&POOL_LABELS) {
            Some((label, v)) => (
                (0, v.to_string()),
                format!("{}/metadata/labels/{}", n.at, esc(&label)),
            ),
            None => {
                let base = if n.labels.contains_key(CONTROL_PLANE_LABEL) {
                    "control-plane"
                } else {
                    "workers"
                };
                let name = match n.label(&INSTANCE_TYPE_LABELS) {
                    Some((_, t)) => format!("{base}-{t}"),
                    None => base.to_string(),
                };
                ((1, name), n.at.clone())
            }
        };
        groups
            .entry(key)
            .or_insert_with(|| (from, Vec::new()))
            .1
            .push(i);
    }
    let mut all_zones = BTreeSet::new();
    for ((grouped, name), (from, members)) in groups {
        let members: Vec<&Node<'_>> = members.iter().filter_map(|i| nodes.get(*i)).collect();
        let mut pool = Pool::new(name.clone(), from.clone());
        if grouped == 1 {
            pool.note(
                "name",
                from.clone(),
                format!(
                    "no pool label ({}): nodes grouped by instance type and control-plane label into `{name}`",
                    listed(POOL_LABELS)
                ),
            );
        }
        let field = |pool: &mut Pool,
                     field: &'static str,
                     what: &str,
                     values: Vec<Option<String>>,
                     to_value: &dyn Fn(&str) -> Option<Value>| {
            let distinct: BTreeSet<String> = values.into_iter().flatten().collect();
            let mut it = distinct.iter();
            match (it.next(), it.next()) {
                (Some(v), None) => match to_value(v) {
                    Some(value) => pool.set(field, value),
                    None => pool.note(
                        field,
                        from.clone(),
                        format!("{what} `{v}` is not a count: left out"),
                    ),
                },
                (Some(_), Some(_)) => pool.note(
                    field,
                    from.clone(),
                    format!(
                        "the pool's nodes differ in {what} ({}): left out",
                        listed(distinct.iter().map(String::as_str))
                    ),
                ),
                _ => {}
            }
        };
        let string = |s: &str| Some(Value::String(s.to_string()));
        field(
            &mut pool,
            "instanceType",
            "instance type",
            members
                .iter()
                .map(|n| n.label(&INSTANCE_TYPE_LABELS).map(|(_, v)| v.to_string()))
                .collect(),
            &string,
        );
        field(
            &mut pool,
            "cpu",
            "`status.capacity.cpu`",
            members
                .iter()
                .map(|n| n.str_at("/status/capacity/cpu").map(str::to_string))
                .collect(),
            &string,
        );
        field(
            &mut pool,
            "memory",
            "`status.capacity.memory`",
            members
                .iter()
                .map(|n| n.str_at("/status/capacity/memory").map(str::to_string))
                .collect(),
            &string,
        );
        field(
            &mut pool,
            "gpus",
            "`nvidia.com/gpu` capacity",
            members
                .iter()
                .map(|n| {
                    n.str_at("/status/capacity/nvidia.com~1gpu")
                        .map(str::to_string)
                })
                .collect(),
            &|s: &str| s.parse::<u64>().ok().map(Value::from),
        );
        field(
            &mut pool,
            "os",
            "`status.nodeInfo.osImage`",
            members
                .iter()
                .map(|n| n.str_at("/status/nodeInfo/osImage").map(str::to_string))
                .collect(),
            &string,
        );
        let count = members.len() as u64;
        pool.set("minNodes", Value::from(count));
        pool.set("maxNodes", Value::from(count));
        pool.note(
            "minNodes",
            from.clone(),
            format!(
                "`minNodes` and `maxNodes` are the pool's node count now (`{count}`): the autoscaling limits are not in the node list"
            ),
        );
        // An Azure node outside availability zones carries its fault domain (`0`, `1`, …) as
        // its zone label: not a zone.
        let mut zones = BTreeSet::new();
        let mut fault_domains = BTreeSet::new();
        for n in &members {
            if let Some((_, z)) = n.label(&ZONE_LABELS) {
                if n.is_azure() && !z.is_empty() && z.bytes().all(|b| b.is_ascii_digit()) {
                    fault_domains.insert(z.to_string());
                } else {
                    zones.insert(z.to_string());
                }
            }
        }
        if !fault_domains.is_empty() {
            pool.note(
                "zones",
                from.clone(),
                format!(
                    "zone labels {} are Azure fault domains, not availability zones (Azure labels a node outside availability zones with its fault domain): left out",
                    listed(fault_domains.iter().map(String::as_str))
                ),
            );
        }
        if !zones.is_empty() {
            all_zones.extend(zones.iter().cloned());
            pool.set("zones", strings(zones));
        }
        // Labels every node of the pool carries, less the per-node hostname.
        let mut common = members
            .first()
            .map(|n| n.labels.clone())
            .unwrap_or_default();
        common.remove(HOSTNAME_LABEL);
        for n in members.iter().skip(1) {
            common.retain(|k, v| n.labels.get(k) == Some(v));
        }
        pool.labels = common;
        d.pools.push(pool);
    }
    d.zones = all_zones;
}
