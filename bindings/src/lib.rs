//! The one boundary every binding shares (WASM, Python, Node, and any language that can pass a
//! string). A binding converts its host's values, calls one function here, and converts the
//! answer back; it holds no logic of its own.
//!
//! Two floors:
//! - [`validate_json`]: JSON text in, report JSON text out (or an [`Error`] with its code).
//! - [`validate_value`]: a `serde_json::Value` in (a Python dict, a JS object converted by the
//!   binding), a [`Report`] out.
//! - [`validate_tree_value`]: a host value the binding built straight into the core's tree with
//!   a [`TreeBuilder`] (the Python dict path), a [`Report`] out.
//!
//! Every entry point runs inside [`guard`]: a panic in the core becomes an `INTERNAL` error and
//! never unwinds into the host.
#![forbid(unsafe_code)]

/// The one size measure of every runtime: the length of a document's compact JSON text.
pub use clusterfit::json_size;
pub use clusterfit::{
    Area, Arena, CidrInfo, Error, ErrorCode, FailOn, Finding, Ignore, Options, PlanOptions,
    Profile, ProfileChoice, Report, RuleInfo, Severity, SeverityLevel, SubnetPlan, Summary,
    MAX_BYTES, MAX_DEPTH, MAX_FINDINGS, VERSION,
};
/// A host value built straight into the core's tree (see [`validate_tree_value`]).
pub use clusterfit::{Key, Mark, Node, TreeBuilder};
use serde_json::Value;
use std::panic::{catch_unwind, AssertUnwindSafe};

mod answer;
mod import;
mod json;
#[cfg(test)]
mod typescript;
#[cfg(feature = "yaml")]
mod yaml;
pub use answer::*;
pub use import::{describe, IMPORT_KINDS};
pub use json::parse_json;
#[cfg(feature = "yaml")]
pub use yaml::{to_yaml, yaml_to_value};

/// A document as a host passes it: JSON text, or a value already converted.
#[derive(Debug, Clone)]
pub enum Doc<'a> {
    Text(&'a str),
    Value(&'a Value),
}

/// The one wording of an `INTERNAL` error, natively and in WASM (where the panic hook keeps
/// `what` and the JS wrapper asks for this message).
pub fn internal_message(what: &str) -> String {
    format!("internal error in clusterfit {VERSION}: {what}; please report it")
}

/// Runs `f`, turning a panic into an `INTERNAL` error. Hosts keep running.
pub fn guard<T>(f: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|payload| Err(panic_error(payload)))
}

/// A panic's payload as the `INTERNAL` error (not generic: one copy, whatever `guard` runs).
fn panic_error(payload: Box<dyn std::any::Any + Send>) -> Error {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string());
    Error::internal(internal_message(&what))
}

/// Parses options given as a value (`null` for the defaults).
pub fn options_from_value(options: &Value) -> Result<clusterfit::Options, Error> {
    clusterfit::Options::from_value(options)
}

/// Parses options given as JSON text (empty text for the defaults).
pub fn options_from_json(options: &str) -> Result<clusterfit::Options, Error> {
    if options.trim().is_empty() {
        return Ok(clusterfit::Options::default());
    }
    let v: Value = serde_json::from_str(options)
        .map_err(|e| Error::options(format!("options are not JSON: {e}")))?;
    clusterfit::Options::from_value(&v)
}

/// Validates a document with options given as a value.
pub fn validate_value(doc: Doc<'_>, options: &Value) -> Result<Report, Error> {
    guard(|| validate(doc, &options_from_value(options)?))
}

/// Validates a document built with a [`TreeBuilder`] (limits measured while building), with
/// options given as a value.
pub fn validate_tree_value(root: Node<'_>, options: &Value) -> Result<Report, Error> {
    guard(|| clusterfit::validate_tree(root, &options_from_value(options)?))
}

/// Validates a document with options already read (the CLI's path).
pub fn validate(doc: Doc<'_>, options: &Options) -> Result<Report, Error> {
    guard(|| match doc {
        Doc::Text(text) => clusterfit::validate_str(text, options),
        Doc::Value(v) => clusterfit::validate(v, options),
    })
}

/// Validates YAML text: the same limits as JSON (an alias bomb stops at 1 MiB of expanded
/// value), then the same report as for the JSON value it describes.
#[cfg(feature = "yaml")]
pub fn validate_yaml(doc: &str, options: &Options) -> Result<Report, Error> {
    guard(|| {
        if doc.len() > MAX_BYTES {
            return Err(Error::too_large(doc.len()));
        }
        let value = yaml_to_value(doc)?;
        clusterfit::validate(&value, options)
    })
}

/// Validates YAML text with options given as JSON text (empty for the defaults): the answer as
/// JSON text, the report or `{"error":{"code","message"}}` (Node's `validateYaml`).
#[cfg(feature = "yaml")]
pub fn validate_yaml_json_answer(doc: &str, options: &str) -> String {
    let report = guard(|| validate_yaml(doc, &options_from_json(options)?));
    match report {
        Ok(report) => report.to_json(),
        Err(e) => answer::json_text(&e.to_json_value()),
    }
}

/// JSON text in, report JSON text out: the floor any language can use.
pub fn validate_json(doc: &str, options: &str) -> Result<String, Error> {
    guard(|| {
        let options = options_from_json(options)?;
        clusterfit::validate_str(doc, &options).map(|r| r.to_json())
    })
}

/// Like [`validate_json`], but the error too is JSON: `{"error":{"code","message"}}`.
pub fn validate_json_answer(doc: &str, options: &str) -> String {
    match validate_json(doc, options) {
        Ok(report) => report,
        Err(e) => answer::json_text(&e.to_json_value()),
    }
}

/// The rule catalog as a value.
pub fn rules() -> Value {
    Value::Array(clusterfit::rules().iter().map(RuleInfo::to_value).collect())
}

/// The rule catalog, typed (the CLI's `rules` and `explain`).
pub fn rule_infos() -> Vec<RuleInfo> {
    clusterfit::rules()
}

/// One rule by id; an unknown id is `OPTIONS_INVALID` with the closest id suggested.
pub fn rule(id: &str) -> Result<RuleInfo, Error> {
    clusterfit::rule(id)
}

/// The built-in profiles, typed.
pub fn profile_list() -> Vec<Profile> {
    clusterfit::profiles()
}

/// The built-in profiles as a value.
pub fn profiles() -> Value {
    Value::Array(
        clusterfit::profiles()
            .iter()
            .map(Profile::to_value)
            .collect(),
    )
}

/// The JSON Schema of the input.
pub fn schema() -> Value {
    clusterfit::schema()
}

/// `cidr_info` as a value; a bad CIDR is `OPTIONS_INVALID`.
pub fn cidr_info(cidr: &str) -> Result<Value, Error> {
    guard(|| clusterfit::cidr_info(cidr).map(|i| i.to_value()))
}

/// `plan_subnets` as a value; `options` as a value (`null` for the defaults).
pub fn plan_subnets(vpc: &str, zones: u32, options: &Value) -> Result<Value, Error> {
    plan_subnets_typed(vpc, zones, options).map(|p| p.to_value())
}

/// `plan_subnets`, typed (the CLI's text layout).
pub fn plan_subnets_typed(vpc: &str, zones: u32, options: &Value) -> Result<SubnetPlan, Error> {
    guard(|| {
        let options = clusterfit::PlanOptions::from_value(options)?;
        clusterfit::plan_subnets(vpc, zones, &options)
    })
}

/// Panics inside [`guard`], so every binding's tests can prove a panic becomes `INTERNAL` and
/// the host survives. Not part of the public API of any binding (exposed as `_force_internal_error`).
pub fn force_internal_error() -> Result<Value, Error> {
    guard(|| -> Result<Value, Error> {
        // Natively, unwind without running the panic hook, so test logs stay free of a panic
        // message and backtrace. WASM cannot unwind: there the panic (and its hook, which keeps
        // the message for the JS wrapper) is the behaviour under test.
        #[cfg(not(target_arch = "wasm32"))]
        std::panic::resume_unwind(Box::new("forced internal error (test hook)"));
        #[cfg(target_arch = "wasm32")]
        #[allow(clippy::panic)]
        {
            panic!("forced internal error (test hook)")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_floor_returns_report_or_error_json() {
        let ok = validate_json_answer(r#"{"provider":"aws","kubernetes":{"version":"1.30"}}"#, "");
        assert!(ok.starts_with(r#"{"valid":true"#), "{ok}");
        let bad = validate_json_answer("nope", "");
        assert!(
            bad.starts_with(r#"{"error":{"code":"INPUT_NOT_JSON""#),
            "{bad}"
        );
        let opt = validate_json_answer("{}", "{not json");
        assert!(opt.contains("OPTIONS_INVALID"), "{opt}");
    }

    #[test]
    fn text_and_value_give_the_same_report() {
        let text = r#"{"provider":"aws","kubernetes":{"version":"1.30"},"ntp":false}"#;
        let v: Value = serde_json::from_str(text).unwrap();
        let a = validate_value(Doc::Text(text), &Value::Null)
            .unwrap()
            .to_json();
        let b = validate_value(Doc::Value(&v), &Value::Null)
            .unwrap()
            .to_json();
        assert_eq!(a, b);
    }

    #[cfg(feature = "yaml")]
    #[test]
    fn yaml_gives_the_report_of_the_json_it_describes() {
        let yaml = "provider: aws\nkubernetes:\n  version: '1.30'\nntp: false\n";
        let json = r#"{"provider":"aws","kubernetes":{"version":"1.30"},"ntp":false}"#;
        let options = Options::default();
        let a = validate_yaml(yaml, &options).unwrap().to_json();
        let b = validate(Doc::Text(json), &options).unwrap().to_json();
        assert_eq!(a, b);
        assert_eq!(
            validate_yaml("a: [", &options).unwrap_err().code,
            ErrorCode::InputNotYaml
        );
        // YAML 1.2: `yes` is a string, and the finding's hint says which boolean to write.
        let report = validate_yaml(
            "provider: aws\nkubernetes: {version: '1.30'}\nntp: yes\n",
            &options,
        )
        .unwrap();
        let f = report.findings.iter().find(|f| f.path == "/ntp").unwrap();
        assert_eq!(f.rule, "invalid-type");
        assert!(f.hint.as_deref().unwrap().starts_with("write `true`"));
    }

    #[test]
    fn a_panic_becomes_internal() {
        let e = force_internal_error().unwrap_err();
        assert_eq!(e.code, ErrorCode::Internal);
        assert!(e.message.contains("forced internal error"), "{}", e.message);
    }
}
