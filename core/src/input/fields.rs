//! The known keys of every object of the schema, for `unknown-field`. `schema()` is
//! checked against these lists by a test, so the two cannot drift apart.

pub const ROOT: &[&str] = &[
    "$schema",
    "schemaVersion",
    "name",
    "provider",
    "kubernetes",
    "availabilityZones",
    "network",
    "nodePools",
    "storage",
    "storageClasses",
    "objectStorage",
    "ingress",
    "addons",
    "ntp",
    "namespaces",
];
pub const KUBERNETES: &[&str] = &["version", "distribution", "containerRuntime", "fargate"];
pub const NETWORK: &[&str] = &[
    "vpcCidr",
    "secondaryCidrs",
    "subnets",
    "dnsSupport",
    "dnsHostnames",
    "cni",
    "networkPolicy",
    "podCidr",
    "serviceCidr",
    "maxPodsPerNode",
    "peeredCidrs",
];
pub const SUBNET: &[&str] = &["name", "cidr", "type", "zone", "tags"];
pub const NODE_POOL: &[&str] = &[
    "name",
    "role",
    "instanceType",
    "cpu",
    "memory",
    "bootDisk",
    "additionalDisk",
    "gpus",
    "minNodes",
    "maxNodes",
    "zones",
    "labels",
    "os",
    "tags",
];
pub const STORAGE: &[&str] = &["blockClass", "sharedClass"];
/// Every field of the Kubernetes StorageClass API, plus clusterfit's `capabilities`.
pub const STORAGE_CLASS: &[&str] = &[
    "apiVersion",
    "kind",
    "metadata",
    "provisioner",
    "parameters",
    "volumeBindingMode",
    "allowVolumeExpansion",
    "reclaimPolicy",
    "mountOptions",
    "allowedTopologies",
    "capabilities",
];
/// The List object `kubectl get sc -o json` prints, accepted as `storageClasses`.
pub const STORAGE_CLASS_LIST: &[&str] = &["apiVersion", "kind", "metadata", "items"];
pub const CAPABILITIES: &[&str] = &[
    "dynamicProvisioning",
    "accessModes",
    "ssd",
    "nfs",
    "anyNode",
    "zonal",
    "maxVolumeGiB",
];
pub const OBJECT_STORAGE: &[&str] = &["backups", "blob", "logs", "costs"];
pub const OBJECT_STORE: &[&str] = &["type", "bucket", "region", "endpoint"];
pub const INGRESS: &[&str] = &["fqdn", "existingInstalls", "tls", "loadBalancer"];
pub const TLS: &[&str] = &["certificateSans"];
pub const LOAD_BALANCER: &[&str] = &[
    "tlsTermination",
    "listeners",
    "websockets",
    "xForwardedProto",
    "healthCheck",
];
pub const LISTENER: &[&str] = &["port", "targetPort"];
pub const HEALTH_CHECK: &[&str] = &["protocol", "port", "path"];
pub const ADDONS: &[&str] = &["superset", "airbyte"];
pub const NAMESPACES: &[&str] = &["mode", "template", "autoCreate", "sampleLogins"];
