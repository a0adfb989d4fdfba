//! Reading a description (file or standard input): the 1 MiB cap, UTF-8, JSON or YAML. YAML is
//! turned into the same JSON value by the shared boundary (`clusterfit_bindings::yaml_to_value`),
//! the one YAML reader of every package.
use crate::output::Out;
use clusterfit_bindings::{Error, ErrorCode, MAX_BYTES};
use std::io::Read;

/// A document read from disk or stdin, not yet parsed.
pub struct Source {
    /// How the user named it (`-` for standard input).
    pub name: String,
    pub text: String,
    pub yaml: bool,
}

/// Why a document could not be read at all.
pub enum ReadError {
    /// The file cannot be opened or read: a usage error.
    Io(String),
    /// The content breaks an input rule (too large, not text): a coded error.
    Input(Error),
}

/// Reads `name` (`-` = standard input) with the 1 MiB cap, and decides JSON or YAML: by the
/// extension `.yaml` / `.yml` / `.json`, otherwise by content (a document starting with `{` or
/// `[` is JSON, anything else YAML).
pub fn read(name: &str, out: &Out<'_>) -> Result<Source, ReadError> {
    let bytes = if name == "-" {
        let mut bytes = Vec::new();
        out.read_stdin(MAX_BYTES as u64 + 1, &mut bytes)
            .map_err(|e| ReadError::Io(format!("cannot read `-`: {e}")))?;
        if bytes.len() > MAX_BYTES {
            return Err(ReadError::Input(too_large(None)));
        }
        bytes
    } else {
        let file = std::fs::File::open(name)
            .map_err(|e| ReadError::Io(format!("cannot read `{name}`: {e}")))?;
        let len = file.metadata().ok().map(|m| m.len());
        if let Some(len) = len.filter(|l| *l > MAX_BYTES as u64) {
            return Err(ReadError::Input(too_large(Some(len))));
        }
        if file.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(ReadError::Io(format!(
                "cannot read `{name}`: it is a directory"
            )));
        }
        read_capped(file, Some(name))?
    };
    let lower = name.to_ascii_lowercase();
    let yaml_name = lower.ends_with(".yaml") || lower.ends_with(".yml");
    let text = String::from_utf8(bytes).map_err(|e| {
        ReadError::Input(Error::new(
            if yaml_name {
                ErrorCode::InputNotYaml
            } else {
                ErrorCode::InputNotJson
            },
            format!(
                "the document is not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        ))
    })?;
    // One leading BOM is the readers' business (the core's JSON reader and the shared YAML reader
    // each skip one), so every runtime accepts the same bytes; only the sniff looks past it here.
    let yaml = if yaml_name {
        true
    } else if lower.ends_with(".json") {
        false
    } else {
        let start = text.strip_prefix('\u{feff}').unwrap_or(&text).trim_start();
        !matches!(start.bytes().next(), Some(b'{' | b'['))
    };
    Ok(Source {
        name: name.to_string(),
        text,
        yaml,
    })
}

fn read_capped(r: impl Read, name: Option<&str>) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    r.take(MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::Io(format!("cannot read `{}`: {e}", name.unwrap_or("-"))))?;
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::Input(too_large(None)));
    }
    Ok(bytes)
}

fn too_large(len: Option<u64>) -> Error {
    let size = match len {
        Some(n) => format!("{n} bytes"),
        None => "larger than that".to_string(),
    };
    Error::new(
        ErrorCode::InputTooLarge,
        format!("the document is {size}, more than the 1 MiB ({MAX_BYTES} bytes) limit"),
    )
}

/// An error if the document is empty (only white space or comments would still parse as YAML
/// `null`, which would read as "not an object": say what really happened).
pub fn check_not_empty(source: &Source) -> Result<(), Error> {
    if source.text.trim().is_empty() {
        let code = if source.yaml {
            ErrorCode::InputNotYaml
        } else {
            ErrorCode::InputNotJson
        };
        return Err(Error::new(code, "the document is empty"));
    }
    Ok(())
}
