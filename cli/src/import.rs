//! `clusterfit import KIND FILE|-` and the describing step of `clusterfit check --from KIND`: an
//! importer of the shared boundary (`clusterfit_bindings::describe`) turns kubectl, eksctl or
//! Terraform output into a cluster description; its notes go to standard error.
use crate::input::{self, ReadError};
use crate::output::Out;
use crate::{ImportArgs, ImportFormat, EXIT_ERROR, EXIT_OK};
use clusterfit_bindings::Error;
use serde_json::{json, Map, Value};

/// A description made by an importer, with its notes.
pub struct Described {
    pub description: Value,
    pub notes: Vec<Value>,
}

/// Why an import stopped.
pub enum Stop {
    /// A file could not be read, or a flag is malformed: a usage error.
    Usage(String),
    /// An input or options error with its code.
    Coded(Error),
}

/// `--role POOL=ROLE` flags as the importers' `roles` option.
pub fn roles(flags: &[String]) -> Result<Value, Stop> {
    let mut roles = Map::new();
    for flag in flags {
        let Some((pool, role)) = flag.split_once('=') else {
            return Err(Stop::Usage(format!(
                "`--role {flag}`: write `POOL=ROLE`, for example `ng-1=platform`"
            )));
        };
        roles.insert(pool.to_string(), Value::String(role.to_string()));
    }
    Ok(if roles.is_empty() {
        Value::Null
    } else {
        json!({ "roles": roles })
    })
}

/// Reads `file` and describes it as `kind`.
pub fn describe(kind: &str, file: &str, roles: &Value, out: &Out<'_>) -> Result<Described, Stop> {
    let source = input::read(file, out).map_err(|e| match e {
        ReadError::Io(m) => Stop::Usage(m),
        ReadError::Input(e) => Stop::Coded(e),
    })?;
    let answer = clusterfit_bindings::describe(kind, &source.text, roles).map_err(Stop::Coded)?;
    let description = answer.get("description").cloned().unwrap_or(Value::Null);
    let notes = answer
        .get("notes")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    Ok(Described { description, notes })
}

/// Prints the notes on standard error, before anything else is reported.
pub fn print_notes(notes: &[Value], out: &Out<'_>) {
    for n in notes {
        let field = |k: &str| n.get(k).and_then(Value::as_str).unwrap_or_default();
        out.note(field("path"), field("from"), field("message"));
    }
}

pub fn run(args: &ImportArgs, out: &Out<'_>) -> u8 {
    let described = roles(&args.role).and_then(|r| describe(&args.kind, &args.file, &r, out));
    let described = match described {
        Ok(d) => d,
        Err(Stop::Usage(m)) => {
            out.usage_error(&m);
            return EXIT_ERROR;
        }
        Err(Stop::Coded(e)) => {
            out.error(&e, false);
            return EXIT_ERROR;
        }
    };
    print_notes(&described.notes, out);
    let text = match args.format {
        ImportFormat::Json => serde_json::to_string_pretty(&described.description)
            .map(|mut s| {
                s.push('\n');
                s
            })
            .map_err(|e| Error::internal(format!("cannot write JSON: {e}"))),
        ImportFormat::Yaml => clusterfit_bindings::to_yaml(&described.description),
    };
    match text {
        Ok(text) => {
            out.print(&text);
            EXIT_OK
        }
        Err(e) => {
            out.error(&e, false);
            EXIT_ERROR
        }
    }
}
