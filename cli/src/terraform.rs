//! `clusterfit terraform`: a program for Terraform's `external` data source. The query (a flat
//! JSON object of strings) comes on standard input; the result, a flat JSON object of strings,
//! goes to standard output. A query, document or options error exits 1 with the message on
//! standard error, which fails the plan.
use crate::input::{self, ReadError};
use crate::output::Out;
use clusterfit_bindings::{Doc, Error, Options, MAX_BYTES};
use serde::Serialize;
use serde_json::{Map, Value};

/// Exit code Terraform reads as a failed data source.
const EXIT_FAIL: u8 = 1;

/// The query keys, in the order the error message lists them.
const KEYS: [&str; 6] = [
    "document", "profile", "fail_on", "strict", "disable", "options",
];

/// The result object, in this key order.
#[derive(Serialize)]
struct TfResult {
    valid: String,
    errors: String,
    warnings: String,
    infos: String,
    messages: String,
    report: String,
}

enum Stop {
    Usage(String),
    Coded(Error),
}

impl From<Error> for Stop {
    fn from(e: Error) -> Self {
        Stop::Coded(e)
    }
}

pub fn run(out: &Out<'_>) -> u8 {
    match answer(out) {
        Ok(result) => {
            let mut s = serde_json::to_string(&result).unwrap_or_default();
            s.push('\n');
            out.print(&s);
            crate::EXIT_OK
        }
        Err(Stop::Usage(m)) => {
            out.usage_error(&m);
            EXIT_FAIL
        }
        Err(Stop::Coded(e)) => {
            out.error(&e, false);
            EXIT_FAIL
        }
    }
}

fn answer(out: &Out<'_>) -> Result<TfResult, Stop> {
    let mut bytes = Vec::new();
    out.read_stdin(MAX_BYTES as u64 + 1, &mut bytes)
        .map_err(|e| Stop::Usage(format!("cannot read the query: {e}")))?;
    let text = String::from_utf8_lossy(&bytes);
    let query: Value = if text.trim().is_empty() {
        Value::Object(Map::new())
    } else {
        serde_json::from_str(&text)
            .map_err(|e| Stop::Usage(format!("the query is not JSON: {e}")))?
    };
    let Value::Object(query) = query else {
        return Err(Stop::Usage("the query must be a JSON object".into()));
    };
    let mut q: Map<String, Value> = Map::new();
    for (key, value) in query {
        if !KEYS.contains(&key.as_str()) {
            return Err(Stop::Usage(format!(
                "unknown query key `{key}`: the keys are {}",
                KEYS.map(|k| format!("`{k}`")).join(", ")
            )));
        }
        if !value.is_string() {
            return Err(Stop::Usage(format!(
                "query key `{key}` must be a string (Terraform's `query` is a map of strings)"
            )));
        }
        q.insert(key, value);
    }
    let get = |k: &str| q.get(k).and_then(Value::as_str).filter(|s| !s.is_empty());
    let document = get("document")
        .filter(|d| !d.trim().is_empty())
        .ok_or_else(|| {
            Stop::Usage(
                "the query needs \"document\": the cluster as JSON text, or a file path".into(),
            )
        })?;
    let mut options = match get("options") {
        Some(text) => match clusterfit_bindings::parse_json(text) {
            Ok(Value::Object(m)) => m,
            Ok(_) => return Err(Error::options("\"options\" must be a JSON object").into()),
            Err(e) => {
                return Err(
                    Error::options(format!("\"options\" is not JSON: {}", e.message)).into(),
                )
            }
        },
        None => Map::new(),
    };
    if let Some(p) = get("profile") {
        options.insert("profile".into(), Value::String(p.into()));
    }
    if let Some(f) = get("fail_on") {
        options.insert("failOn".into(), Value::String(f.into()));
    }
    if let Some(s) = get("strict") {
        let on = match s.to_ascii_lowercase().as_str() {
            "true" | "1" => true,
            "false" | "0" => false,
            _ => {
                return Err(Error::options(format!(
                    "\"strict\" must be \"true\" or \"false\", not `{s}`"
                ))
                .into())
            }
        };
        options.insert("strict".into(), Value::Bool(on));
    }
    if let Some(d) = get("disable") {
        let ids = d
            .split(',')
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(|r| Value::String(r.into()));
        options.insert("disable".into(), Value::Array(ids.collect()));
    }
    let options = Options::from_value(&Value::Object(options))?;
    let report = if document.trim_start().starts_with('{') {
        clusterfit_bindings::validate(Doc::Text(document), &options)?
    } else {
        // A path, relative to the program's working directory: the directory Terraform runs in
        // unless the data source sets `working_dir`.
        let source = input::read(document, out).map_err(|e| match e {
            ReadError::Io(m) => Stop::Usage(m),
            ReadError::Input(e) => Stop::Coded(e),
        })?;
        input::check_not_empty(&source)?;
        if source.yaml {
            clusterfit_bindings::validate_yaml(&source.text, &options)?
        } else {
            clusterfit_bindings::validate(Doc::Text(&source.text), &options)?
        }
    };
    let messages: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            let path = if f.path.is_empty() { "/" } else { &f.path };
            format!(
                "{} {} at {path}: {}",
                f.severity.as_str(),
                f.rule,
                f.message
            )
        })
        .collect();
    let s = &report.summary;
    Ok(TfResult {
        valid: report.valid.to_string(),
        errors: s.errors.to_string(),
        warnings: s.warnings.to_string(),
        infos: s.infos.to_string(),
        messages: messages.join("\n"),
        report: report.to_json(),
    })
}
