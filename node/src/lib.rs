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
use clusterfit_bindings::{self as bindings, Error};
use napi_derive::napi;
use serde_json::Value;

/// The answer string of a result whose success is already JSON text.
fn answer(result: Result<String, Error>) -> String {
    match result {
        Ok(json) => json,
        Err(e) => e.to_json_value().to_string(),
    }
}

/// Options as `index.js` sends them: empty for the defaults, else the `JSON.stringify` of the
/// options object.
fn options_value(options: &str) -> Result<Value, Error> {
    if options.trim().is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_str(options).map_err(|e| Error::options(format!("options are not JSON: {e}")))
}

/// Validates a document given as JSON text (a string passed to `validate`).
#[napi]
pub fn validate_text(doc: String, options: String) -> String {
    bindings::validate_json_answer(&doc, &options)
}

/// Validates a document given as a JS value: `json` is its `JSON.stringify`, validated as text
/// like the WASM binding does (a second parse into a `serde_json::Value` cost more than the
/// validation itself; the conformance suite proves both paths give the same report).
#[napi]
pub fn validate_object(json: String, options: String) -> String {
    bindings::validate_json_answer(&json, &options)
}

/// The rule catalog as JSON.
#[napi]
pub fn rules() -> String {
    answer(bindings::guard(|| Ok(bindings::rules().to_string())))
}

/// The built-in profiles as JSON.
#[napi]
pub fn profiles() -> String {
    answer(bindings::guard(|| Ok(bindings::profiles().to_string())))
}

/// The JSON Schema of the input.
#[napi]
pub fn schema() -> String {
    answer(bindings::guard(|| Ok(bindings::schema().to_string())))
}

/// Facts about an IPv4 CIDR.
#[napi]
pub fn cidr_info(cidr: String) -> String {
    answer(bindings::cidr_info(&cidr).map(|v| v.to_string()))
}

/// A subnet plan for a VPC over `zones` zones.
#[napi]
pub fn plan_subnets(vpc: String, zones: u32, options: String) -> String {
    answer(
        options_value(&options)
            .and_then(|o| bindings::plan_subnets(&vpc, zones, &o))
            .map(|v| v.to_string()),
    )
}

/// The clusterfit version.
#[napi]
pub fn version() -> String {
    bindings::VERSION.to_string()
}

/// Test hook: panics inside the guard, so tests prove a panic becomes `INTERNAL`.
#[napi]
pub fn force_internal_error() -> String {
    answer(bindings::force_internal_error().map(|v| v.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"{"provider":"aws","kubernetes":{"version":"1.30"},"ntp":false}"#;

    #[test]
    fn text_and_object_give_the_same_report() {
        let a = validate_text(DOC.into(), String::new());
        let b = validate_object(DOC.into(), String::new());
        assert!(a.starts_with(r#"{"valid":"#), "{a}");
        assert_eq!(a, b);
    }

    #[test]
    fn errors_are_answers_with_codes() {
        assert!(validate_text("nope".into(), String::new())
            .starts_with(r#"{"error":{"code":"INPUT_NOT_JSON""#));
        assert!(validate_object("5".into(), String::new())
            .starts_with(r#"{"error":{"code":"INPUT_NOT_OBJECT""#));
        assert!(validate_object(DOC.into(), r#"{"profile":"nope"}"#.into())
            .starts_with(r#"{"error":{"code":"OPTIONS_INVALID""#));
        assert!(cidr_info("nope".into()).starts_with(r#"{"error":{"code":"OPTIONS_INVALID""#));
        assert!(force_internal_error().starts_with(r#"{"error":{"code":"INTERNAL""#));
    }

    #[test]
    fn a_very_deep_object_is_too_deep_not_a_parse_error() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(validate_object(deep, String::new())
            .starts_with(r#"{"error":{"code":"INPUT_TOO_DEEP""#));
    }
}
