//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. Every rule of the registry is
//! a `reportingDescriptor` (title, what it checks, the full doc as help, default level); every
//! finding a result with its JSON Pointer as a logical location and the input file, with the
//! line the pointer leads to, as the physical location (GitHub needs `region.startLine`).
use crate::check::SourceInfo;
use crate::locate::line_of;
use clusterfit_bindings::{Report, Severity};
use serde_json::{json, Value};

pub fn render(report: &Report, source: &SourceInfo) -> String {
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
    let uri = artifact_uri(&source.name);
    let location = |path: &str| {
        json!({
            "physicalLocation": {
                "artifactLocation": {"uri": uri},
                "region": {"startLine": line_of(&source.text, path, source.yaml)},
            },
            "logicalLocations": [{
                "fullyQualifiedName": path,
                "kind": "member",
            }],
        })
    };
    let rule_index = |id: &str| rules.iter().position(|r| r.id == id);
    let mut results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
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
            result
        })
        .collect();
    // Ignored findings stay in the log as suppressed results, with the ignore's reason.
    results.extend(report.suppressed.iter().map(|s| {
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
        result
    }));
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "clusterfit",
                "version": clusterfit_bindings::VERSION,
                "semanticVersion": clusterfit_bindings::VERSION,
                "rules": descriptors,
            }},
            "results": results,
            "properties": {"profile": report.profile, "valid": report.valid},
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
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
