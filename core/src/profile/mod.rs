//! Profiles: the requirements as data. Rules are code; every number and name they
//! check comes from here. `katonic` and `domino` are embedded JSON; a custom profile is the same
//! object passed in options, and may say `"extends": "katonic"` to change only some values (the
//! custom object is applied to the base as an RFC 7386 JSON merge patch).
use crate::error::Error;
use crate::input::model::{Distribution, Provider, Role};
use crate::severity::SeverityLevel;
// Profiles are read by hand (`read.rs`, a fraction of the derived code's size in the WASM build);
// the derived `Deserialize` stays as the test's reference.
#[cfg(test)]
use serde::Deserialize;
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;

mod read;
mod write;

const BUILTIN_JSON: [&str; 3] = [
    include_str!("katonic.json"),
    include_str!("domino.json"),
    include_str!("dataiku.json"),
];

/// A value that may differ by provider: `{"default": 30, "onprem": 100}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(deny_unknown_fields)]
pub struct ByProvider<T> {
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub default: Option<T>,
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub aws: Option<T>,
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub azure: Option<T>,
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub gcp: Option<T>,
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub onprem: Option<T>,
}

#[cfg(test)]
fn none<T>() -> Option<T> {
    None
}

impl<T> Default for ByProvider<T> {
    fn default() -> Self {
        ByProvider {
            default: None,
            aws: None,
            azure: None,
            gcp: None,
            onprem: None,
        }
    }
}

impl<T> ByProvider<T> {
    /// The provider's own value, else the default. With an unknown provider, the default.
    pub fn get(&self, provider: Option<Provider>) -> Option<&T> {
        let own = match provider {
            Some(Provider::Aws) => self.aws.as_ref(),
            Some(Provider::Azure) => self.azure.as_ref(),
            Some(Provider::Gcp) => self.gcp.as_ref(),
            Some(Provider::Onprem) => self.onprem.as_ref(),
            None => None,
        };
        own.or(self.default.as_ref())
    }
}

/// A profile: an ML platform's installation requirements, as data.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Profile {
    /// `katonic`, `domino`, `dataiku`, or a custom profile's name (default `custom`).
    #[serde(default = "custom_name")]
    pub name: String,
    /// A human title.
    #[serde(default)]
    pub title: String,
    /// The built-in profile a custom one starts from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extends: Option<String>,
    /// A memory or disk value passes if it is at least (1 − tolerance) × the requirement.
    #[serde(default)]
    pub size_tolerance: f64,
    /// Per-rule severity for this platform (`off` turns a rule off).
    #[serde(default)]
    pub severity: BTreeMap<String, SeverityLevel>,
    /// When present, the only rules this profile runs besides the input rules: a vendor whose
    /// guide states no sizes, zones or storage (Dataiku) gets no finding about them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<String>>,
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(inline))]
    pub kubernetes: KubernetesReq,
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(inline))]
    pub network: NetworkReq,
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(inline))]
    pub zones: ZonesReq,
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(inline))]
    pub node_pools: NodePoolsReq,
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(inline))]
    pub storage: StorageReq,
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(inline))]
    pub ingress: IngressReq,
    /// Add-on key → the DNS prefix its host name gets (`superset` → `dash-`).
    #[serde(default)]
    pub addons: BTreeMap<String, String>,
}

fn custom_name() -> String {
    "custom".to_string()
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KubernetesReq {
    /// Lowest Kubernetes version the platform supports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_version: Option<String>,
    /// Highest version the vendor validated, per distribution.
    #[serde(default)]
    pub validated_versions: BTreeMap<Distribution, String>,
    /// Whether Docker before its removal (below 1.24, or on a managed cloud) is worth a warning;
    /// Docker with Kubernetes 1.24 or later is an error whatever this says.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub docker_deprecation: bool,
}

#[cfg(test)]
fn yes() -> bool {
    true
}

// By hand, so a profile without the section gets the same values as one with an empty section.
impl Default for KubernetesReq {
    fn default() -> Self {
        KubernetesReq {
            min_version: None,
            validated_versions: BTreeMap::new(),
            docker_deprecation: true,
        }
    }
}

impl Default for IngressReq {
    fn default() -> Self {
        IngressReq {
            served: true,
            listeners: Vec::new(),
            health_check: None,
        }
    }
}

fn is_true(b: &bool) -> bool {
    *b
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NetworkReq {
    /// The VPC must be this prefix length or shorter (21 → at least a /21); checked on aws.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_max_prefix: Option<u8>,
    /// Private subnets needed (aws).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_subnet_count: Option<u32>,
    /// Each private subnet at least this big (24 → a /24); checked on aws.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_subnet_max_prefix: Option<u8>,
    /// Pod address space at least this big (23 → 512 addresses).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod_address_max_prefix: Option<u8>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ZonesReq {
    /// Allowed numbers of distinct zones; empty means any.
    #[serde(default)]
    pub allowed_counts: Vec<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NodePoolsReq {
    #[serde(default)]
    pub required_roles: Vec<Role>,
    #[serde(default)]
    pub recommended_roles: ByProvider<Vec<Role>>,
    /// Node OS expected, per provider.
    #[serde(default)]
    pub os: ByProvider<String>,
    /// Per-role sizing.
    #[serde(default)]
    pub roles: BTreeMap<Role, RoleReq>,
    /// Every pool's cloud tags carry `kubernetes.io/cluster/<name>: owned` (aws).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub cluster_owned_tag: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(rename = "RoleRequirement", optional_fields)
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
/// What a profile requires of a node pool role. Sizes in vCPU and GiB.
pub struct RoleReq {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<f64>,
    /// GiB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<f64>,
    /// GiB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boot_disk: Option<f64>,
    /// GiB, per provider.
    #[serde(default)]
    pub additional_disk: ByProvider<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gpus: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_nodes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_nodes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommended_min_nodes: Option<u32>,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// A recommended vCPU minimum: below it is a warning, not an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommended_cpu: Option<f64>,
    /// A recommended memory minimum, GiB: below it is a warning, not an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommended_memory: Option<f64>,
    /// The pool must be able to scale: `minNodes` below `maxNodes`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub autoscaling: bool,
    /// The pool's cloud tags carry a cluster-autoscaler node-template label tag for each
    /// required label (aws).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub autoscaler_label_tags: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StorageReq {
    /// Default name of the block (RWO) class when `storage.blockClass` is absent.
    #[serde(default)]
    pub block_class: ByProvider<String>,
    /// Default name of the shared (RWX) class when `storage.sharedClass` is absent.
    #[serde(default)]
    pub shared_class: ByProvider<String>,
    /// Smallest "largest volume" a class must be able to provision, GiB.
    #[serde(
        rename = "minVolumeGiB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_volume_gib: Option<f64>,
    /// Where the block class may be backed by NFS, per provider (`{"onprem": true}`); where it
    /// is not `true`, `storage-nfs-block` reports an NFS block class.
    #[serde(default)]
    pub block_nfs_allowed: ByProvider<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListenerReq {
    pub port: u32,
    pub target_port: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HealthCheckReq {
    pub protocol: String,
    pub port: u32,
    pub path: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IngressReq {
    /// Whether the platform is served at an address of its own, so `strict` asks for `ingress`
    /// (Dataiku's workload isolation has none: its FQDN is checked only when given).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub served: bool,
    /// Listeners the load balancer must have.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(inline))]
    pub listeners: Vec<ListenerReq>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(inline))]
    pub health_check: Option<HealthCheckReq>,
}

impl Profile {
    /// Lowest size that passes a requirement of `required` GiB.
    pub fn size_floor(&self, required: f64) -> f64 {
        required * (1.0 - self.size_tolerance)
    }

    /// The minimum Kubernetes version, parsed.
    pub fn min_version(&self) -> Option<semver::Version> {
        self.kubernetes
            .min_version
            .as_deref()
            .and_then(crate::input::version::parse_kube_version)
    }

    fn check(self) -> Result<Self, Error> {
        let versions = self
            .kubernetes
            .min_version
            .iter()
            .chain(self.kubernetes.validated_versions.values());
        for v in versions {
            if crate::input::version::parse_kube_version(v).is_none() {
                return Err(Error::options(format!(
                    "profile `{}`: `{v}` is not a Kubernetes version",
                    self.name
                )));
            }
        }
        if !(0.0..1.0).contains(&self.size_tolerance) {
            return Err(Error::options(format!(
                "profile `{}`: `sizeTolerance` must be at least 0 and below 1, found `{}`",
                self.name, self.size_tolerance
            )));
        }
        Ok(self)
    }
}

struct Builtin {
    json: Value,
    profile: Profile,
}

fn builtins() -> Result<&'static [Builtin], Error> {
    static CELL: OnceLock<Result<Vec<Builtin>, Error>> = OnceLock::new();
    CELL.get_or_init(|| {
        BUILTIN_JSON
            .iter()
            .map(|text| {
                let json: Value = serde_json::from_str(text)
                    .map_err(|e| Error::internal(format!("built-in profile is not JSON: {e}")))?;
                let profile = read::profile(&json)
                    .map_err(|e| Error::internal(format!("built-in profile is malformed: {e}")))?;
                Ok(Builtin {
                    json,
                    profile: profile.check()?,
                })
            })
            .collect()
    })
    .as_ref()
    .map(Vec::as_slice)
    .map_err(Clone::clone)
}

/// A built-in profile by name.
pub fn builtin(name: &str) -> Result<Option<&'static Profile>, Error> {
    Ok(builtins()?
        .iter()
        .find(|b| b.profile.name == name)
        .map(|b| &b.profile))
}

/// Every built-in profile with its full contents.
pub fn profiles() -> Vec<Profile> {
    builtins()
        .map(|b| b.iter().map(|b| b.profile.clone()).collect())
        .unwrap_or_default()
}

/// The profile a name stands for, or an options error naming the known ones.
pub(crate) fn by_name(name: &str) -> Result<&'static Profile, Error> {
    builtin(name)?.ok_or_else(|| {
        Error::options(format!(
            "unknown profile `{name}`: expected `katonic`, `domino`, `dataiku` or a profile object"
        ))
    })
}

/// A custom profile object, merged over its `extends` base when it has one.
pub(crate) fn custom(object: &Value) -> Result<Cow<'static, Profile>, Error> {
    let Value::Object(map) = object else {
        return Err(Error::options(
            "`profile` must be a profile name or a profile object",
        ));
    };
    let merged = match map.get("extends") {
        None | Some(Value::Null) => object.clone(),
        Some(Value::String(base)) => {
            let base_json = builtins()?
                .iter()
                .find(|b| b.profile.name == *base)
                .map(|b| b.json.clone())
                .ok_or_else(|| {
                    Error::options(format!(
                        "profile `extends` is `{base}`: expected `katonic` or `domino`"
                    ))
                })?;
            let mut merged = base_json;
            merge_patch(&mut merged, object);
            if map.get("name").is_none() {
                if let Value::Object(m) = &mut merged {
                    m.insert("name".into(), Value::String("custom".into()));
                }
            }
            merged
        }
        Some(_) => return Err(Error::options("profile `extends` must be a profile name")),
    };
    let profile =
        read::profile(&merged).map_err(|e| Error::options(format!("invalid profile: {e}")))?;
    profile.check().map(Cow::Owned)
}

/// RFC 7386: objects merge key by key, `null` removes, anything else replaces.
fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(p) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(serde_json::Map::new());
    }
    if let Value::Object(t) = target {
        for (k, v) in p {
            if v.is_null() {
                t.remove(k);
            } else {
                merge_patch(t.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
    }
}

/// Which profile to check against.
#[derive(Debug, Clone, PartialEq)]
pub enum ProfileChoice {
    /// A built-in profile by name.
    Named(String),
    /// A custom profile object, possibly with `extends`.
    Custom(Value),
}

impl ProfileChoice {
    /// A profile name (`"domino"`) or a profile object; anything else is `OPTIONS_INVALID`.
    pub fn from_value(value: &Value) -> Result<Self, Error> {
        match value {
            Value::String(s) => Ok(ProfileChoice::Named(s.clone())),
            Value::Object(_) => Ok(ProfileChoice::Custom(value.clone())),
            _ => Err(Error::options(
                "`profile` must be a profile name or a profile object",
            )),
        }
    }

    /// The profile this choice stands for: a built-in one, or a custom one merged over its
    /// `extends` base.
    pub fn resolve(&self) -> Result<Cow<'static, Profile>, Error> {
        match self {
            ProfileChoice::Named(name) => by_name(name).map(Cow::Borrowed),
            ProfileChoice::Custom(obj) => custom(obj),
        }
    }
}

impl Default for ProfileChoice {
    fn default() -> Self {
        ProfileChoice::Named("katonic".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_load() {
        let k = builtin("katonic").unwrap().unwrap();
        assert_eq!(k.network.vpc_max_prefix, Some(21));
        assert_eq!(k.min_version().unwrap().to_string(), "1.20.0");
        let d = builtin("domino").unwrap().unwrap();
        assert_eq!(d.node_pools.roles[&Role::Platform].min_nodes, Some(3));
        let compute = &d.node_pools.roles[&Role::Compute];
        assert_eq!((compute.cpu, compute.recommended_cpu), (None, Some(8.0)));
        assert!(compute.autoscaling && compute.autoscaler_label_tags);
        assert!(d.node_pools.cluster_owned_tag && !k.node_pools.cluster_owned_tag);
        assert!(!k.node_pools.roles[&Role::Compute].autoscaling);
        let dk = builtin("dataiku").unwrap().unwrap();
        assert!(dk.node_pools.roles.is_empty() && dk.node_pools.required_roles.is_empty());
        assert!(!dk.kubernetes.docker_deprecation && k.kubernetes.docker_deprecation);
        assert_eq!(profiles().len(), 3);
    }

    #[test]
    fn a_section_left_out_reads_like_an_empty_one() {
        let bare = custom(&serde_json::json!({"name": "bare"})).unwrap();
        let empty =
            custom(&serde_json::json!({"name": "bare", "kubernetes": {}, "ingress": {}})).unwrap();
        assert_eq!(bare, empty);
        assert!(bare.kubernetes.docker_deprecation && bare.ingress.served);
        let dk = builtin("dataiku").unwrap().unwrap();
        assert!(!dk.ingress.served);
    }

    #[test]
    fn extends_changes_only_what_it_names() {
        let p = custom(&serde_json::json!({
            "name": "acme", "extends": "katonic", "network": {"vpcMaxPrefix": 20}
        }))
        .unwrap();
        assert_eq!(p.name, "acme");
        assert_eq!(p.network.vpc_max_prefix, Some(20));
        assert_eq!(p.network.private_subnet_max_prefix, Some(24));
        assert_eq!(p.zones.allowed_counts, vec![1, 3]);
    }

    #[test]
    fn bad_custom_profiles_are_options_errors() {
        for bad in [
            serde_json::json!({"extends": "nope"}),
            serde_json::json!({"extends": "katonic", "netwrk": {}}),
            serde_json::json!({"kubernetes": {"minVersion": "latest"}}),
            serde_json::json!(42),
        ] {
            let e = custom(&bad).unwrap_err();
            assert_eq!(e.code, crate::ErrorCode::OptionsInvalid, "{bad}");
        }
    }
}
