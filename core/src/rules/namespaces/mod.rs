//! namespaces rules (SPEC §7), one file each, in catalog order.
mod namespace_template;
mod namespace_template_variable;

use super::Rule;

/// The namespaces rules, in registry order.
pub static RULES: &[&Rule] = &[
    &namespace_template::RULE,
    &namespace_template_variable::RULE,
];
