//! The importer fixtures: every `fixtures/import/<kind>/<name>.case.json` runs `describe` on
//! its input (and on the input's JSON twin, `inputJson`, where the input is YAML) and compares
//! the whole answer — description and notes — with `expected`, written by hand from the input.
//!
//! Case file: `{"kind", "input", "inputJson"?, "source", "runs": [{"name", "options"?,
//! "expected"}]}`; `source` says where the real input comes from.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/import")
}

fn case_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for kind in clusterfit_bindings::IMPORT_KINDS {
        let dir = root().join(kind);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().ends_with(".case.json"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no cases for `{kind}`");
        out.extend(files);
    }
    out
}

fn answer(kind: &str, text: &str, options: &Value) -> Value {
    match clusterfit_bindings::describe(kind, text, options) {
        Ok(v) => v,
        Err(e) => e.to_json_value(),
    }
}

#[test]
fn every_import_case_gives_its_expected_answer() {
    let mut failures = Vec::new();
    let mut runs = 0;
    for file in case_files() {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let kind = case["kind"].as_str().expect("kind");
        assert!(
            case["source"].as_str().is_some_and(|s| s.len() > 20),
            "{name}: a `source` naming where the input comes from"
        );
        let dir = file.parent().unwrap();
        let mut inputs = vec![case["input"].as_str().expect("input")];
        if let Some(twin) = case["inputJson"].as_str() {
            inputs.push(twin);
        }
        for input in inputs {
            let text = std::fs::read_to_string(dir.join(input))
                .unwrap_or_else(|e| panic!("{name}: {input}: {e}"));
            let is_yaml = input.ends_with(".yaml");
            if is_yaml && !cfg!(feature = "yaml") {
                // Without the YAML reader (the WASM build), YAML is a coded error.
                let got = answer(kind, &text, &Value::Null);
                assert_eq!(got["error"]["code"], "INPUT_NOT_JSON", "{name}: {got}");
                continue;
            }
            for (i, run) in case["runs"].as_array().expect("runs").iter().enumerate() {
                runs += 1;
                let options = run.get("options").cloned().unwrap_or(Value::Null);
                let got = answer(kind, &text, &options);
                if got != run["expected"] {
                    failures.push(format!(
                        "{name}#{i} ({}, {input}):\n{}",
                        run["name"].as_str().unwrap_or(""),
                        serde_json::to_string_pretty(&got).unwrap()
                    ));
                }
            }
        }
    }
    assert!(runs > 0);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_input_has_a_case() {
    for kind in clusterfit_bindings::IMPORT_KINDS {
        let dir = root().join(kind);
        let cases: Vec<Value> = case_files()
            .iter()
            .filter(|p| p.parent() == Some(dir.as_path()))
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if name.contains(".input.") {
                assert!(
                    cases
                        .iter()
                        .any(|c| c["input"] == name.as_str() || c["inputJson"] == name.as_str()),
                    "{kind}/{name} is no case's input"
                );
            }
        }
    }
}

/// Importing is linear: a List of many nodes is described in one pass, and the answer stays
/// well within the input budget.
#[test]
fn a_large_node_list_is_described() {
    let node = |i: usize| {
        format!(
            r#"{{"kind":"Node","metadata":{{"name":"n{i}","labels":{{"eks.amazonaws.com/nodegroup":"ng-{}","topology.kubernetes.io/zone":"us-east-1a"}}}},"spec":{{"providerID":"aws:///us-east-1a/i-{i}"}},"status":{{"capacity":{{"cpu":"8","memory":"32Gi"}},"nodeInfo":{{"kubeletVersion":"v1.30.2-eks-1","containerRuntimeVersion":"containerd://1.7"}}}}}}"#,
            i % 50
        )
    };
    let items: Vec<String> = (0..2500).map(node).collect();
    let text = format!(r#"{{"kind":"List","items":[{}]}}"#, items.join(","));
    assert!(text.len() < clusterfit_bindings::MAX_BYTES);
    let out = clusterfit_bindings::describe("kubectl", &text, &Value::Null).unwrap();
    assert_eq!(
        out["description"]["nodePools"].as_array().unwrap().len(),
        50
    );
    assert_eq!(out["description"]["nodePools"][0]["minNodes"], 50);
}

/// Every importer takes any JSON without panicking: each value of every fixture input (the first
/// 400), replaced in turn by a value of another type, gives an answer or a coded input error.
#[test]
fn type_confusion_never_panics() {
    fn paths(v: &Value, at: String, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                    out.push(p.clone());
                    paths(x, p, out);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    let p = format!("{at}/{i}");
                    out.push(p.clone());
                    paths(x, p, out);
                }
            }
            _ => {}
        }
    }
    for file in case_files() {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let kind = case["kind"].as_str().unwrap();
        let input = case["inputJson"]
            .as_str()
            .or(case["input"].as_str())
            .unwrap();
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(file.with_file_name(input)).unwrap())
                .unwrap();
        let mut all = Vec::new();
        paths(&doc, String::new(), &mut all);
        for p in all.iter().take(400) {
            for replacement in [
                Value::from(5),
                Value::from("x"),
                Value::Null,
                serde_json::json!([[]]),
            ] {
                let mut d = doc.clone();
                *d.pointer_mut(p).unwrap() = replacement;
                let text = d.to_string();
                if let Err(e) = clusterfit_bindings::describe(kind, &text, &Value::Null) {
                    assert_ne!(
                        e.code,
                        clusterfit_bindings::ErrorCode::Internal,
                        "{p}: {}",
                        e.message
                    );
                }
            }
        }
    }
}
