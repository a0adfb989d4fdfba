//! The known keys of every object of the schema, for `unknown-field`. `schema()` is
//! checked against these lists by a test, so the two cannot drift apart.
//!
//! Each list also has a matcher in [`known`]: a `match` on the key, which the compiler turns
//! into a length switch and a few word comparisons, so checking a key costs no string search.

/// A list of known keys and its matchers.
#[derive(Clone, Copy)]
pub struct Known {
    pub keys: &'static [&'static str],
    pub has: fn(&str) -> bool,
    /// The key's position in `keys`.
    pub index: fn(&str) -> Option<usize>,
}

impl Known {
    /// No key check at all (free-form maps, objects whose keys nobody reads).
    pub const NONE: Known = Known {
        keys: &[],
        has: |_| true,
        index: |_| None,
    };
}

/// Whether two byte strings are equal, at compile time.
const fn same(a: &[u8], b: &[u8]) -> bool {
    match (a.split_first(), b.split_first()) {
        (None, None) => true,
        (Some((x, xs)), Some((y, ys))) => *x == *y && same(xs, ys),
        _ => false,
    }
}

/// The position of `key` in `list`, at compile time (for the generated `index` matchers).
const fn position(list: &[&str], key: &str) -> usize {
    match list.split_first() {
        Some((first, rest)) => {
            if same(first.as_bytes(), key.as_bytes()) {
                0
            } else {
                1 + position(rest, key)
            }
        }
        None => usize::MAX,
    }
}

macro_rules! fields {
    ($($(#[$doc:meta])* $name:ident = [$($key:literal),* $(,)?];)*) => {
        $($(#[$doc])* pub const $name: &[&str] = &[$($key),*];)*

        /// The lists above with their matchers.
        pub mod known {
            use super::Known;
            $(pub const $name: Known = Known {
                keys: super::$name,
                has: |key| matches!(key, $($key)|*),
                index: |key| match key {
                    $($key => Some({
                        const AT: usize = super::position(super::$name, $key);
                        AT
                    }),)*
                    _ => None,
                },
            };)*

            /// Every list, for tests.
            #[cfg(test)]
            pub const ALL: &[Known] = &[$($name),*];
        }
    };
}

fields! {
    ROOT = [
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
    KUBERNETES = ["version", "distribution", "containerRuntime", "fargate"];
    NETWORK = [
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
    SUBNET = ["name", "cidr", "type", "zone", "tags"];
    NODE_POOL = [
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
    STORAGE = ["blockClass", "sharedClass"];
    /// Every field of the Kubernetes StorageClass API, plus clusterfit's `capabilities`.
    STORAGE_CLASS = [
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
    STORAGE_CLASS_LIST = ["apiVersion", "kind", "metadata", "items"];
    CAPABILITIES = [
        "dynamicProvisioning",
        "accessModes",
        "ssd",
        "nfs",
        "anyNode",
        "zonal",
        "maxVolumeGiB",
    ];
    OBJECT_STORAGE = ["backups", "blob", "logs", "costs"];
    OBJECT_STORE = ["type", "bucket", "region", "endpoint"];
    INGRESS = ["fqdn", "existingInstalls", "tls", "loadBalancer"];
    TLS = ["certificateSans"];
    LOAD_BALANCER = [
        "tlsTermination",
        "listeners",
        "websockets",
        "xForwardedProto",
        "healthCheck",
    ];
    LISTENER = ["port", "targetPort"];
    HEALTH_CHECK = ["protocol", "port", "path"];
    ADDONS = ["superset", "airbyte"];
    NAMESPACES = ["mode", "template", "autoCreate", "sampleLogins"];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matchers_agree_with_the_lists() {
        for known in known::ALL {
            // The parser keeps one slot per known key, 16 at most (`parse::SLOTS`).
            assert!(known.keys.len() <= 16, "{:?}", known.keys);
            for (i, key) in known.keys.iter().enumerate() {
                assert_eq!((known.index)(key), Some(i), "{key}");
                assert!((known.has)(key), "{key}");
            }
            for other in ["", "nam", "names", "Name", "provider ", "$schemaVersion"] {
                if !known.keys.contains(&other) {
                    assert_eq!((known.index)(other), None, "{other}");
                    assert!(!(known.has)(other), "{other}");
                }
            }
        }
    }
}
