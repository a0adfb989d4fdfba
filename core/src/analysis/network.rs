//! Network values more than one rule (and the facts) read: the blocks pods take addresses
//! from, the pod-IP estimate, the cluster's own address ranges.
use super::Context;
use crate::input::model::{Cni, Network, Provider, SubnetType};
use crate::net::size;
use ipnet::{IpNet, Ipv4Net};

/// Whether pods take their addresses from the node network's subnets rather than from a separate
/// `podCidr`: `aws-vpc-cni` always; `azure-cni` without a `podCidr` (flat Azure CNI). `azure-cni`
/// with a `podCidr` is Azure CNI Overlay: pods take `podCidr` addresses, like any other CNI.
pub(crate) fn pods_in_subnets(network: &Network) -> Option<bool> {
    Some(match network.cni? {
        Cni::AwsVpcCni => true,
        Cni::AzureCni => network.pod_cidr.is_none(),
        _ => false,
    })
}

/// Which subnets pods take addresses from, when they take subnet addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PodSubnets {
    /// `type: pod` subnets (EKS custom networking, Azure CNI pod subnets).
    Pod,
    /// No `pod` subnet: the private (node) subnets.
    Private,
}

impl PodSubnets {
    /// How messages name them: `pod`, `private`.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            PodSubnets::Pod => "pod",
            PodSubnets::Private => "private",
        }
    }
}

/// The blocks pods take addresses from when they take subnet addresses: the `pod` subnets when
/// there are any, else the private ones. `None` (unknown) when a subnet's type is unknown, when a
/// subnet of the chosen kind has no valid CIDR, or when there is no subnet of either kind.
pub(crate) fn private_blocks(network: &Network) -> Option<(Vec<Ipv4Net>, PodSubnets)> {
    let subnets = network.subnets.as_deref()?;
    let mut kinds = Vec::with_capacity(subnets.len());
    for s in subnets {
        kinds.push(s.kind?);
    }
    let which = if kinds.contains(&SubnetType::Pod) {
        PodSubnets::Pod
    } else {
        PodSubnets::Private
    };
    let wanted = match which {
        PodSubnets::Pod => SubnetType::Pod,
        PodSubnets::Private => SubnetType::Private,
    };
    let mut blocks = Vec::new();
    for s in subnets {
        if s.kind == Some(wanted) {
            blocks.push(s.cidr.as_ref()?.net);
        }
    }
    (!blocks.is_empty()).then_some((blocks, which))
}

/// Where the pod-IP capacity comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PodSource {
    /// `aws-vpc-cni` / flat `azure-cni`: the usable addresses of the `pod` subnets, else of the
    /// private ones.
    Subnets(PodSubnets),
    /// Any other CNI, and Azure CNI Overlay: the IPv4 `podCidr`.
    PodCidr,
}

/// Estimated pod-IP demand against capacity (SPEC §9), shared by facts and `ip-capacity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PodIps {
    /// Σ over pools of maxNodes (else minNodes).
    pub(crate) nodes: u64,
    pub(crate) max_pods: u32,
    /// Addresses needed: nodes × (maxPodsPerNode + 1) in subnets (each node's own address
    /// comes from the same subnets; with `pod` subnets, the primary address of the node's network
    /// interface there, which no pod gets), nodes × maxPodsPerNode in a `podCidr`.
    pub(crate) demand: u64,
    pub(crate) capacity: u64,
    pub(crate) source: PodSource,
}

/// The pod-IP estimate, when the CNI, `maxPodsPerNode`, at least one pool's node count and the
/// capacity are all known. Pools without node counts are left out (the demand is then a lower
/// bound, so a shortfall is still certain).
pub(crate) fn pod_ips(cx: &Context<'_>) -> Option<PodIps> {
    let network = cx.network()?;
    let in_subnets = pods_in_subnets(network)?;
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
    if in_subnets {
        let reserved = cx.provider.map_or(2, Provider::reserved_per_subnet);
        let (blocks, which) = private_blocks(network)?;
        let capacity = blocks
            .iter()
            .map(|b| size(b.prefix_len()).saturating_sub(reserved))
            .sum();
        Some(PodIps {
            nodes,
            max_pods,
            demand: nodes.saturating_mul(u64::from(max_pods) + 1),
            capacity,
            source: PodSource::Subnets(which),
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
    /// How messages name it: `VPC CIDR`, `secondary CIDR`, `pod CIDR`, `service CIDR`.
    pub(crate) what: &'static str,
    pub(crate) path: String,
    pub(crate) net: IpNet,
}

/// The cluster's ranges in the order VPC, secondary blocks, `podCidr`, `serviceCidr`; the
/// `podCidr` left out with `aws-vpc-cni`, whose pods take VPC addresses.
pub(crate) fn cluster_ranges(cx: &Context<'_>) -> Vec<Range> {
    let Some(n) = cx.network() else {
        return Vec::new();
    };
    let secondary = n.secondary_cidrs.as_deref().unwrap_or(&[]);
    let mut out = Vec::with_capacity(secondary.len().saturating_add(3));
    if let Some(v) = &n.vpc_cidr {
        out.push(Range {
            what: "VPC CIDR",
            path: "/network/vpcCidr".to_string(),
            net: IpNet::V4(v.net),
        });
    }
    for c in secondary {
        out.push(Range {
            what: "secondary CIDR",
            path: format!("/network/secondaryCidrs/{}", c.index),
            net: IpNet::V4(c.value.net),
        });
    }
    if let Some(p) = &n.pod_cidr {
        if n.cni != Some(Cni::AwsVpcCni) {
            out.push(Range {
                what: "pod CIDR",
                path: "/network/podCidr".to_string(),
                net: p.net,
            });
        }
    }
    if let Some(s) = &n.service_cidr {
        out.push(Range {
            what: "service CIDR",
            path: "/network/serviceCidr".to_string(),
            net: s.net,
        });
    }
    out
}

/// The VPC's blocks: the primary `vpcCidr` (if valid) and every valid secondary block, in that
/// order, each with how messages name it and its path.
pub(crate) fn vpc_blocks<'n>(network: &'n Network<'_>) -> Vec<(&'static str, String, &'n Ipv4Net)> {
    let secondary = network.secondary_cidrs.as_deref().unwrap_or(&[]);
    let mut out = Vec::with_capacity(secondary.len().saturating_add(1));
    if let Some(v) = &network.vpc_cidr {
        out.push(("VPC CIDR", "/network/vpcCidr".to_string(), &v.net));
    }
    for c in secondary {
        out.push((
            "secondary CIDR",
            format!("/network/secondaryCidrs/{}", c.index),
            &c.value.net,
        ));
    }
    out
}

/// Finds, among a list of blocks, those that share an address with a given block, in time
/// proportional to the answer (plus a logarithm), not to the list: two CIDR blocks overlap only
/// by nesting, so the blocks holding the query are found by its at most 129 supernets, and the
/// blocks inside it are one contiguous run of the list sorted by address.
pub(crate) struct OverlapIndex {
    /// Every block with its position in the original list, sorted by block (address, prefix).
    sorted: Vec<(IpNet, usize)>,
}

impl OverlapIndex {
    pub(crate) fn new(blocks: impl IntoIterator<Item = IpNet>) -> Self {
        let mut sorted: Vec<(IpNet, usize)> = blocks
            .into_iter()
            .enumerate()
            .map(|(i, b)| (b.trunc(), i))
            .collect();
        sorted.sort_unstable();
        OverlapIndex { sorted }
    }

    /// The positions of the blocks that hold `net` (itself included), in increasing order.
    pub(crate) fn holding(&self, net: &IpNet) -> Vec<usize> {
        let net = net.trunc();
        let mut out = Vec::new();
        for len in 0..=net.prefix_len() {
            let Ok(sup) = IpNet::new(net.network(), len) else {
                continue;
            };
            let sup = sup.trunc();
            let start = self.sorted.partition_point(|(b, _)| *b < sup);
            for (b, i) in self.sorted.iter().skip(start) {
                if *b != sup {
                    break;
                }
                out.push(*i);
            }
        }
        out.sort_unstable();
        out
    }

    /// The positions of the blocks that share an address with `net`, in increasing order.
    pub(crate) fn overlapping(&self, net: &IpNet) -> Vec<usize> {
        let net = net.trunc();
        let mut out = self.holding(&net);
        // Blocks strictly inside `net`: their addresses lie in `net`, their prefixes are longer.
        let start = self.sorted.partition_point(|(b, _)| *b < net);
        for (b, i) in self.sorted.iter().skip(start) {
            if !net.contains(&b.network()) {
                break;
            }
            if b.prefix_len() > net.prefix_len() {
                out.push(*i);
            }
        }
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::OverlapIndex;
    use ipnet::IpNet;

    fn net(s: &str) -> IpNet {
        s.parse().unwrap()
    }

    /// The index answers exactly what comparing every pair answers.
    #[test]
    fn overlap_index_matches_pairwise() {
        let blocks: Vec<IpNet> = [
            "10.0.0.0/16",
            "10.0.0.0/16",
            "10.0.1.0/24",
            "10.0.0.0/8",
            "10.1.0.0/16",
            "100.64.0.0/16",
            "0.0.0.0/0",
            "10.0.0.128/25",
            "fd00::/8",
            "fd00:1::/32",
            "10.0.255.255/32",
        ]
        .iter()
        .map(|s| net(s))
        .collect();
        let index = OverlapIndex::new(blocks.iter().copied());
        for q in blocks
            .iter()
            .chain(&[net("10.0.0.0/23"), net("11.0.0.0/8"), net("::/0")])
        {
            let want: Vec<usize> = (0..blocks.len())
                .filter(|&i| blocks[i].contains(&q.network()) || q.contains(&blocks[i].network()))
                .collect();
            assert_eq!(index.overlapping(q), want, "{q}");
            let holding: Vec<usize> = (0..blocks.len())
                .filter(|&i| blocks[i].contains(q))
                .collect();
            assert_eq!(index.holding(q), holding, "{q}");
        }
    }
}
