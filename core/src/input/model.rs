//! The typed cluster description. Every field is optional: absent (or invalid, already reported
//! by the parser) means unknown, and rules that need it stay silent.
use super::json::Num;
use crate::num::json_number;
use ipnet::{IpNet, Ipv4Net};
use std::collections::BTreeMap;

/// Declares a closed set of string values with their exact spellings.
macro_rules! str_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
                 serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        // Variant names are the input's own spellings (`ReadWriteOnce`, `Kubenet`, …).
        #[allow(clippy::enum_variant_names)]
        pub enum $name { $($(#[$vm])* #[serde(rename = $s)] $var),+ }
        impl $name {
            /// Every accepted spelling, in declaration order.
            pub const ALL: &'static [&'static str] = &[$($s),+];
            /// Parses an exact spelling.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$var),)+ _ => None }
            }
            /// The spelling used in documents and reports.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$var => $s),+ }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl crate::text::Piece for $name {
            fn len(&self) -> usize {
                self.as_str().len()
            }
            fn put(&self, out: &mut String) {
                out.push_str(self.as_str())
            }
        }
    };
}

str_enum!(
    /// Where the cluster runs.
    Provider { Aws = "aws", Azure = "azure", Gcp = "gcp", Onprem = "onprem" }
);
str_enum!(
    /// The Kubernetes distribution.
    Distribution {
        Eks = "eks", Aks = "aks", Gke = "gke", Openshift = "openshift", Kubespray = "kubespray",
        Rke2 = "rke2", K3s = "k3s", Other = "other",
    }
);
str_enum!(
    /// The container runtime of the nodes.
    ContainerRuntime { Containerd = "containerd", Docker = "docker", CriO = "cri-o" }
);
str_enum!(
    /// Whether a subnet routes to the internet directly; `pod`: a subnet only pods take
    /// addresses from (EKS custom networking, Azure CNI pod subnets).
    SubnetType { Private = "private", Public = "public", Pod = "pod" }
);
str_enum!(
    /// The pod network plugin.
    Cni {
        AwsVpcCni = "aws-vpc-cni", Calico = "calico", Cilium = "cilium", AzureCni = "azure-cni",
        Kubenet = "kubenet", Flannel = "flannel", Weave = "weave", Antrea = "antrea",
        OvnKubernetes = "ovn-kubernetes", OpenshiftSdn = "openshift-sdn", Other = "other",
    }
);
str_enum!(
    /// The engine that enforces NetworkPolicy objects.
    NetworkPolicyEngine {
        Calico = "calico", Cilium = "cilium", Antrea = "antrea", Weave = "weave", Azure = "azure",
        AwsVpcCni = "aws-vpc-cni", OvnKubernetes = "ovn-kubernetes", OpenshiftSdn = "openshift-sdn",
        None = "none",
    }
);
str_enum!(
    /// What a node pool is for.
    Role {
        Platform = "platform", Compute = "compute", Gpu = "gpu", Deployment = "deployment",
        Vectordb = "vectordb", Master = "master", Worker = "worker", Other = "other",
    }
);
str_enum!(
    /// Kind of object store.
    ObjectStoreType {
        S3 = "s3", S3Compatible = "s3-compatible", AzureBlob = "azure-blob", Gcs = "gcs", Kfs = "kfs",
    }
);
str_enum!(
    /// The `kind` of the List object `kubectl get sc -o json` prints, accepted as `storageClasses`.
    StorageClassListKind { List = "List", StorageClassList = "StorageClassList" }
);
str_enum!(
    /// How Dataiku-style namespaces are assigned.
    NamespaceMode { PerUser = "per-user", PerTeam = "per-team", Fixed = "fixed" }
);
str_enum!(
    /// When a volume is bound and provisioned.
    VolumeBindingMode { Immediate = "Immediate", WaitForFirstConsumer = "WaitForFirstConsumer" }
);
str_enum!(
    /// What happens to a volume when its claim is deleted.
    ReclaimPolicy { Delete = "Delete", Retain = "Retain", Recycle = "Recycle" }
);
str_enum!(
    /// A PersistentVolume access mode.
    AccessMode {
        ReadWriteOnce = "ReadWriteOnce", ReadOnlyMany = "ReadOnlyMany",
        ReadWriteMany = "ReadWriteMany", ReadWriteOncePod = "ReadWriteOncePod",
    }
);

impl Provider {
    /// The distribution a provider implies when `kubernetes.distribution` is absent.
    pub const fn default_distribution(self) -> Distribution {
        match self {
            Provider::Aws => Distribution::Eks,
            Provider::Azure => Distribution::Aks,
            Provider::Gcp => Distribution::Gke,
            Provider::Onprem => Distribution::Kubespray,
        }
    }

    /// Addresses the network keeps in every subnet (AWS and Azure 5, GCP 4, plain IP 2).
    pub const fn reserved_per_subnet(self) -> u64 {
        match self {
            Provider::Aws | Provider::Azure => 5,
            Provider::Gcp => 4,
            Provider::Onprem => 2,
        }
    }
}

impl Role {
    /// Roles that carry the "worker" requirements (the rules' principles, docs/rules.md).
    pub const fn is_worker(self) -> bool {
        matches!(
            self,
            Role::Platform
                | Role::Compute
                | Role::Gpu
                | Role::Deployment
                | Role::Vectordb
                | Role::Worker
        )
    }
}

/// A list element that parsed, with its index in the input list (for paths).
#[derive(Debug, Clone, PartialEq)]
pub struct Item<T> {
    /// Index in the input array.
    pub index: usize,
    /// The parsed value.
    pub value: T,
}

/// A size or cpu count: the value in GiB (or vCPU) and how the document wrote it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity<'a> {
    /// GiB for memory and disks, vCPU for cpu.
    pub value: f64,
    /// How the document wrote it (`32Gi`, `8`, `7910m`).
    pub written: Written<'a>,
}

/// How the document wrote a quantity: a string (borrowed from the document), or a number, which
/// is written out as messages print numbers only when a message names it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Written<'a> {
    Text(&'a str),
    Number(Num),
}

impl Written<'_> {
    /// The text as messages show it (`32Gi`; the number `8` as `8`).
    pub fn text(&self) -> String {
        match self {
            Written::Text(s) => (*s).to_string(),
            Written::Number(n) => json_number(&n.to_number()),
        }
    }
}

/// An IPv4 network, host bits cleared.
#[derive(Debug, Clone, PartialEq)]
pub struct Cidr4 {
    pub net: Ipv4Net,
}

/// Any network (IPv4 or IPv6), host bits cleared.
#[derive(Debug, Clone, PartialEq)]
pub struct Cidr {
    pub net: IpNet,
}

/// A parsed Kubernetes version.
#[derive(Debug, Clone, PartialEq)]
pub struct KubeVersion<'a> {
    /// `major.minor.patch`, vendor suffixes dropped.
    pub version: semver::Version,
    /// The text as written (`v1.30.2-eks-abc`).
    pub text: &'a str,
}

/// The whole description.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cluster<'a> {
    pub name: Option<&'a str>,
    pub provider: Option<Provider>,
    pub kubernetes: Option<Kubernetes<'a>>,
    pub availability_zones: Option<Vec<Item<&'a str>>>,
    pub network: Option<Network<'a>>,
    pub node_pools: Option<Vec<NodePool<'a>>>,
    pub storage: Option<StorageRoles<'a>>,
    pub storage_classes: Option<Vec<StorageClass<'a>>>,
    /// Where the classes' list is: `/storageClasses`, or `/storageClasses/items` when the
    /// document gives the List object `kubectl get sc -o json` prints (empty without classes).
    pub storage_classes_path: &'static str,
    pub object_storage: Option<ObjectStorage<'a>>,
    pub ingress: Option<Ingress<'a>>,
    pub addons: Option<Addons>,
    pub ntp: Option<bool>,
    pub namespaces: Option<Namespaces<'a>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Kubernetes<'a> {
    pub version: Option<KubeVersion<'a>>,
    pub distribution: Option<Distribution>,
    pub container_runtime: Option<ContainerRuntime>,
    pub fargate: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Network<'a> {
    pub vpc_cidr: Option<Cidr4>,
    /// Further IPv4 blocks associated with the same VPC.
    pub secondary_cidrs: Option<Vec<Item<Cidr4>>>,
    pub subnets: Option<Vec<Subnet<'a>>>,
    pub dns_support: Option<bool>,
    pub dns_hostnames: Option<bool>,
    pub cni: Option<Cni>,
    pub network_policy: Option<NetworkPolicyEngine>,
    pub pod_cidr: Option<Cidr>,
    pub service_cidr: Option<Cidr>,
    pub max_pods_per_node: Option<u32>,
    pub peered_cidrs: Option<Vec<Item<Cidr>>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Subnet<'a> {
    pub index: usize,
    pub name: Option<&'a str>,
    pub cidr: Option<Cidr4>,
    pub kind: Option<SubnetType>,
    pub zone: Option<&'a str>,
    pub tags: Option<BTreeMap<&'a str, &'a str>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct NodePool<'a> {
    pub index: usize,
    pub name: Option<&'a str>,
    pub role: Option<Role>,
    pub instance_type: Option<&'a str>,
    pub cpu: Option<Quantity<'a>>,
    pub memory: Option<Quantity<'a>>,
    pub boot_disk: Option<Quantity<'a>>,
    pub additional_disk: Option<Quantity<'a>>,
    pub gpus: Option<u32>,
    pub min_nodes: Option<u32>,
    pub max_nodes: Option<u32>,
    pub zones: Option<Vec<Item<&'a str>>>,
    pub labels: Option<BTreeMap<&'a str, &'a str>>,
    pub os: Option<&'a str>,
    /// Cloud tags of the pool's Auto Scaling group / node pool (free-form).
    pub tags: Option<BTreeMap<&'a str, &'a str>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct StorageRoles<'a> {
    pub block_class: Option<&'a str>,
    pub shared_class: Option<&'a str>,
}

/// Capabilities stated in the document; each overrides the catalog field by field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CapabilityOverride {
    pub dynamic_provisioning: Option<bool>,
    pub access_modes: Option<Vec<AccessMode>>,
    pub ssd: Option<bool>,
    pub nfs: Option<bool>,
    pub any_node: Option<bool>,
    pub zonal: Option<bool>,
    pub max_volume_gib: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct StorageClass<'a> {
    /// Index in the list of classes.
    pub index: usize,
    /// The class's JSON Pointer: `/storageClasses/<index>` or `/storageClasses/items/<index>`.
    pub path: String,
    pub name: Option<&'a str>,
    pub provisioner: Option<&'a str>,
    pub parameters: Option<BTreeMap<&'a str, &'a str>>,
    /// `None` when absent: Kubernetes then binds `Immediate`.
    pub volume_binding_mode: Option<VolumeBindingMode>,
    pub allow_volume_expansion: Option<bool>,
    pub reclaim_policy: Option<ReclaimPolicy>,
    pub capabilities: Option<CapabilityOverride>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ObjectStore<'a> {
    pub kind: Option<ObjectStoreType>,
    pub bucket: Option<&'a str>,
    pub region: Option<&'a str>,
    pub endpoint: Option<&'a str>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ObjectStorage<'a> {
    pub backups: Option<ObjectStore<'a>>,
    pub blob: Option<ObjectStore<'a>>,
    pub logs: Option<ObjectStore<'a>>,
    /// Domino's cost data.
    pub costs: Option<ObjectStore<'a>>,
}

impl<'a> ObjectStorage<'a> {
    /// The stores with their keys, in schema order (`backups`, `blob`, `logs`, `costs`).
    pub fn stores(&self) -> impl Iterator<Item = (&'static str, &ObjectStore<'a>)> {
        [
            ("backups", self.backups.as_ref()),
            ("blob", self.blob.as_ref()),
            ("logs", self.logs.as_ref()),
            ("costs", self.costs.as_ref()),
        ]
        .into_iter()
        .filter_map(|(k, s)| s.map(|s| (k, s)))
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ingress<'a> {
    pub fqdn: Option<&'a str>,
    pub existing_installs: Option<Vec<Item<&'a str>>>,
    pub tls: Option<Tls<'a>>,
    pub load_balancer: Option<LoadBalancer<'a>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tls<'a> {
    pub certificate_sans: Option<Vec<Item<&'a str>>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadBalancer<'a> {
    pub tls_termination: Option<bool>,
    pub listeners: Option<Vec<Listener>>,
    pub websockets: Option<bool>,
    pub x_forwarded_proto: Option<bool>,
    pub health_check: Option<HealthCheck<'a>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listener {
    pub index: usize,
    pub port: Option<u32>,
    pub target_port: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HealthCheck<'a> {
    pub protocol: Option<&'a str>,
    pub port: Option<u32>,
    pub path: Option<&'a str>,
}

/// The optional add-ons; each `Some(true)` is enabled.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Addons {
    pub superset: Option<bool>,
    pub airbyte: Option<bool>,
}

impl Addons {
    /// Every add-on key with its state, in a fixed order.
    pub fn all(&self) -> [(&'static str, Option<bool>); 2] {
        [("superset", self.superset), ("airbyte", self.airbyte)]
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Namespaces<'a> {
    pub mode: Option<NamespaceMode>,
    pub template: Option<&'a str>,
    pub auto_create: Option<bool>,
    pub sample_logins: Option<Vec<Item<&'a str>>>,
}
