//! nodes rules, one file each, in catalog order.
pub(crate) mod common;
mod label_syntax;
mod master_pool_managed;
mod master_pool_missing;
mod node_additional_disk;
mod node_boot_disk;
mod node_count;
mod node_cpu;
mod node_gpu;
mod node_labels;
mod node_memory;
mod node_os;
mod node_pool_missing;
mod node_pool_recommended;
mod pool_autoscaler_tags;
mod pool_autoscaling;

use super::Rule;

/// The nodes rules, in registry order.
pub static RULES: &[&Rule] = &[
    &node_pool_missing::RULE,
    &node_pool_recommended::RULE,
    &node_cpu::RULE,
    &node_memory::RULE,
    &node_boot_disk::RULE,
    &node_additional_disk::RULE,
    &node_count::RULE,
    &node_gpu::RULE,
    &node_labels::RULE,
    &label_syntax::RULE,
    &node_os::RULE,
    &master_pool_managed::RULE,
    &master_pool_missing::RULE,
    &pool_autoscaling::RULE,
    &pool_autoscaler_tags::RULE,
];
