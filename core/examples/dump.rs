//! Prints, for every fixture case and example document, the exact report JSON (or error JSON)
//! of `validate_str` on the compact text and of `validate` on the value, one line each. Diffing
//! this output before and after a change proves that no report byte changed:
//! `cargo run --release -p clusterfit --example dump > /tmp/after.txt`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use serde_json::Value;
use std::path::{Path, PathBuf};

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

fn answer(r: Result<clusterfit::Report, clusterfit::Error>) -> String {
    match r {
        Ok(report) => {
            let json = report.to_json();
            // The value form and the typed form must agree too.
            assert_eq!(
                report.to_value(),
                serde_json::from_str::<Value>(&json).unwrap()
            );
            assert_eq!(report.to_value()["facts"], *report.facts);
            json
        }
        Err(e) => e.to_json_value().to_string(),
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    let mut all = Vec::new();
    files(&root, &mut all);
    for path in all {
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let cases: Vec<Value> = match v.get("cases") {
            Some(Value::Array(c)) => c.clone(),
            _ => vec![serde_json::json!({"name": "document", "input": v})],
        };
        for case in cases {
            let options = match clusterfit::Options::from_value(
                case.get("options").unwrap_or(&Value::Null),
            ) {
                Ok(o) => o,
                Err(e) => {
                    println!("{name} {}: {}", case["name"], e.to_json_value());
                    continue;
                }
            };
            let (text, value) = match (case.get("inputText"), case.get("input")) {
                (Some(Value::String(t)), _) => (t.clone(), serde_json::from_str(t).ok()),
                (_, Some(input)) => (input.to_string(), Some(input.clone())),
                _ => continue,
            };
            println!(
                "{name} {} text: {}",
                case["name"],
                answer(clusterfit::validate_str(&text, &options))
            );
            if let Some(value) = value {
                println!(
                    "{name} {} value: {}",
                    case["name"],
                    answer(clusterfit::validate(&value, &options))
                );
            }
        }
    }
}
