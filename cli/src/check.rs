//! `clusterfit check`: options from flags and files, the description, the report, the exit code.
use crate::input::{self, ReadError};
use crate::output::{self, Out};
use crate::{CheckArgs, FailOnArg, Format, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use clusterfit_bindings::{Doc, Error, Options, Report};
use serde_json::{Map, Value};

/// Why `check` stopped before a report.
pub enum Stop {
    /// A file could not be read: a usage error without a stable error code.
    Usage(String),
    /// An input or options error with its code.
    Coded(Error),
}

impl From<Error> for Stop {
    fn from(e: Error) -> Self {
        Stop::Coded(e)
    }
}

impl Stop {
    /// The code a SARIF notification or JUnit `<error>` carries (`USAGE` for an unreadable file).
    pub fn code(&self) -> &str {
        match self {
            Stop::Usage(_) => "USAGE",
            Stop::Coded(e) => e.code.as_str(),
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Stop::Usage(m) => m,
            Stop::Coded(e) => &e.message,
        }
    }
}

/// One input of a run: its report, or why it has none. `name` is empty for an options error,
/// which stops the whole run.
pub struct Outcome {
    pub name: String,
    pub result: Result<(Report, SourceInfo), Stop>,
}

pub fn run(args: &CheckArgs, out: &Out<'_>) -> u8 {
    let (outcomes, options) = match options_of(args, out) {
        Ok(options) => {
            let names = crate::files::expand(&args.files);
            let outcomes: Vec<Outcome> = names
                .into_iter()
                .map(|(name, expanded)| Outcome {
                    result: match expanded {
                        Ok(()) => check_file(&name, args, &options, out),
                        Err(m) => Err(Stop::Usage(m)),
                    },
                    name,
                })
                .collect();
            (outcomes, options)
        }
        Err(stop) => (
            vec![Outcome {
                name: String::new(),
                result: Err(stop),
            }],
            Options::default(),
        ),
    };
    // A single file named as such keeps the plain report (and error object) of `--format json`.
    let single = args.files.len() == 1 && outcomes.len() == 1 && !is_pattern(&args.files);
    // Errors go to stderr in every format but JSON, whose output carries them.
    for o in &outcomes {
        if let Err(stop) = &o.result {
            if args.format != Format::Json || args.output.is_some() {
                let what = if o.name.is_empty() || single {
                    String::new()
                } else {
                    format!("{}: ", o.name)
                };
                match stop {
                    Stop::Usage(m) => out.usage_error(&format!("{what}{m}")),
                    Stop::Coded(e) => {
                        out.error(&Error::new(e.code, format!("{what}{}", e.message)), false)
                    }
                }
            }
        }
    }
    let rendered = match args.format {
        Format::Json => output::json::render_all(&outcomes, single),
        Format::Text => output::text::render_all(&outcomes, out.color, single),
        Format::Sarif => output::sarif::render(&outcomes),
        Format::Junit => output::junit::render(&outcomes, &options),
    };
    let mut code = EXIT_OK;
    for o in &outcomes {
        let c = match &o.result {
            Err(_) => EXIT_ERROR,
            Ok((report, _)) if !report.valid && args.fail_on != Some(FailOnArg::None) => {
                EXIT_FINDINGS
            }
            Ok(_) => EXIT_OK,
        };
        code = code.max(c);
    }
    match &args.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, rendered.as_bytes()) {
                out.usage_error(&format!("cannot write `{path}`: {e}"));
                return EXIT_ERROR;
            }
        }
        None => out.print(&rendered),
    }
    code
}

fn is_pattern(files: &[String]) -> bool {
    files.iter().any(|f| {
        f.contains(['*', '?', '[']) || (f != "-" && std::fs::metadata(f).is_ok_and(|m| m.is_dir()))
    })
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

fn options_of(args: &CheckArgs, out: &Out<'_>) -> Result<Options, Stop> {
    Ok(Options::from_value(&Value::Object(options_value(
        args, out,
    )?))?)
}

fn check_file(
    name: &str,
    args: &CheckArgs,
    options: &Options,
    out: &Out<'_>,
) -> Result<(Report, SourceInfo), Stop> {
    if let Some(kind) = &args.from {
        return check_imported(kind, name, args, options, out);
    }
    let source = input::read(name, out).map_err(|e| match e {
        ReadError::Io(m) => Stop::Usage(m),
        ReadError::Input(e) => Stop::Coded(e),
    })?;
    input::check_not_empty(&source)?;
    let (report, provider) = if source.yaml {
        let value = clusterfit_bindings::yaml_to_value(&source.text)?;
        let report = clusterfit_bindings::validate(Doc::Value(&value), options)?;
        (report, provider_of(&value))
    } else {
        let report = clusterfit_bindings::validate(Doc::Text(&source.text), options)?;
        // Only JUnit needs the provider; the text already passed every limit.
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
    ))
}

/// `check --from KIND`: describe the file, show the notes, validate the description. Findings
/// point into the description, whose pretty JSON stands in for the source text (lines, columns).
fn check_imported(
    kind: &str,
    name: &str,
    args: &CheckArgs,
    options: &Options,
    out: &Out<'_>,
) -> Result<(Report, SourceInfo), Stop> {
    let roles = crate::import::roles(&args.role).map_err(import_stop)?;
    let described = crate::import::describe(kind, name, &roles, out).map_err(import_stop)?;
    crate::import::print_notes(&described.notes, out);
    let report = clusterfit_bindings::validate(Doc::Value(&described.description), options)?;
    let text = serde_json::to_string_pretty(&described.description).unwrap_or_default();
    Ok((
        report,
        SourceInfo {
            name: name.to_string(),
            provider: provider_of(&described.description),
            text,
            yaml: false,
        },
    ))
}

fn import_stop(stop: crate::import::Stop) -> Stop {
    match stop {
        crate::import::Stop::Usage(m) => Stop::Usage(m),
        crate::import::Stop::Coded(e) => Stop::Coded(e),
    }
}

fn provider_of(v: &Value) -> Option<String> {
    v.get("provider")
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// The options object: the `--options` file, then every flag given beside it on top (flags
/// win; `--disable` adds to the file's list). The core then checks the whole object.
fn options_value(args: &CheckArgs, out: &Out<'_>) -> Result<Map<String, Value>, Stop> {
    let file = match &args.options {
        Some(path) => Some((path.clone(), "--options")),
        None if args.no_config => None,
        None => find_config().map(|p| (p, "config")),
    };
    let mut o = match file {
        Some((path, flag)) => match read_json_file(&path, flag, out)? {
            Value::Object(m) => m,
            _ => {
                return Err(Stop::Coded(Error::options(format!(
                    "`{flag}` file `{path}` must hold an options object"
                ))))
            }
        },
        None => Map::new(),
    };
    if !args.ignore.is_empty() {
        let mut list = match o.remove("ignore") {
            Some(Value::Array(a)) => a,
            Some(other) if !other.is_null() => {
                // A malformed `ignore` stays for the core to report.
                o.insert("ignore".into(), other);
                Vec::new()
            }
            _ => Vec::new(),
        };
        for entry in &args.ignore {
            let (rule, path) = match entry.split_once(':') {
                Some((rule, path)) => (rule, Some(path)),
                None => (entry.as_str(), None),
            };
            let mut m = Map::new();
            m.insert("rule".into(), Value::String(rule.into()));
            if let Some(path) = path {
                m.insert("path".into(), Value::String(path.into()));
            }
            m.insert(
                "reason".into(),
                Value::String(format!("--ignore {entry} on the command line")),
            );
            list.push(Value::Object(m));
        }
        if !o.contains_key("ignore") {
            o.insert("ignore".into(), Value::Array(list));
        }
    }
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
    match args.fail_on {
        Some(FailOnArg::Error) => {
            o.insert("failOn".into(), Value::String("error".into()));
        }
        Some(FailOnArg::Warning) => {
            o.insert("failOn".into(), Value::String("warning".into()));
        }
        // `none`: the report keeps its options' verdict; only the exit code ignores it.
        Some(FailOnArg::None) | None => {}
    }
    Ok(o)
}

/// `.clusterfit.yaml` or `.clusterfit.json` in the current directory or the nearest one above
/// (like ruff and cfn-lint find theirs); in one directory the YAML file wins.
fn find_config() -> Option<String> {
    let cwd = std::env::current_dir().ok()?;
    for dir in cwd.ancestors() {
        for name in [".clusterfit.yaml", ".clusterfit.json"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p.to_string_lossy().into_owned());
            }
        }
    }
    None
}

/// A `--profile-file` (for `plan-subnets`).
pub fn read_profile_file(path: &str, out: &Out<'_>) -> Result<Value, Stop> {
    read_json_file(path, "--profile-file", out)
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
