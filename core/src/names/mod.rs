//! Name syntax: DNS names, Kubernetes labels, object-store buckets.
pub mod bucket;
pub mod dns;
pub mod labels;
