//! `clusterfit check`: options from flags and files, the description, the report, the exit code.
use crate::input::{self, ReadError};
use crate::output::{self, Out};
use crate::{CheckArgs, FailOnArg, Format, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use clusterfit_bindings::{Doc, Error, Options, Report};
use serde_json::{Map, Value};

/// Why `check` stopped before a report.
enum Stop {
    /// A file could not be read: a usage error without a §8 code.
    Usage(String),
    /// An input or options error with its code.
    Coded(Error),
}

impl From<Error> for Stop {
    fn from(e: Error) -> Self {
        Stop::Coded(e)
    }
}

pub fn run(args: &CheckArgs, out: &Out<'_>) -> u8 {
    let json = args.format == Format::Json;
    match check(args, out) {
        Ok((report, source, options)) => {
            match args.format {
                Format::Json => out.print(&output::json::render(&report)),
                Format::Text => out.print(&output::text::render(&report, out.color)),
                Format::Sarif => out.print(&output::sarif::render(&report, &source)),
                Format::Junit => out.print(&output::junit::render(&report, &source, &options)),
            }
            if report.valid {
                EXIT_OK
            } else {
                EXIT_FINDINGS
            }
        }
        Err(Stop::Usage(message)) => {
            out.usage_error(&message);
            EXIT_ERROR
        }
        Err(Stop::Coded(e)) => {
            out.error(&e, json);
            EXIT_ERROR
        }
    }
}

/// What the SARIF and JUnit writers need to know about the input.
pub struct SourceInfo {
    /// The file as the user named it (`-` for standard input).
    pub name: String,
    /// The description's `provider` (read for JUnit only).
    pub provider: Option<String>,
    /// The text, to locate findings by line.
    pub text: String,
    pub yaml: bool,
}

fn check(args: &CheckArgs, out: &Out<'_>) -> Result<(Report, SourceInfo, Options), Stop> {
    let options = Options::from_value(&Value::Object(options_value(args, out)?))?;
    let source = input::read(&args.file, out).map_err(|e| match e {
        ReadError::Io(m) => Stop::Usage(m),
        ReadError::Input(e) => Stop::Coded(e),
    })?;
    input::check_not_empty(&source)?;
    let (report, provider) = if source.yaml {
        let value = clusterfit_bindings::yaml_to_value(&source.text)?;
        let report = clusterfit_bindings::validate(Doc::Value(&value), &options)?;
        (report, provider_of(&value))
    } else {
        let report = clusterfit_bindings::validate(Doc::Text(&source.text), &options)?;
        // Only SARIF and JUnit need the provider; the text already passed every limit.
        let provider = match args.format {
            Format::Junit => serde_json::from_str::<Value>(&source.text)
                .ok()
                .and_then(|v| provider_of(&v)),
            _ => None,
        };
        (report, provider)
    };
    Ok((
        report,
        SourceInfo {
            name: source.name,
            provider,
            text: source.text,
            yaml: source.yaml,
        },
        options,
    ))
}

fn provider_of(v: &Value) -> Option<String> {
    v.get("provider")
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// The §3 options object: the `--options` file, then every flag given beside it on top (flags
/// win; `--disable` adds to the file's list). The core then checks the whole object.
fn options_value(args: &CheckArgs, out: &Out<'_>) -> Result<Map<String, Value>, Stop> {
    let mut o = match &args.options {
        Some(path) => match read_json_file(path, "--options", out)? {
            Value::Object(m) => m,
            _ => {
                return Err(Stop::Coded(Error::options(format!(
                    "`--options` file `{path}` must hold a JSON object"
                ))))
            }
        },
        None => Map::new(),
    };
    if let Some(p) = &args.profile {
        o.insert("profile".into(), Value::String(p.clone()));
    }
    if let Some(path) = &args.profile_file {
        o.insert(
            "profile".into(),
            read_json_file(path, "--profile-file", out)?,
        );
    }
    if !args.disable.is_empty() {
        let mut list = match o.remove("disable") {
            Some(Value::Array(a)) => a,
            // A malformed `disable` stays for the core to report.
            Some(other) if !other.is_null() => {
                o.insert("disable".into(), other);
                return Ok(o);
            }
            _ => Vec::new(),
        };
        for d in &args.disable {
            if !list.iter().any(|x| x.as_str() == Some(d)) {
                list.push(Value::String(d.clone()));
            }
        }
        o.insert("disable".into(), Value::Array(list));
    }
    if args.strict {
        o.insert("strict".into(), Value::Bool(true));
    }
    if let Some(f) = args.fail_on {
        let s = match f {
            FailOnArg::Error => "error",
            FailOnArg::Warning => "warning",
        };
        o.insert("failOn".into(), Value::String(s.into()));
    }
    Ok(o)
}

/// An options or profile file: JSON, or YAML by extension. Content problems are
/// `OPTIONS_INVALID`; an unreadable file is a usage error.
fn read_json_file(path: &str, flag: &str, out: &Out<'_>) -> Result<Value, Stop> {
    let source = input::read(path, out).map_err(|e| match e {
        ReadError::Io(m) => Stop::Usage(m),
        ReadError::Input(e) => Stop::Coded(Error::options(format!(
            "`{flag}` file `{path}`: {}",
            e.message
        ))),
    })?;
    let parsed = if source.yaml {
        clusterfit_bindings::yaml_to_value(&source.text)
    } else {
        clusterfit_bindings::parse_json(&source.text)
    };
    parsed.map_err(|e| {
        Stop::Coded(Error::options(format!(
            "`{flag}` file `{path}`: {}",
            e.message
        )))
    })
}
