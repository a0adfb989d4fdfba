//! kubernetes rules, one file each, in catalog order.
mod container_runtime_docker;
mod distribution_provider;
mod eks_fargate;
mod kubernetes_version_min;
mod kubernetes_version_validated;

use super::Rule;

/// The kubernetes rules, in registry order.
pub static RULES: &[&Rule] = &[
    &kubernetes_version_min::RULE,
    &kubernetes_version_validated::RULE,
    &container_runtime_docker::RULE,
    &eks_fargate::RULE,
    &distribution_provider::RULE,
];
