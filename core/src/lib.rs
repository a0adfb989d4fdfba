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

pub mod catalog;
mod engine;
mod error;
pub mod facts;
pub mod input;
pub mod names;
pub mod net;
mod options;
pub mod profile;
mod report;
pub mod rules;
mod schema;

pub use engine::{validate, validate_str};
pub use error::{Error, ErrorCode};
pub use net::{cidr_info, plan_subnets, CidrInfo, PlanOptions, SubnetPlan};
pub use options::{FailOn, Ignore, Options, ProfileChoice, SeverityLevel};
pub use profile::{profiles, Profile};
pub use report::{Finding, Report, Severity, Summary};
pub use rules::{rules, Area, Rule, RuleInfo};
pub use schema::schema;

/// The version of the clusterfit core, the same string every binding reports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
