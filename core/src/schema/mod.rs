//! The JSON Schema of the input, for editors and form builders. A test keeps it equal to the
//! parser's field lists and the model's enum spellings.
#[cfg(test)]
mod tests;

const SCHEMA: &str = include_str!("schema.json");

/// The JSON Schema (draft 2020-12) of a cluster description.
pub fn schema() -> serde_json::Value {
    serde_json::from_str(SCHEMA).unwrap_or(serde_json::Value::Null)
}
