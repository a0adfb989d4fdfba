//! Input rules: reported by the parser, not by a check of their own.
mod cidr_host_bits;
mod invalid_cidr;
mod invalid_type;
mod invalid_value;
mod not_described;
mod required_field;
mod too_many_findings;
mod unknown_field;

use super::Rule;

pub use cidr_host_bits::RULE as CIDR_HOST_BITS;
pub use invalid_cidr::RULE as INVALID_CIDR;
pub use invalid_type::RULE as INVALID_TYPE;
pub use invalid_value::RULE as INVALID_VALUE;
pub use not_described::RULE as NOT_DESCRIBED;
pub use required_field::RULE as REQUIRED_FIELD;
pub use too_many_findings::RULE as TOO_MANY_FINDINGS;
pub use unknown_field::RULE as UNKNOWN_FIELD;

/// The input rules, in registry order.
pub static RULES: &[&Rule] = &[
    &REQUIRED_FIELD,
    &INVALID_TYPE,
    &INVALID_VALUE,
    &INVALID_CIDR,
    &CIDR_HOST_BITS,
    &UNKNOWN_FIELD,
    &NOT_DESCRIBED,
    &TOO_MANY_FINDINGS,
];
