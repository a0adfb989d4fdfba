//! clusterfit: does this Kubernetes cluster, as described, meet the installation requirements of
//! the ML platform that will run on it?
//!
//! This crate is the one place where every rule lives. It does no I/O and has no FFI: the CLI and
//! the WASM, Python and Node bindings all call [`validate`] / [`validate_str`] and get the same
//! [`Report`], byte for byte.
//!
//! ```
//! let doc = r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
//!               "network": {"vpcCidr": "10.0.0.0/22"}}"#;
//! let report = clusterfit::validate_str(doc, &clusterfit::Options::default()).unwrap();
//! assert!(!report.valid);
//! assert_eq!(report.findings[0].rule, "vpc-cidr-size");
//! assert_eq!(report.findings[0].path, "/network/vpcCidr");
//! ```
#![forbid(unsafe_code)]

// The layers, bottom to top; a module uses only modules of its own layer or below
// (`tests/layers.rs` checks it):
//   0  text: messages, hints and paths put together piece by piece (`msg!`)
//   1  vocabulary: error, severity, num, names, sort, json_out
//   2  input: text → typed model + typed input issues (knows no rules)
//   3  catalog, profile: data over the model
//   4  net: CIDR helpers and the subnet plan
//   5  analysis: the context and every value more than one rule or the facts need
//   6  rules, facts: both read the analysis, never each other
//   7  engine, schema: profile resolution, options, rule runs, the report
mod analysis;
mod catalog;
mod engine;
mod error;
mod facts;
mod input;
mod json_out;
mod names;
mod net;
mod num;
mod profile;
mod rules;
mod schema;
mod severity;
mod sort;
mod text;
#[cfg(feature = "ts")]
pub mod typescript;

pub use engine::options::{FailOn, Ignore, Options};
pub use engine::report::{Finding, Report, Summary};
pub use engine::{validate, validate_str, validate_tree};
pub use error::{Error, ErrorCode, MAX_BYTES, MAX_DEPTH, MAX_FINDINGS};
/// A host's value built straight into the core's tree, measured against the input limits on the
/// way ([`validate_tree`]).
pub use input::host::{Arena, Key, Mark, Node, TreeBuilder};
/// The one size measure: the byte length of a document's compact JSON text.
pub use input::size as json_size;
/// A `serde_json::Value` as compact JSON text, the bytes of `serde_json::to_string`, written by
/// hand (the answers of the JS bindings use it; no serde serializer in the `.wasm`).
pub use json_out::to_string as value_to_json;
pub use net::{cidr_info, plan_subnets, CidrInfo, PlanOptions, SubnetPlan};
pub use profile::{profiles, Profile, ProfileChoice};
pub use rules::{rule, rules, Area, Example, RuleInfo};
pub use schema::schema;
pub use severity::{Severity, SeverityLevel};

/// The version of the clusterfit core, the same string every binding reports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
