//! Network values more than one rule (and the facts) read: the blocks pods take addresses
//! from, the pod-IP estimate, the cluster's own address ranges.
use super::Context;
use crate::input::model::{Cni, Network, Provider, SubnetType};
use crate::net::size;
use ipnet::{IpNet, Ipv4Net};

/// Whether pods take their addresses from the node subnets (`aws-vpc-cni`, `azure-cni`) rather
/// than from a separate `podCidr`.
pub(crate) fn pods_in_subnets(cni: Cni) -> bool {
    matches!(cni, Cni::AwsVpcCni | Cni::AzureCni)
}

/// The private subnets' CIDRs, when every subnet's type is known and every private subnet has a
/// valid CIDR (anything less is unknown). `None` too when there is no private subnet.
pub(crate) fn private_blocks(network: &Network) -> Option<Vec<Ipv4Net>> {
    let subnets = network.subnets.as_deref()?;
    let mut blocks = Vec::new();
    for s in subnets {
        match s.kind? {
            SubnetType::Private => blocks.push(s.cidr.as_ref()?.net),
            SubnetType::Public => {}
        }
    }
    (!blocks.is_empty()).then_some(blocks)
}

/// Where the pod-IP capacity comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PodSource {
    /// `aws-vpc-cni` / `azure-cni`: the private subnets' usable addresses.
    Subnets,
    /// Any other CNI: the IPv4 `podCidr`.
    PodCidr,
}

/// Estimated pod-IP demand against capacity, shared by facts and `ip-capacity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PodIps {
    /// Σ over pools of maxNodes (else minNodes).
    pub(crate) nodes: u64,
    pub(crate) max_pods: u32,
    /// Addresses needed: nodes × (maxPodsPerNode + 1) in subnets (each node's own address
    /// comes from the same subnets), nodes × maxPodsPerNode in a `podCidr`.
    pub(crate) demand: u64,
    pub(crate) capacity: u64,
    pub(crate) source: PodSource,
}

/// The pod-IP estimate, when the CNI, `maxPodsPerNode`, at least one pool's node count and the
/// capacity are all known. Pools without node counts are left out (the demand is then a lower
/// bound, so a shortfall is still certain).
pub(crate) fn pod_ips(cx: &Context<'_>) -> Option<PodIps> {
    let network = cx.network()?;
    let cni = network.cni?;
    let max_pods = network.max_pods_per_node?;
    let mut counted = false;
    let mut nodes: u64 = 0;
    for p in &cx.pools {
        if let Some(n) = p.pool.max_nodes.or(p.pool.min_nodes) {
            counted = true;
            nodes = nodes.saturating_add(u64::from(n));
        }
    }
    if !counted {
        return None;
    }
    if pods_in_subnets(cni) {
        let reserved = cx.provider.map_or(2, Provider::reserved_per_subnet);
        let capacity = private_blocks(network)?
            .iter()
            .map(|b| size(b.prefix_len()).saturating_sub(reserved))
            .sum();
        Some(PodIps {
            nodes,
            max_pods,
            demand: nodes.saturating_mul(u64::from(max_pods) + 1),
            capacity,
            source: PodSource::Subnets,
        })
    } else {
        let IpNet::V4(pod) = network.pod_cidr.as_ref()?.net else {
            return None;
        };
        Some(PodIps {
            nodes,
            max_pods,
            demand: nodes.saturating_mul(u64::from(max_pods)),
            capacity: size(pod.prefix_len()),
            source: PodSource::PodCidr,
        })
    }
}

/// One of the cluster's own address ranges, for the overlap rules.
pub(crate) struct Range {
    /// How messages name it: `VPC CIDR`, `pod CIDR`, `service CIDR`.
    pub(crate) what: &'static str,
    pub(crate) path: &'static str,
    pub(crate) net: IpNet,
}

/// The cluster's ranges in the order VPC, `podCidr`, `serviceCidr`; the `podCidr` left out with
/// `aws-vpc-cni`, whose pods take VPC addresses.
pub(crate) fn cluster_ranges(cx: &Context<'_>) -> Vec<Range> {
    let mut out = Vec::with_capacity(3);
    let Some(n) = cx.network() else { return out };
    if let Some(v) = &n.vpc_cidr {
        out.push(Range {
            what: "VPC CIDR",
            path: "/network/vpcCidr",
            net: IpNet::V4(v.net),
        });
    }
    if let Some(p) = &n.pod_cidr {
        if n.cni != Some(Cni::AwsVpcCni) {
            out.push(Range {
                what: "pod CIDR",
                path: "/network/podCidr",
                net: p.net,
            });
        }
    }
    if let Some(s) = &n.service_cidr {
        out.push(Range {
            what: "service CIDR",
            path: "/network/serviceCidr",
            net: s.net,
        });
    }
    out
}
