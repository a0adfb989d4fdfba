//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. Every rule of the registry is
//! a `reportingDescriptor` (title, what it checks, the full doc as help, default level); every
//! finding a result with its JSON Pointer as a logical location and the input file, with the
//! line the pointer leads to, as the physical location (GitHub needs `region.startLine`).
use crate::check::Outcome;
use crate::locate::position_of;
use clusterfit_bindings::Severity;
use serde_json::{json, Value};

pub fn render(outcomes: &[Outcome]) -> String {
    let rules = clusterfit_bindings::rule_infos();
    let descriptors: Vec<Value> = rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "name": r.id,
                "shortDescription": {"text": r.title},
                "fullDescription": {"text": first_paragraph(&r.doc)},
                "help": {"text": r.doc, "markdown": r.doc},
                "defaultConfiguration": {"level": level(r.severity)},
                "properties": {"tags": [r.area.as_str()]},
            })
        })
        .collect();
    let rule_index = |id: &str| rules.iter().position(|r| r.id == id);
    let mut results: Vec<Value> = Vec::new();
    let mut notifications: Vec<Value> = Vec::new();
    let mut profile = None;
    let mut valid = true;
    for o in outcomes {
        let (report, source) = match &o.result {
            Ok(ok) => ok,
            Err(stop) => {
                valid = false;
                let mut n = json!({
                    "level": "error",
                    "message": {"text": format!("{}: {}", stop.code(), stop.message())},
                    "descriptor": {"id": stop.code()},
                });
                if !o.name.is_empty() {
                    if let Some(obj) = n.as_object_mut() {
                        obj.insert(
                            "locations".into(),
                            json!([{"physicalLocation": {"artifactLocation": artifact(&o.name)}}]),
                        );
                    }
                }
                notifications.push(n);
                continue;
            }
        };
        profile.get_or_insert_with(|| report.profile.clone());
        valid &= report.valid;
        let location = |path: &str| {
            let (line, col) = position_of(&source.text, path, source.yaml);
            json!({
                "physicalLocation": {
                    "artifactLocation": artifact(&source.name),
                    "region": {"startLine": line, "startColumn": col},
                },
                "logicalLocations": [{
                    "fullyQualifiedName": path,
                    "kind": "member",
                }],
            })
        };
        for f in &report.findings {
            let mut message = f.message.clone();
            if let Some(h) = &f.hint {
                message.push_str(&format!(" (hint: {h})"));
            }
            let mut result = json!({
                "ruleId": f.rule,
                "level": level(f.severity),
                "message": {"text": message},
                "locations": [location(&f.path)],
                "partialFingerprints": {"clusterfitPointer/v1": format!("{}:{}", f.rule, f.path)},
            });
            if let (Some(index), Some(obj)) = (rule_index(f.rule), result.as_object_mut()) {
                obj.insert("ruleIndex".into(), json!(index));
            }
            results.push(result);
        }
        // Ignored findings stay in the log as suppressed results, with the ignore's reason.
        for s in &report.suppressed {
            let mut suppression = json!({"kind": "external", "status": "accepted"});
            if let (Some(reason), Some(obj)) = (&s.reason, suppression.as_object_mut()) {
                obj.insert("justification".into(), json!(reason));
            }
            let mut result = json!({
                "ruleId": s.rule,
                "level": "none",
                "message": {"text": format!("`{}` finding at `{}` suppressed by an ignore option", s.rule, s.path)},
                "locations": [location(&s.path)],
                "partialFingerprints": {"clusterfitPointer/v1": format!("{}:{}", s.rule, s.path)},
                "suppressions": [suppression],
            });
            if let (Some(index), Some(obj)) = (rule_index(s.rule), result.as_object_mut()) {
                obj.insert("ruleIndex".into(), json!(index));
            }
            results.push(result);
        }
    }
    let base = std::env::current_dir()
        .ok()
        .map(|d| file_uri(&d.to_string_lossy(), true));
    let mut run = json!({
        "tool": {"driver": {
            "name": "clusterfit",
            "version": clusterfit_bindings::VERSION,
            "semanticVersion": clusterfit_bindings::VERSION,
            "rules": descriptors,
        }},
        "invocations": [{
            "executionSuccessful": notifications.is_empty(),
            "toolExecutionNotifications": notifications,
        }],
        "results": results,
        "properties": {"profile": profile.unwrap_or_default(), "valid": valid},
    });
    if let (Some(base), Some(obj)) = (base, run.as_object_mut()) {
        obj.insert(
            "originalUriBaseIds".into(),
            json!({"%SRCROOT%": {"uri": base}}),
        );
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

/// The artifact location of an input: relative to `%SRCROOT%` (the working directory), an
/// absolute `file://` URI, or `stdin`.
fn artifact(name: &str) -> Value {
    if name == "-" {
        return json!({"uri": "stdin"});
    }
    let slashed = name.replace('\\', "/");
    if slashed.starts_with('/') {
        return json!({"uri": file_uri(&slashed, false)});
    }
    json!({"uri": artifact_uri(name), "uriBaseId": "%SRCROOT%"})
}

/// `file://` URI of an absolute path; `dir` adds the trailing slash a base URI needs.
fn file_uri(path: &str, dir: bool) -> String {
    let path = path.replace('\\', "/");
    let mut s = String::from("file://");
    if !path.starts_with('/') {
        s.push('/');
    }
    s.push_str(&encode(&path));
    if dir && !s.ends_with('/') {
        s.push('/');
    }
    s
}

fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// SARIF levels: `error`, `warning`, `note`.
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The doc's "what it checks" paragraph, for `fullDescription`.
fn first_paragraph(doc: &str) -> String {
    doc.split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with('#'))
        .unwrap_or("")
        .to_string()
}

/// The input as a relative URI reference: forward slashes, `./` dropped, unsafe bytes
/// percent-encoded. Standard input has no file; it is named `stdin`.
fn artifact_uri(name: &str) -> String {
    if name == "-" {
        return "stdin".to_string();
    }
    let path = name.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    encode(path)
}
