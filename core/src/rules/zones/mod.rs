//! zones rules, one file each, in catalog order.
mod pool_nodes_per_zone;
mod pool_zone_coverage;
mod pool_zone_unknown;
mod zone_count;
mod zone_without_subnet;

use super::Rule;

/// The zones rules, in registry order.
pub static RULES: &[&Rule] = &[
    &zone_count::RULE,
    &pool_zone_unknown::RULE,
    &pool_zone_coverage::RULE,
    &zone_without_subnet::RULE,
    &pool_nodes_per_zone::RULE,
];
