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

/// Estimated pod-IP demand against capacity, for facts and `ip-capacity` (filled in with the
/// network rules).
pub fn pod_ip_demand(_cx: &super::Context) -> Option<serde_json::Value> {
    None
}
