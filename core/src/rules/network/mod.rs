//! network rules (SPEC §7), one file each, in catalog order.
mod aws_cidr_range;
mod cidr_overlap;
mod eks_service_cidr;
mod ip_capacity;
mod network_policy_unsupported;
mod peered_cidr_overlap;
mod pod_address_space;
mod private_subnet_count;
mod private_subnet_size;
mod private_subnet_zones;
mod public_subnet_missing;
mod subnet_elb_tags;
mod subnet_outside_vpc;
mod subnet_overlap;
mod vpc_cidr_size;
mod vpc_dns_support;

use super::Rule;
use crate::input::model::{Cni, Network, Provider, Subnet, SubnetType};
use crate::net::size;
use crate::rules::{Context, Emitter};
use ipnet::{IpNet, Ipv4Net};

/// The network rules, in registry order.
pub static RULES: &[&Rule] = &[
    &vpc_cidr_size::RULE,
    &aws_cidr_range::RULE,
    &subnet_outside_vpc::RULE,
    &subnet_overlap::RULE,
    &private_subnet_count::RULE,
    &private_subnet_size::RULE,
    &private_subnet_zones::RULE,
    &public_subnet_missing::RULE,
    &pod_address_space::RULE,
    &ip_capacity::RULE,
    &cidr_overlap::RULE,
    &peered_cidr_overlap::RULE,
    &eks_service_cidr::RULE,
    &vpc_dns_support::RULE,
    &subnet_elb_tags::RULE,
    &network_policy_unsupported::RULE,
];

/// How messages name a subnet: `` subnet `private-a` `` or `` subnet `subnets[2]` ``.
fn subnet_label(s: &Subnet) -> String {
    match &s.name {
        Some(n) => format!("subnet `{n}`"),
        None => format!("subnet `subnets[{}]`", s.index),
    }
}

/// `/network/subnets/<index>/<field>`.
fn subnet_path(s: &Subnet, field: &str) -> String {
    format!("/network/subnets/{}/{field}", s.index)
}

/// Records that a rule needed `/network/<field>` (for `strict`). Only when `network` is present:
/// a missing `network` section is one `not-described` finding, from `private-subnet-count`.
fn need_network(cx: &Context<'_>, e: &mut Emitter<'_>, field: &str, what: &'static str) {
    if cx.network().is_some() {
        e.need(format!("/network/{field}"), what);
    }
}

/// Whether pods take their addresses from the node subnets (`aws-vpc-cni`, `azure-cni`) rather
/// than from a separate `podCidr`.
fn pods_in_subnets(cni: Cni) -> bool {
    matches!(cni, Cni::AwsVpcCni | Cni::AzureCni)
}

/// Whether two IPv4 blocks share an address (CIDR blocks overlap only by nesting).
fn overlaps4(a: &Ipv4Net, b: &Ipv4Net) -> bool {
    a.contains(&b.network()) || b.contains(&a.network())
}

/// Whether two blocks share an address; blocks of different families never do.
fn overlaps(a: &IpNet, b: &IpNet) -> bool {
    a.contains(&b.network()) || b.contains(&a.network())
}

/// The block of `prefix` that starts where `net` starts (`10.0.0.0/22`, 21 → `10.0.0.0/21`),
/// for hints.
fn resized(net: &Ipv4Net, prefix: u8) -> String {
    Ipv4Net::new(net.network(), prefix)
        .map(|n| n.trunc().to_string())
        .unwrap_or_else(|_| net.to_string())
}

/// The private subnets' CIDRs, when every subnet's type is known and every private subnet has a
/// valid CIDR (anything less is unknown). `None` too when there is no private subnet.
fn private_blocks(network: &Network) -> Option<Vec<Ipv4Net>> {
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
enum PodSource {
    /// `aws-vpc-cni` / `azure-cni`: the private subnets' usable addresses.
    Subnets,
    /// Any other CNI: the IPv4 `podCidr`.
    PodCidr,
}

/// Estimated pod-IP demand against capacity (SPEC §9), shared by facts and `ip-capacity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct PodIps {
    /// Σ over pools of maxNodes (else minNodes).
    nodes: u64,
    max_pods: u32,
    /// Addresses needed: nodes × (maxPodsPerNode + 1) in subnets (each node's own address
    /// comes from the same subnets), nodes × maxPodsPerNode in a `podCidr`.
    demand: u64,
    capacity: u64,
    source: PodSource,
}

/// The pod-IP estimate, when the CNI, `maxPodsPerNode`, at least one pool's node count and the
/// capacity are all known. Pools without node counts are left out (the demand is then a lower
/// bound, so a shortfall is still certain).
fn pod_ips(cx: &Context<'_>) -> Option<PodIps> {
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

/// Estimated pod-IP demand against capacity, for facts (`podIps`): `{"demand", "capacity",
/// "source": "subnets" | "podCidr", "nodes", "maxPodsPerNode"}`. The same numbers
/// `ip-capacity` checks.
pub fn pod_ip_demand(cx: &Context<'_>) -> Option<crate::facts::PodIpFacts> {
    let p = pod_ips(cx)?;
    let source = match p.source {
        PodSource::Subnets => "subnets",
        PodSource::PodCidr => "podCidr",
    };
    Some(crate::facts::PodIpFacts {
        demand: p.demand,
        capacity: p.capacity,
        source,
        nodes: p.nodes,
        max_pods_per_node: p.max_pods,
    })
}

/// One of the cluster's own address ranges, for the overlap rules.
struct Range {
    /// How messages name it: `VPC CIDR`, `pod CIDR`, `service CIDR`.
    what: &'static str,
    path: &'static str,
    net: IpNet,
}

/// The cluster's ranges in the order VPC, `podCidr`, `serviceCidr`; the `podCidr` left out with
/// `aws-vpc-cni`, whose pods take VPC addresses.
fn cluster_ranges(cx: &Context<'_>) -> Vec<Range> {
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
