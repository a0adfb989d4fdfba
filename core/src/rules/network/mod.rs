//! network rules, one file each, in catalog order.
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
use crate::analysis::network::subnet_label;
pub(crate) use crate::analysis::network::{
    cluster_ranges, cross_overlaps, inside_any, pod_ips, pods_in_subnets, private_blocks,
    self_overlaps, vpc_blocks, PodSource, PodSubnets,
};
use crate::input::model::Subnet;
use crate::rules::{Context, Emitter};
use crate::text::msg;
use ipnet::Ipv4Net;

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

/// `/network/subnets/<index>/<field>`.
fn subnet_path(s: &Subnet, field: &str) -> String {
    msg!("/network/subnets/", s.index, '/', field)
}

/// Records that a rule needed `/network/<field>` (for `strict`). Only when `network` is present:
/// a missing `network` section is one `not-described` finding, from `private-subnet-count`.
fn need_network(cx: &Context<'_>, e: &mut Emitter<'_>, field: &str, what: &'static str) {
    if cx.network().is_some() {
        e.need(msg!("/network/", field), what);
    }
}

/// Whether two IPv4 blocks share an address (CIDR blocks overlap only by nesting).
fn overlaps4(a: &Ipv4Net, b: &Ipv4Net) -> bool {
    a.contains(&b.network()) || b.contains(&a.network())
}

/// The block of `prefix` that starts where `net` starts (`10.0.0.0/22`, 21 → `10.0.0.0/21`),
/// for hints.
fn resized(net: &Ipv4Net, prefix: u8) -> Ipv4Net {
    Ipv4Net::new(net.network(), prefix)
        .map(|n| n.trunc())
        .unwrap_or(*net)
}
