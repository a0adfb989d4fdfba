//! The string floor the JS bindings (WASM and Node) call: JSON text in, an *answer* out: the
//! result as JSON text, or `{"error":{"code","message"}}`. Errors travel as data, so a binding
//! only forwards strings and its JS wrapper throws one kind of `Error` with `.code`.
use crate::{guard, Error};
use serde_json::Value;

/// A value as compact JSON text: the bytes of `Value::to_string`, written by the core's
/// hand-written writer, as the report is (no serde serializer in the WASM build).
pub(crate) fn json_text(v: &Value) -> String {
    clusterfit::value_to_json(v)
}

/// A result as answer text.
fn answer(result: Result<String, Error>) -> String {
    match result {
        Ok(json) => json,
        Err(e) => json_text(&e.to_json_value()),
    }
}

/// Options text as the JS wrappers send it: empty for the defaults, else `JSON.stringify`.
fn options_value(text: &str) -> Result<Value, Error> {
    if text.trim().is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_str(text).map_err(|e| Error::options(format!("options are not JSON: {e}")))
}

/// The rule catalog as JSON text.
pub fn rules_answer() -> String {
    answer(guard(|| Ok(json_text(&crate::rules()))))
}

/// The built-in profiles as JSON text.
pub fn profiles_answer() -> String {
    answer(guard(|| Ok(json_text(&crate::profiles()))))
}

/// The JSON Schema of the input as JSON text.
pub fn schema_answer() -> String {
    answer(guard(|| Ok(json_text(&crate::schema()))))
}

/// `cidr_info` as an answer.
pub fn cidr_info_answer(cidr: &str) -> String {
    answer(crate::cidr_info(cidr).map(|v| json_text(&v)))
}

/// `plan_subnets` as an answer; `options` is JSON text (empty for the defaults).
pub fn plan_subnets_answer(vpc: &str, zones: u32, options: &str) -> String {
    answer(
        options_value(options)
            .and_then(|o| crate::plan_subnets(vpc, zones, &o))
            .map(|v| json_text(&v)),
    )
}

/// `describe` as an answer; `options` is JSON text (empty for the defaults).
pub fn describe_answer(kind: &str, text: &str, options: &str) -> String {
    answer(
        options_value(options)
            .and_then(|o| crate::describe(kind, text, &o))
            .map(|v| json_text(&v)),
    )
}

/// The test hook's answer: always an `INTERNAL` error.
pub fn force_internal_error_answer() -> String {
    answer(crate::force_internal_error().map(|v| json_text(&v)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_text_is_value_display() {
        let v = serde_json::json!({"b": [1, -2, 0.5, 1e300, true, null], "a": "\"\\\n\u{1}é\u{2028}</"});
        assert_eq!(json_text(&v), v.to_string());
        assert_eq!(json_text(&crate::rules()), crate::rules().to_string());
    }

    #[test]
    fn answers_are_json_or_coded_errors() {
        let rules = rules_answer();
        assert!(rules.starts_with("[{") && rules.contains(r#""id":"required-field""#));
        assert!(cidr_info_answer("nope").starts_with(r#"{"error":{"code":"OPTIONS_INVALID""#));
        assert!(plan_subnets_answer("10.0.0.0/21", 3, "").contains(r#""vpc":"10.0.0.0/21""#));
        assert!(plan_subnets_answer("10.0.0.0/21", 3, "{nope")
            .starts_with(r#"{"error":{"code":"OPTIONS_INVALID""#));
        assert!(force_internal_error_answer().starts_with(r#"{"error":{"code":"INTERNAL""#));
    }
}
