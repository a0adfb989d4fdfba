//! The Rust reference of the conformance harness (tests/conformance/, protocol in the bindings
//! brief and docs): runs every fixture case through `clusterfit_bindings::validate_value`, once
//! with the document as a value and once as JSON text (id suffix `~text`), and writes
//! `{ "<id>": "<report JSON or error JSON>", … }` to the path given as the first argument.
//! Importer cases (`fixtures/import/<kind>/<name>.case.json`) run `describe` on the input's JSON
//! form, one id `<relpath>#<i>` per entry of `runs`; the result is the answer's JSON.
//!
//! Set `CLUSTERFIT_FIXTURES` to run another fixtures folder.
//!
//! `cargo run -q -p clusterfit-bindings --example conformance -- target/conformance/rust.json`
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use clusterfit_bindings::{describe, validate_value, Doc};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

fn result_string(doc: Doc<'_>, options: &Value) -> String {
    match validate_value(doc, options) {
        Ok(report) => report.to_json(),
        Err(e) => e.to_json_value().to_string(),
    }
}

/// One case: (id, options, document as a value, or the document's raw text).
fn run_case(
    out: &mut Map<String, Value>,
    id: &str,
    options: &Value,
    input: Option<&Value>,
    text: Option<&str>,
) {
    if let Some(text) = text {
        out.insert(
            format!("{id}~text"),
            Value::String(result_string(Doc::Text(text), options)),
        );
        return;
    }
    let input = input.unwrap_or_else(|| panic!("{id}: neither `input` nor `inputText`"));
    out.insert(
        id.to_string(),
        Value::String(result_string(Doc::Value(input), options)),
    );
    let text = serde_json::to_string(input).unwrap();
    out.insert(
        format!("{id}~text"),
        Value::String(result_string(Doc::Text(&text), options)),
    );
}

fn main() {
    let out_path = std::env::args()
        .nth(1)
        .expect("usage: conformance OUT.json");
    // CLUSTERFIT_FIXTURES points the harness at another fixtures folder (for testing it).
    let root = std::env::var_os("CLUSTERFIT_FIXTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures"));
    let mut files = Vec::new();
    json_files(&root, &mut files);
    let mut rel: Vec<(String, PathBuf)> = files
        .into_iter()
        .map(|p| {
            let r = p.strip_prefix(&root).unwrap();
            let r = r
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            (r, p)
        })
        .collect();
    rel.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));

    let mut out = Map::new();
    for (relpath, path) in &rel {
        let read = |p: &Path| -> Value {
            serde_json::from_str(&std::fs::read_to_string(p).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        };
        if relpath.starts_with("import/") {
            // Importer cases: `describe` on the input's JSON form (every runtime reads JSON;
            // the WASM build has no YAML reader), one run per entry of `runs`.
            if relpath.ends_with(".case.json") {
                let case = read(path);
                let kind = case["kind"].as_str().unwrap();
                let input = case["inputJson"]
                    .as_str()
                    .or_else(|| case["input"].as_str())
                    .unwrap();
                let text = std::fs::read_to_string(path.with_file_name(input)).unwrap();
                for (i, run) in case["runs"].as_array().unwrap().iter().enumerate() {
                    let options = run.get("options").cloned().unwrap_or(Value::Null);
                    let answer = match describe(kind, &text, &options) {
                        Ok(v) => v.to_string(),
                        Err(e) => e.to_json_value().to_string(),
                    };
                    out.insert(format!("{relpath}#{i}"), Value::String(answer));
                }
            }
            continue;
        }
        if relpath.starts_with("examples/") {
            if relpath.ends_with(".expected.json") {
                continue;
            }
            let input = read(path);
            let expected = path.with_extension("expected.json");
            let options = if expected.exists() {
                read(&expected)
                    .get("options")
                    .cloned()
                    .unwrap_or(Value::Null)
            } else {
                Value::Null
            };
            run_case(&mut out, relpath, &options, Some(&input), None);
            continue;
        }
        let doc = read(path);
        let Some(cases) = doc.get("cases").and_then(Value::as_array) else {
            continue;
        };
        for (i, case) in cases.iter().enumerate() {
            let id = format!("{relpath}#{i}");
            let options = case.get("options").cloned().unwrap_or(Value::Null);
            let repeated = repeated_text(case);
            let text = case
                .get("inputText")
                .and_then(Value::as_str)
                .or(repeated.as_deref());
            run_case(&mut out, &id, &options, case.get("input"), text);
        }
    }

    let out_path = PathBuf::from(out_path);
    if let Some(dir) = out_path.parent() {
        std::fs::create_dir_all(dir).unwrap();
    }
    let n = out.len();
    std::fs::write(
        &out_path,
        serde_json::to_string_pretty(&Value::Object(out)).unwrap(),
    )
    .unwrap();
    eprintln!("rust: {n} runs written to {}", out_path.display());
}

/// A hostile text too large to write out in a fixture: `inputTextRepeat` is
/// `[[piece, times], …]`, concatenated.
fn repeated_text(case: &Value) -> Option<String> {
    let parts = case.get("inputTextRepeat")?.as_array()?;
    let mut text = String::new();
    for part in parts {
        let piece = part.get(0)?.as_str()?;
        let times = usize::try_from(part.get(1)?.as_u64()?).ok()?;
        text.push_str(&piece.repeat(times));
    }
    Some(text)
}
