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
#[cfg_attr(test, derive(ts_rs::TS))]
pub(crate) struct ImportOptions {
    /// Pool name → role, overriding the inferred role.
    #[cfg_attr(test, ts(type = "Record<string, Role> | null", optional))]
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

/// A note of `describe`: where a value came from, or what could not be mapped.
#[derive(Debug, Clone)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "ImportNote"))]
pub(crate) struct Note {
    /// JSON Pointer into the description (empty for the whole).
    pub path: String,
    /// Where in the source: a JSON Pointer, or a Terraform resource address and attribute.
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
        let mut next_suffix: BTreeMap<String, usize> = BTreeMap::new();
        let mut used_overrides = BTreeSet::new();
        let mut pools = Vec::new();
        for (i, mut pool) in std::mem::take(&mut self.pools).into_iter().enumerate() {
            let base = pool.name.clone();
            while !seen.insert(pool.name.clone()) {
                let n = next_suffix.entry(base.clone()).or_insert(2);
                pool.name = format!("{base}-{n}");
                *n += 1;
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

    #[test]
    fn kubectl_storage_classes_are_kept_and_other_kinds_noted() {
        let list = json!({"kind": "List", "items": [
            {"kind": "StorageClass", "metadata": {"name": "gp3"}, "provisioner": "ebs.csi.aws.com",
             "volumeBindingMode": "WaitForFirstConsumer"},
            {"kind": "Pod", "metadata": {"name": "p"}},
            {"kind": "Pod", "metadata": {"name": "q"}}
        ]});
        let out = describe("kubectl", &list.to_string(), &Value::Null).unwrap();
        assert_eq!(out["description"]["storageClasses"][0], list["items"][0]);
        let notes = out["notes"].as_array().unwrap();
        assert!(notes.iter().any(|n| n["from"] == "/items/1"
            && n["message"]
                .as_str()
                .unwrap()
                .starts_with("2 item(s) of kind `Pod`")));
        assert!(notes
            .iter()
            .any(|n| n["message"].as_str().unwrap().starts_with("no Node items")));
    }

    #[test]
    fn kubectl_pools_with_mixed_values_leave_them_out() {
        let node = |name: &str, cpu: &str, version: &str| {
            json!({"kind": "Node", "metadata": {"name": name, "labels": {
                "karpenter.sh/nodepool": "default", "kubernetes.io/hostname": name}},
              "spec": {"providerID": format!("aws:///us-east-1a/{name}")},
              "status": {"capacity": {"cpu": cpu, "memory": "32Gi", "nvidia.com/gpu": "1"},
                         "nodeInfo": {"kubeletVersion": version}}})
        };
        let list = json!({"kind": "List", "items": [
            node("a", "8", "v1.30.2-eks-1"), node("b", "16", "v1.29.9-eks-1")]});
        let out = describe("kubectl", &list.to_string(), &Value::Null).unwrap();
        let pool = &out["description"]["nodePools"][0];
        assert_eq!(pool["name"], "default");
        assert_eq!(pool["gpus"], 1);
        assert_eq!(pool["memory"], "32Gi");
        assert!(pool.get("cpu").is_none());
        assert_eq!(pool["labels"], json!({"karpenter.sh/nodepool": "default"}));
        assert_eq!(out["description"]["kubernetes"]["version"], "v1.29.9-eks-1");
        assert_eq!(out["description"]["kubernetes"]["distribution"], "eks");
        let notes = out["notes"].to_string();
        assert!(
            notes.contains("differ in `status.capacity.cpu` (`16`, `8`)"),
            "{notes}"
        );
        assert!(notes.contains("the lowest is used"), "{notes}");
    }

    #[test]
    fn kubectl_older_aks_nodes_keep_their_pool_and_fault_domains_are_not_zones() {
        // AKS nodes of 2021: pool label `agentpool` only, the AKS node image label, and the
        // fault domain as zone label (nodes outside availability zones).
        let node = |name: &str, zone: &str, labels: Value| {
            let mut l = json!({"agentpool": "np1", "kubernetes.io/hostname": name,
                "topology.kubernetes.io/zone": zone});
            l.as_object_mut()
                .unwrap()
                .extend(labels.as_object().unwrap().clone());
            json!({"kind": "Node", "metadata": {"name": name, "labels": l},
                   "status": {"nodeInfo": {"kubeletVersion": "v1.18.19"}}})
        };
        let image =
            json!({"kubernetes.azure.com/node-image-version": "AKSUbuntu-1804gen2-2021.06.12"});
        let list = json!({"kind": "List", "items": [node("a", "0", image.clone()), node("b", "1", image)]});
        let out = describe("kubectl", &list.to_string(), &Value::Null).unwrap();
        let d = &out["description"];
        assert_eq!(d["kubernetes"]["distribution"], "aks");
        assert_eq!(d["nodePools"][0]["name"], "np1");
        assert!(d["nodePools"][0].get("zones").is_none());
        assert!(d.get("availabilityZones").is_none());
        assert!(out["notes"]
            .to_string()
            .contains("`0`, `1` are Azure fault domains"));

        // Zoned Azure nodes keep their zones; a bare number on a node of no cloud is a zone.
        let zoned = json!({"kubernetes.azure.com/agentpool": "np1"});
        let list = json!({"kind": "List", "items": [node("a", "eastus-1", zoned)]});
        let out = describe("kubectl", &list.to_string(), &Value::Null).unwrap();
        assert_eq!(
            out["description"]["nodePools"][0]["zones"],
            json!(["eastus-1"])
        );
        let list = json!({"kind": "List", "items": [node("a", "1", json!({}))]});
        let out = describe("kubectl", &list.to_string(), &Value::Null).unwrap();
        assert_eq!(out["description"]["nodePools"][0]["zones"], json!(["1"]));
        assert!(out["description"]["kubernetes"]
            .get("distribution")
            .is_none());
    }

    #[test]
    fn terraform_gke_counts_per_zone_only_where_the_zones_are_known() {
        let plan = |location: &str, node_locations: Value, cluster: Value| {
            json!({"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                {"address": "google_container_cluster.c", "mode": "managed",
                 "type": "google_container_cluster", "values": cluster},
                {"address": "google_container_node_pool.p", "mode": "managed",
                 "type": "google_container_node_pool", "values": {"location": location,
                    "node_count": 2, "node_locations": node_locations,
                    "node_config": [{"machine_type": "e2-standard-8"}]}}
            ]}}, "resource_changes": [{"address": "google_container_node_pool.p",
                "change": {"after_unknown": {"name": true}}}]})
            .to_string()
        };
        let removed = json!({"name": "c", "remove_default_node_pool": true});
        let pool = |text: String| {
            let out = describe("terraform", &text, &Value::Null).unwrap();
            (
                out["description"]["nodePools"][0].clone(),
                out["notes"].to_string(),
            )
        };
        // A zonal pool of a cluster with no node locations: one zone.
        let (p, notes) = pool(plan("us-east1-b", Value::Null, removed.clone()));
        assert_eq!(
            (p["minNodes"].clone(), p["maxNodes"].clone()),
            (json!(2), json!(2))
        );
        assert_eq!(p["name"], "google_container_node_pool.p");
        assert!(
            notes.contains("the node pool's name is known only after apply"),
            "{notes}"
        );
        assert!(!notes.contains("default node pool"), "{notes}");
        // A regional pool whose zones the plan does not show: no count.
        let (p, notes) = pool(plan("us-central1", Value::Null, removed.clone()));
        assert!(p.get("minNodes").is_none() && p.get("maxNodes").is_none());
        assert!(notes.contains("per zone, and the pool's zones"), "{notes}");
        // A zonal cluster with more node locations: per zone, zones unknown to the pool.
        let multi = json!({"name": "c", "remove_default_node_pool": true,
                           "node_locations": ["us-east1-c"]});
        let (p, _) = pool(plan("us-east1-b", Value::Null, multi));
        assert!(p.get("minNodes").is_none());
        // Node locations known: count × zones.
        let (p, _) = pool(plan(
            "us-central1",
            json!(["us-central1-a", "us-central1-f"]),
            removed,
        ));
        assert_eq!(p["minNodes"], 4);
        // The default node pool kept: noted.
        let (_, notes) = pool(plan("us-east1-b", Value::Null, json!({"name": "c"})));
        assert!(notes.contains("default node pool"), "{notes}");
    }

    #[test]
    fn terraform_state_maps_network_and_pools_across_modules() {
        let state = json!({"format_version": "1.0", "values": {"root_module": {
            "resources": [
                {"address": "aws_vpc.main", "mode": "managed", "type": "aws_vpc", "values": {
                    "cidr_block": "10.0.0.0/21", "enable_dns_support": true, "enable_dns_hostnames": true}},
                {"address": "data.aws_ami.x", "mode": "data", "type": "aws_ami", "values": {}},
                {"address": "aws_vpc_ipv4_cidr_block_association.pods", "mode": "managed",
                 "type": "aws_vpc_ipv4_cidr_block_association", "values": {"cidr_block": "100.64.0.0/16"}}
            ],
            "child_modules": [{"resources": [
                {"address": "module.vpc.aws_subnet.a", "mode": "managed", "type": "aws_subnet", "values": {
                    "id": "subnet-a", "cidr_block": "10.0.0.0/24", "availability_zone": "us-east-1a",
                    "map_public_ip_on_launch": false, "tags": {"Name": "private-a",
                    "kubernetes.io/role/internal-elb": "1"}}},
                {"address": "module.eks.aws_eks_cluster.this[0]", "mode": "managed", "type": "aws_eks_cluster",
                 "values": {"name": "prod", "version": "1.30",
                            "kubernetes_network_config": [{"service_ipv4_cidr": "172.20.0.0/16"}]}},
                {"address": "module.eks.aws_eks_node_group.this[\"platform\"]", "mode": "managed",
                 "type": "aws_eks_node_group", "values": {"node_group_name": "platform",
                    "instance_types": ["m5.2xlarge"], "disk_size": 128, "subnet_ids": ["subnet-a"],
                    "scaling_config": [{"min_size": 3, "max_size": 3, "desired_size": 3}]}},
                {"address": "google_container_node_pool.gpu", "mode": "managed",
                 "type": "google_container_node_pool", "values": {"name": "gpu", "node_count": 1,
                    "node_locations": ["us-central1-a", "us-central1-b"],
                    "node_config": [{"machine_type": "a2-highgpu-1g", "guest_accelerator": [{"count": 1}]}]}}
            ]}]
        }}});
        let out = describe("terraform", &state.to_string(), &Value::Null).unwrap();
        let d = &out["description"];
        assert_eq!(d["name"], "prod");
        assert!(
            d.get("provider").is_none(),
            "aws and gcp resources: no provider"
        );
        assert_eq!(d["kubernetes"]["version"], "1.30");
        assert_eq!(d["network"]["vpcCidr"], "10.0.0.0/21");
        assert_eq!(d["network"]["dnsHostnames"], true);
        assert_eq!(d["network"]["secondaryCidrs"], json!(["100.64.0.0/16"]));
        assert_eq!(d["network"]["serviceCidr"], "172.20.0.0/16");
        assert_eq!(d["network"]["subnets"][0]["type"], "private");
        assert_eq!(d["network"]["subnets"][0]["name"], "private-a");
        let platform = &d["nodePools"][0];
        assert_eq!(platform["role"], "platform");
        assert_eq!(platform["zones"], json!(["us-east-1a"]));
        assert_eq!(platform["bootDisk"], 128);
        assert_eq!(platform["minNodes"], 3);
        let gpu = &d["nodePools"][1];
        assert_eq!(gpu["role"], "gpu");
        assert_eq!(gpu["gpus"], 1);
        assert_eq!(gpu["minNodes"], 2, "GKE node_count is per zone");
        assert_eq!(
            d["availabilityZones"],
            json!(["us-central1-a", "us-central1-b", "us-east-1a"])
        );
        let notes = out["notes"].to_string();
        assert!(notes.contains("several clouds"), "{notes}");
        assert!(notes.contains("per zone"), "{notes}");
    }
}
