//! ingress rules (SPEC §7), one file each, in catalog order.
mod addon_dns_name;
mod fqdn_invalid;
mod fqdn_nested_install;
mod lb_forwarded_proto;
mod lb_health_check;
mod lb_listeners;
mod lb_tls_termination;
mod lb_websockets;
mod ntp;
mod tls_san_coverage;

use super::Rule;

/// The ingress rules, in registry order.
pub static RULES: &[&Rule] = &[
    &fqdn_invalid::RULE,
    &fqdn_nested_install::RULE,
    &addon_dns_name::RULE,
    &tls_san_coverage::RULE,
    &lb_tls_termination::RULE,
    &lb_listeners::RULE,
    &lb_websockets::RULE,
    &lb_forwarded_proto::RULE,
    &lb_health_check::RULE,
    &ntp::RULE,
];
