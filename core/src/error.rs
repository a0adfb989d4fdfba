//! Errors that stop validation as a whole. Everything else is a finding.
use std::fmt;

/// Largest document accepted: 1 MiB.
pub const MAX_BYTES: usize = 1024 * 1024;
/// Deepest nesting accepted: the top-level object is depth 1.
pub const MAX_DEPTH: usize = 64;
/// Most findings a report lists (then one `too-many-findings`); `summary` counts them all.
pub const MAX_FINDINGS: usize = 1000;

/// Stable error codes, the same in every binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename_all = "SCREAMING_SNAKE_CASE"))]
#[non_exhaustive]
pub enum ErrorCode {
    /// The document is not JSON.
    InputNotJson,
    /// The document was read as YAML (a `.yaml` file, `validate_yaml`) and is not YAML.
    InputNotYaml,
    /// The document is JSON but not an object at the top.
    InputNotObject,
    /// The document is larger than 1 MiB.
    InputTooLarge,
    /// The document nests deeper than 64 levels.
    InputTooDeep,
    /// `schemaVersion` is present and not 1.
    InputSchemaVersion,
    /// The options (or a helper's arguments) are malformed.
    OptionsInvalid,
    /// A bug in clusterfit: a panic caught at a binding boundary.
    Internal,
}

impl ErrorCode {
    /// The code as every binding spells it, e.g. `INPUT_NOT_JSON`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InputNotJson => "INPUT_NOT_JSON",
            ErrorCode::InputNotYaml => "INPUT_NOT_YAML",
            ErrorCode::InputNotObject => "INPUT_NOT_OBJECT",
            ErrorCode::InputTooLarge => "INPUT_TOO_LARGE",
            ErrorCode::InputTooDeep => "INPUT_TOO_DEEP",
            ErrorCode::InputSchemaVersion => "INPUT_SCHEMA_VERSION",
            ErrorCode::OptionsInvalid => "OPTIONS_INVALID",
            ErrorCode::Internal => "INTERNAL",
        }
    }

    /// Whether this code is about the input document (as opposed to options or a bug).
    pub const fn is_input(self) -> bool {
        matches!(
            self,
            ErrorCode::InputNotJson
                | ErrorCode::InputNotYaml
                | ErrorCode::InputNotObject
                | ErrorCode::InputTooLarge
                | ErrorCode::InputTooDeep
                | ErrorCode::InputSchemaVersion
        )
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An input or options error: validation could not run at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    /// The stable code.
    pub code: ErrorCode,
    /// A lowercase message naming the offending value, no trailing period.
    pub message: String,
}

impl Error {
    /// An error with a code and a message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Error {
            code,
            message: message.into(),
        }
    }

    /// An `OPTIONS_INVALID` error.
    pub fn options(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::OptionsInvalid, message)
    }

    /// `INPUT_TOO_LARGE` for a document of `bytes` bytes (the limit is 1 MiB).
    pub fn too_large(bytes: usize) -> Self {
        Error::new(
            ErrorCode::InputTooLarge,
            format!("the document is {bytes} bytes, more than the 1 MiB ({MAX_BYTES} bytes) limit"),
        )
    }

    /// `INPUT_TOO_LARGE` for a document given as a value whose JSON text would pass 1 MiB: the
    /// conversion stops there, so the whole size is not known.
    pub fn too_large_value() -> Self {
        Error::new(
            ErrorCode::InputTooLarge,
            format!("the document's JSON text is more than the 1 MiB ({MAX_BYTES} bytes) limit"),
        )
    }

    /// `INPUT_TOO_DEEP`: the document nests deeper than 64 levels.
    pub fn too_deep() -> Self {
        Error::new(
            ErrorCode::InputTooDeep,
            format!("the document nests deeper than {MAX_DEPTH} levels"),
        )
    }

    /// The error for a JSON text serde_json could not parse: `INPUT_TOO_DEEP` past its recursion
    /// limit, else `INPUT_NOT_JSON` with serde_json's own words (which give line and column).
    pub fn not_json(e: &serde_json::Error) -> Self {
        if e.to_string().starts_with("recursion limit exceeded") {
            Error::too_deep()
        } else {
            Error::new(
                ErrorCode::InputNotJson,
                format!("the document is not JSON: {e}"),
            )
        }
    }

    /// An `INTERNAL` error, for bindings that catch a panic.
    pub fn internal(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::Internal, message)
    }

    /// The error as the JSON object every binding and the CLI print:
    /// `{"error":{"code":"…","message":"…"}}`.
    pub fn to_json_value(&self) -> serde_json::Value {
        // Built by hand: `json!` would serialize each value through serde (code in the `.wasm`).
        let mut e = serde_json::Map::new();
        e.insert("code".into(), self.code.as_str().into());
        e.insert("message".into(), self.message.as_str().into());
        let mut m = serde_json::Map::new();
        m.insert("error".into(), serde_json::Value::Object(e));
        serde_json::Value::Object(m)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_error_value_is_the_json_macros() {
        let e = super::Error::options("`x` is \"odd\"\n".to_string());
        let want = serde_json::json!({"error": {"code": e.code.as_str(), "message": e.message}});
        assert_eq!(e.to_json_value(), want);
    }
}
