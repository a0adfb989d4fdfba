//! The JSON Schema of the input (SPEC §2), for editors and form builders.

const SCHEMA: &str = include_str!("schema.json");

/// The JSON Schema (draft 2020-12) of a cluster description.
pub fn schema() -> serde_json::Value {
    serde_json::from_str(SCHEMA).unwrap_or(serde_json::Value::Null)
}
