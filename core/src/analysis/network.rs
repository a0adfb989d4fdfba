//! Network values more than one rule (and the facts) read: the blocks pods take addresses
//! from, the pod-IP estimate, the cluster's own address ranges.
use super::Context;
use crate::input::model::{Cni, Network, Provider, Subnet, SubnetType};
use crate::net::size;
use crate::text::{msg, piece, Tpl};
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
    // Every subnet's type must be known; one `pod` subnet makes the pod subnets the ones.
    let mut any_pod = false;
    for s in subnets {
        any_pod |= s.kind? == SubnetType::Pod;
    }
    let which = if any_pod {
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

/// Estimated pod-IP demand against capacity, shared by facts and `ip-capacity`.
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
    /// Its field (`/network/vpcCidr`), or of a secondary block the list (`/network/secondaryCidrs`).
    field: &'static str,
    /// A secondary block's index in its list.
    index: Option<usize>,
    pub(crate) net: IpNet,
}

impl Range {
    /// The JSON Pointer of the range (written only when a finding needs it).
    pub(crate) fn path(&self) -> String {
        match self.index {
            Some(i) => msg!(self.field, '/', i),
            None => self.field.to_string(),
        }
    }
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
            field: "/network/vpcCidr",
            index: None,
            net: IpNet::V4(v.net),
        });
    }
    for c in secondary {
        out.push(Range {
            what: "secondary CIDR",
            field: "/network/secondaryCidrs",
            index: Some(c.index),
            net: IpNet::V4(c.value.net),
        });
    }
    if let Some(p) = &n.pod_cidr {
        if n.cni != Some(Cni::AwsVpcCni) {
            out.push(Range {
                what: "pod CIDR",
                field: "/network/podCidr",
                index: None,
                net: p.net,
            });
        }
    }
    if let Some(s) = &n.service_cidr {
        out.push(Range {
            what: "service CIDR",
            field: "/network/serviceCidr",
            index: None,
            net: s.net,
        });
    }
    out
}

/// How messages name a subnet: `` subnet `private-a` `` or `` subnet `subnets[2]` `` (a piece
/// of a message).
pub(crate) fn subnet_label<'s>(s: &'s Subnet<'_>) -> Tpl<'s, 1> {
    match &s.name {
        Some(n) => piece!("subnet `", *n, '`'),
        None => piece!("subnet `subnets[", s.index, "]`"),
    }
}

/// The VPC's blocks: the primary `vpcCidr` (if valid) and every valid secondary block, in that
/// order, each with how messages name it.
pub(crate) fn vpc_blocks<'n>(network: &'n Network<'_>) -> Vec<(&'static str, &'n Ipv4Net)> {
    let secondary = network.secondary_cidrs.as_deref().unwrap_or(&[]);
    let mut out = Vec::with_capacity(secondary.len().saturating_add(1));
    if let Some(v) = &network.vpc_cidr {
        out.push(("VPC CIDR", &v.net));
    }
    for c in secondary {
        out.push(("secondary CIDR", &c.value.net));
    }
    out
}

/// Overlaps among CIDR blocks in time n log n plus the size of the answer (no pair-by-pair
/// comparison, so a long list stays cheap). Two CIDR blocks share an address only by nesting: in
/// the blocks sorted by (address, prefix length), the blocks that hold a block are the chain of
/// earlier blocks still "open" at its address, kept on a stack.
///
/// Every pair (i, j), i < j, of `list` whose blocks share an address, sorted by (j, i).
pub(crate) fn self_overlaps(list: &[IpNet]) -> Vec<(usize, usize)> {
    let mut order: Vec<(IpNet, usize)> = list.iter().map(|n| n.trunc()).zip(0..).collect();
    crate::sort::sort(&mut order);
    let mut open: Vec<(IpNet, usize)> = Vec::new();
    let mut pairs = Vec::new();
    for (net, j) in order {
        while open
            .last()
            .is_some_and(|(o, _)| !o.contains(&net.network()))
        {
            open.pop();
        }
        for &(_, i) in &open {
            pairs.push((i.max(j), i.min(j)));
        }
        open.push((net, j));
    }
    crate::sort::sort(&mut pairs);
    pairs.into_iter().map(|(j, i)| (i, j)).collect()
}

/// Every pair (i, j) of a block `a[i]` and a block `b[j]` that share an address, sorted by
/// (j, i).
pub(crate) fn cross_overlaps(a: &[IpNet], b: &[IpNet]) -> Vec<(usize, usize)> {
    // (block, side, index): side 0 is `a`, 1 is `b`.
    let mut order: Vec<(IpNet, u8, usize)> = a
        .iter()
        .enumerate()
        .map(|(i, n)| (n.trunc(), 0, i))
        .chain(b.iter().enumerate().map(|(j, n)| (n.trunc(), 1, j)))
        .collect();
    crate::sort::sort(&mut order);
    let mut open: [Vec<IpNet>; 2] = [Vec::new(), Vec::new()];
    let mut open_index: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    let mut pairs = Vec::new();
    for (net, side, k) in order {
        for (stack, index) in open.iter_mut().zip(open_index.iter_mut()) {
            while stack.last().is_some_and(|o| !o.contains(&net.network())) {
                stack.pop();
                index.pop();
            }
        }
        let (other, mine) = if side == 0 { (1, 0) } else { (0, 1) };
        if let Some(others) = open_index.get(other) {
            for &o in others {
                pairs.push(if side == 0 { (o, k) } else { (k, o) });
            }
        }
        if let (Some(stack), Some(index)) = (open.get_mut(mine), open_index.get_mut(mine)) {
            stack.push(net);
            index.push(k);
        }
    }
    crate::sort::sort(&mut pairs);
    pairs.into_iter().map(|(j, i)| (i, j)).collect()
}

/// For each block of `inner`, whether it lies entirely inside one block of `outer`.
pub(crate) fn inside_any(outer: &[IpNet], inner: &[IpNet]) -> Vec<bool> {
    // An outer block sorts before an equal inner one (side 0 before 1), so it is open when the
    // inner one comes; an open outer block holds the inner block's address and starts no later,
    // so it holds the whole inner block.
    let mut order: Vec<(IpNet, u8, usize)> = outer
        .iter()
        .enumerate()
        .map(|(i, n)| (n.trunc(), 0, i))
        .chain(inner.iter().enumerate().map(|(j, n)| (n.trunc(), 1, j)))
        .collect();
    crate::sort::sort(&mut order);
    let mut open: Vec<IpNet> = Vec::new();
    let mut inside = vec![false; inner.len()];
    for (net, side, k) in order {
        while open.last().is_some_and(|o| !o.contains(&net.network())) {
            open.pop();
        }
        if side == 0 {
            open.push(net);
        } else if let Some(slot) = inside.get_mut(k) {
            *slot = !open.is_empty();
        }
    }
    inside
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::indexing_slicing,
        clippy::needless_range_loop
    )]
    use super::{cross_overlaps, inside_any, self_overlaps};
    use ipnet::IpNet;

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|s| s.parse().unwrap()).collect()
    }

    fn share(a: &IpNet, b: &IpNet) -> bool {
        a.contains(&b.network()) || b.contains(&a.network())
    }

    const BLOCKS: &[&str] = &[
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
        "10.0.0.5/16",
    ];
    const OTHERS: &[&str] = &[
        "10.0.0.0/23",
        "11.0.0.0/8",
        "::/0",
        "10.0.0.0/16",
        "100.64.128.0/17",
        "192.168.0.0/16",
    ];

    /// The sweeps answer exactly what comparing every pair answers, in the promised order.
    #[test]
    fn sweeps_match_pairwise() {
        let a = nets(BLOCKS);
        let b = nets(OTHERS);
        let mut want = Vec::new();
        for j in 0..a.len() {
            for i in 0..j {
                if share(&a[i], &a[j]) {
                    want.push((i, j));
                }
            }
        }
        assert_eq!(self_overlaps(&a), want);
        let mut want = Vec::new();
        for j in 0..b.len() {
            for i in 0..a.len() {
                if share(&a[i], &b[j]) {
                    want.push((i, j));
                }
            }
        }
        assert_eq!(cross_overlaps(&a, &b), want);
        let want: Vec<bool> = b
            .iter()
            .map(|n| a.iter().any(|o| o.trunc().contains(&n.trunc())))
            .collect();
        assert_eq!(inside_any(&a, &b), want);
        let want: Vec<bool> = a
            .iter()
            .map(|n| b.iter().any(|o| o.trunc().contains(&n.trunc())))
            .collect();
        assert_eq!(inside_any(&b, &a), want);
    }
}
