//! Runs every fixture under `fixtures/` (the one conformance suite every binding runs) as one test
//! per case, named by the case's conformance id and name (`network/vpc-cidr-size.json#0: a /22
//! VPC is too small for katonic`), so `cargo test -p clusterfit --test fixtures -- vpc-cidr-size`
//! runs one rule's cases and a failure names its case. One more test checks that every rule in
//! the registry has a case that makes it fire and one that keeps it silent.
//!
//! A fixture file is `{"rule": "<id>", "cases": [case, …]}`; a case is
//! `{"name", "source"?, "input" | "inputText" | "inputTextRepeat" (`[[piece, times], …]`), "options"?, "expected"?, "error"?, "valid"?,
//! "facts"?, "suppressed"?, "coverage"?, "summary"?}`: `expected` is the exact list of findings; `error` the
//! expected thrown code; `facts` a subset of the report's facts; `suppressed`, `coverage` and
//! `summary` the report's own, exactly; `source` the sentence of the vendor guide or cloud doc the case encodes. Examples (`fixtures/examples/<name>.json`) are plain documents checked
//! against `<name>.expected.json`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        // fixtures/import/ holds the importers' cases (bindings/tests/import.rs runs them).
        if p.is_dir() && p == fixtures_dir().join("import") {
            continue;
        }
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "json") {
            out.push(p);
        }
    }
}

/// The report (or error) of one case, as JSON.
fn run(case: &Value) -> Value {
    let options = clusterfit::Options::from_value(case.get("options").unwrap_or(&Value::Null));
    let options = match options {
        Ok(o) => o,
        Err(e) => return e.to_json_value(),
    };
    let repeated = case.get("inputTextRepeat").map(|parts| {
        parts
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                p[0].as_str()
                    .unwrap()
                    .repeat(p[1].as_u64().unwrap() as usize)
            })
            .collect::<String>()
    });
    if let Some(text) = &repeated {
        return match clusterfit::validate_str(text, &options) {
            Ok(report) => report.to_value(),
            Err(e) => e.to_json_value(),
        };
    }
    let result = match (case.get("inputText"), case.get("input")) {
        (Some(Value::String(text)), _) => clusterfit::validate_str(text, &options),
        (_, Some(input)) => clusterfit::validate(input, &options),
        _ => panic!("case has neither `input` nor `inputText`"),
    };
    match result {
        Ok(report) => report.to_value(),
        Err(e) => e.to_json_value(),
    }
}

/// Checks one case; `Err` lists what differs.
fn check_case(case: &Value) -> Result<(), Failed> {
    let got = run(case);
    let mut failures = Vec::new();
    if let Some(code) = case.get("error") {
        let actual = &got["error"]["code"];
        if actual != code {
            failures.push(format!("expected error {code}, got {}", pretty(&got)));
        }
        if let Some(msg) = case.get("errorMessage") {
            if &got["error"]["message"] != msg {
                failures.push(format!(
                    "expected error message {msg}, got {}",
                    got["error"]["message"]
                ));
            }
        }
        return verdict(failures);
    }
    if got.get("error").is_some() {
        return Err(format!("unexpected error {}", pretty(&got)).into());
    }
    let expected = case.get("expected").cloned().unwrap_or(json!([]));
    if got["findings"] != expected {
        failures.push(format!(
            "findings differ\n--- expected\n{}\n--- got\n{}",
            pretty(&expected),
            pretty(&got["findings"])
        ));
    }
    if let Some(valid) = case.get("valid") {
        if &got["valid"] != valid {
            failures.push(format!("expected valid={valid}, got {}", got["valid"]));
        }
    }
    for key in ["suppressed", "coverage", "summary"] {
        if let Some(want) = case.get(key) {
            if &got[key] != want {
                failures.push(format!(
                    "{key} expected {}, got {}",
                    pretty(want),
                    pretty(&got[key])
                ));
            }
        }
    }
    if let Some(Value::Object(facts)) = case.get("facts") {
        for (k, v) in facts {
            if &got["facts"][k] != v {
                failures.push(format!(
                    "facts.{k} expected {}, got {}",
                    pretty(v),
                    pretty(&got["facts"][k])
                ));
            }
        }
    }
    verdict(failures)
}

fn verdict(failures: Vec<String>) -> Result<(), Failed> {
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n\n").into())
    }
}

/// The rules a case's report names (for the fire / stay-silent coverage).
fn fired_rules(case: &Value) -> Vec<String> {
    let got = run(case);
    got["findings"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|f| f["rule"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap()
}

/// A fixture case with its conformance id (`<file>#<index>`, as every runtime's runner names it).
struct Case {
    id: String,
    name: String,
    /// The rule the file is about (`None` for examples).
    subject: Option<String>,
    case: Value,
}

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn cases() -> Vec<Case> {
    let mut paths = Vec::new();
    files(&fixtures_dir(), &mut paths);
    let mut out = Vec::new();
    for path in &paths {
        let rel = path
            .strip_prefix(fixtures_dir())
            .unwrap()
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        if rel.starts_with("examples/") {
            if rel.ends_with(".expected.json") {
                continue;
            }
            let mut case = read(&path.with_extension("expected.json"));
            case["input"] = read(path);
            out.push(Case {
                id: rel.clone(),
                name: rel,
                subject: None,
                case,
            });
            continue;
        }
        let doc = read(path);
        let subject = doc["rule"]
            .as_str()
            .unwrap_or_else(|| panic!("{rel}: no `rule`"));
        for (i, case) in doc["cases"]
            .as_array()
            .unwrap_or_else(|| panic!("{rel}: no `cases`"))
            .iter()
            .enumerate()
        {
            out.push(Case {
                id: format!("{rel}#{i}"),
                name: case["name"].as_str().unwrap_or("(unnamed)").to_string(),
                subject: Some(subject.to_string()),
                case: case.clone(),
            });
        }
    }
    out
}

/// Every rule of the registry has a fixture file, a case that fires it and one that keeps it
/// silent; every fixture file names a rule of the registry.
fn coverage(cases: &[Case]) -> Result<(), Failed> {
    let ids: Vec<&str> = clusterfit::rules().iter().map(|r| r.id).collect();
    let mut failures = Vec::new();
    // rule → (firing cases, silent cases)
    let mut seen: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for c in cases {
        let Some(subject) = c.subject.as_deref() else {
            continue;
        };
        if !ids.contains(&subject) {
            failures.push(format!("{}: unknown rule `{subject}`", c.id));
            continue;
        }
        if c.case.get("error").is_some() {
            continue;
        }
        let entry = seen.entry(subject).or_default();
        if fired_rules(&c.case).iter().any(|r| r == subject) {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
    }
    for rule in ids {
        match seen.get(rule) {
            Some((f, s)) if *f > 0 && *s > 0 => {}
            Some((f, s)) => failures.push(format!(
                "rule `{rule}`: {f} firing and {s} silent cases; each needs at least one"
            )),
            None => failures.push(format!("rule `{rule}`: no fixture file names it")),
        }
    }
    verdict(failures)
}

fn main() {
    let args = Arguments::from_args();
    let cases = cases();
    let mut trials: Vec<Trial> = Vec::new();
    let all = std::sync::Arc::new(cases);
    {
        let all = all.clone();
        trials.push(Trial::test(
            "coverage: every rule fires and stays silent",
            move || coverage(&all),
        ));
    }
    for i in 0..all.len() {
        let all = all.clone();
        let c = &all[i];
        let name = format!("{}: {}", c.id, c.name);
        trials.push(Trial::test(name, move || check_case(&all[i].case)));
    }
    libtest_mimic::run(&args, trials).exit();
}
