//! consistency rules: values of the description that contradict one another, one file each, in
//! catalog order.
mod provider_mismatch;

use super::Rule;

/// The consistency rules, in registry order.
pub static RULES: &[&Rule] = &[&provider_mismatch::RULE];
