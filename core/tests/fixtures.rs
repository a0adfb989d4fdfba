//! Runs every fixture under `fixtures/` (the one conformance suite every binding runs) and checks
//! that every rule in the registry has a case that makes it fire and one that keeps it silent.
//!
//! A fixture file is `{"rule": "<id>", "cases": [case, …]}`; a case is
//! `{"name", "input" | "inputText", "options"?, "expected"?, "error"?, "valid"?, "facts"?}`:
//! `expected` is the exact list of findings; `error` the expected thrown code; `facts` a subset
//! of the report's facts. Examples (`fixtures/examples/<name>.json`) are plain documents checked
//! against `<name>.expected.json`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

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

fn check_case(file: &str, case: &Value, failures: &mut Vec<String>) -> Option<Vec<String>> {
    let name = case["name"].as_str().unwrap_or("(unnamed)");
    let got = run(case);
    let here = format!("{file}: case `{name}`");
    if let Some(code) = case.get("error") {
        let actual = &got["error"]["code"];
        if actual != code {
            failures.push(format!(
                "{here}: expected error {code}, got {}",
                pretty(&got)
            ));
        }
        if let Some(msg) = case.get("errorMessage") {
            if &got["error"]["message"] != msg {
                failures.push(format!(
                    "{here}: expected error message {msg}, got {}",
                    got["error"]["message"]
                ));
            }
        }
        return None;
    }
    if got.get("error").is_some() {
        failures.push(format!("{here}: unexpected error {}", pretty(&got)));
        return None;
    }
    let expected = case.get("expected").cloned().unwrap_or(json!([]));
    if got["findings"] != expected {
        failures.push(format!(
            "{here}: findings differ\n--- expected\n{}\n--- got\n{}",
            pretty(&expected),
            pretty(&got["findings"])
        ));
    }
    if let Some(valid) = case.get("valid") {
        if &got["valid"] != valid {
            failures.push(format!(
                "{here}: expected valid={valid}, got {}",
                got["valid"]
            ));
        }
    }
    if let Some(Value::Object(facts)) = case.get("facts") {
        for (k, v) in facts {
            if &got["facts"][k] != v {
                failures.push(format!(
                    "{here}: facts.{k} expected {}, got {}",
                    pretty(v),
                    pretty(&got["facts"][k])
                ));
            }
        }
    }
    Some(
        got["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_string())
            .collect(),
    )
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap()
}

#[test]
fn every_fixture_passes_and_every_rule_fires_and_stays_silent() {
    let mut paths = Vec::new();
    files(&fixtures_dir(), &mut paths);
    let mut failures = Vec::new();
    // rule → (firing cases, silent cases)
    let mut coverage: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut cases = 0;
    for path in &paths {
        let rel = path
            .strip_prefix(fixtures_dir())
            .unwrap()
            .display()
            .to_string();
        let text = std::fs::read_to_string(path).unwrap();
        let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{rel}: {e}"));
        if rel.starts_with("examples/") {
            if rel.ends_with(".expected.json") {
                continue;
            }
            let exp_path = path.with_extension("expected.json");
            let exp: Value = serde_json::from_str(
                &std::fs::read_to_string(&exp_path)
                    .unwrap_or_else(|_| panic!("{rel}: no {}", exp_path.display())),
            )
            .unwrap();
            let mut case = exp.clone();
            case["name"] = json!(rel);
            case["input"] = doc;
            check_case(&rel, &case, &mut failures);
            cases += 1;
            continue;
        }
        let subject = doc["rule"]
            .as_str()
            .unwrap_or_else(|| panic!("{rel}: no `rule`"));
        assert!(
            clusterfit::rules::find(subject).is_some(),
            "{rel}: unknown rule `{subject}`"
        );
        for case in doc["cases"]
            .as_array()
            .unwrap_or_else(|| panic!("{rel}: no `cases`"))
        {
            cases += 1;
            if let Some(fired) = check_case(&rel, case, &mut failures) {
                let entry = coverage.entry(subject.to_string()).or_default();
                if fired.iter().any(|r| r == subject) {
                    entry.0 += 1;
                } else {
                    entry.1 += 1;
                }
            }
        }
    }
    for rule in clusterfit::rules::ids() {
        match coverage.get(rule) {
            Some((f, s)) if *f > 0 && *s > 0 => {}
            Some((f, s)) => failures.push(format!(
                "rule `{rule}`: {f} firing and {s} silent cases; each needs at least one"
            )),
            None => failures.push(format!("rule `{rule}`: no fixture file names it")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} fixture checks failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    eprintln!("{cases} fixture cases passed");
}
