//! clusterfit for Node (napi-rs v3): the native half of the npm package `clusterfit`.
//!
//! Every function here takes JSON text and returns an *answer*: the result as JSON text, or
//! `{"error":{"code":"…","message":"…"}}`. `index.js` turns JS values into text
//! (`JSON.stringify`), parses the answer (`JSON.parse`) and throws `ClusterfitError`. Text is the
//! exact path (the report bytes are the ones `serde_json` writes, as in every binding) and the
//! fastest one measured (`bench.mjs`, docs/node.md): V8's `JSON.stringify`/`JSON.parse` beat
//! converting a JS object property by property through N-API. Errors travel as data, not as
//! napi errors, so `.code` is always one of ours and never a napi status.
//!
//! All logic lives in `clusterfit-bindings`; every call runs inside its panic guard.
use clusterfit_bindings as bindings;
use napi_derive::napi;

/// Validates a document given as JSON text: a string passed to `validate`, or the
/// `JSON.stringify` of a JS value, validated as text like the WASM binding does (a second parse
/// into a `serde_json::Value` cost more than the validation itself; the conformance suite proves
/// both paths give the same report).
#[napi]
pub fn validate_json(doc: String, options: String) -> String {
    bindings::validate_json_answer(&doc, &options)
}

/// The rule catalog as JSON.
#[napi]
pub fn rules() -> String {
    bindings::rules_answer()
}

/// The built-in profiles as JSON.
#[napi]
pub fn profiles() -> String {
    bindings::profiles_answer()
}

/// The JSON Schema of the input.
#[napi]
pub fn schema() -> String {
    bindings::schema_answer()
}

/// Facts about an IPv4 CIDR.
#[napi]
pub fn cidr_info(cidr: String) -> String {
    bindings::cidr_info_answer(&cidr)
}

/// A subnet plan for a VPC over `zones` zones.
#[napi]
pub fn plan_subnets(vpc: String, zones: u32, options: String) -> String {
    bindings::plan_subnets_answer(&vpc, zones, &options)
}

/// A cluster description from `kubectl` output, an eksctl config (YAML or JSON) or a
/// `terraform show -json` plan: `{"description", "notes"}`. `options`: JSON text or empty.
#[napi]
pub fn describe(kind: String, text: String, options: String) -> String {
    bindings::describe_answer(&kind, &text, &options)
}

/// The clusterfit version.
#[napi]
pub fn version() -> String {
    bindings::VERSION.to_string()
}

/// Test hook: panics inside the guard, so tests prove a panic becomes `INTERNAL`.
#[napi]
pub fn force_internal_error() -> String {
    bindings::force_internal_error_answer()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"{"provider":"aws","kubernetes":{"version":"1.30"},"ntp":false}"#;

    #[test]
    fn reports_and_errors_are_answers_with_codes() {
        assert!(validate_json(DOC.into(), String::new()).starts_with(r#"{"valid":"#));
        assert!(validate_json("nope".into(), String::new())
            .starts_with(r#"{"error":{"code":"INPUT_NOT_JSON""#));
        assert!(validate_json("5".into(), String::new())
            .starts_with(r#"{"error":{"code":"INPUT_NOT_OBJECT""#));
        assert!(validate_json(DOC.into(), r#"{"profile":"nope"}"#.into())
            .starts_with(r#"{"error":{"code":"OPTIONS_INVALID""#));
        assert!(cidr_info("nope".into()).starts_with(r#"{"error":{"code":"OPTIONS_INVALID""#));
        assert!(force_internal_error().starts_with(r#"{"error":{"code":"INTERNAL""#));
    }

    #[test]
    fn a_very_deep_object_is_too_deep_not_a_parse_error() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(
            validate_json(deep, String::new()).starts_with(r#"{"error":{"code":"INPUT_TOO_DEEP""#)
        );
    }
}

/// Validates YAML text (YAML 1.2, the reader the CLI and Python use); options as JSON text. The
/// answer is JSON text: the report or `{"error":{"code","message"}}`.
#[napi]
pub fn validate_yaml(doc: String, options: String) -> String {
    bindings::validate_yaml_json_answer(&doc, &options)
}

/// The `clusterfit` command line (the CLI crate) on the process's standard streams; `argv`
/// starts with the program name. Returns the exit code (`bin/clusterfit.js` sets it).
#[napi]
pub fn run_cli(argv: Vec<String>) -> u32 {
    let args: Vec<std::ffi::OsString> = argv.into_iter().map(Into::into).collect();
    u32::from(clusterfit_cli::run_process(args))
}
