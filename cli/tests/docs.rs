//! Every cluster description and options object shown in the README and the docs is a tested
//! document. Each ```json / ```yaml block carries a marker on the line before it:
//!
//! - `<!-- check: valid -->` (or `valid profile=domino`): a description that must be valid;
//! - `<!-- check: findings rule-a rule-b -->` (optionally `profile=…`): a description whose
//!   findings are exactly of these rules (each at least once, no other rule);
//! - `<!-- check: options -->`: an options object that must be accepted;
//! - `<!-- check: report -->`, `<!-- check: excerpt -->`, `<!-- check: ci -->`: shown, not
//!   checked (a report, a shortened document with `…`, a CI recipe whose commands other tests
//!   run).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use clusterfit_bindings::{Doc, Options};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = vec![root.join("README.md"), root.join("wasm/README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        // rules.md is generated from the rules' examples, which core/tests/catalog.rs runs.
        .filter(|p| p.extension().is_some_and(|e| e == "md") && !p.ends_with("rules.md"))
        .collect();
    docs.sort();
    out.extend(docs);
    out
}

struct Block {
    place: String,
    lang: String,
    marker: Option<String>,
    text: String,
}

fn blocks(path: &Path) -> Vec<Block> {
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_start();
        let lang = line.strip_prefix("```").unwrap_or("").trim();
        if lang == "json" || lang == "yaml" {
            let marker = lines[..i]
                .iter()
                .rev()
                .find(|l| !l.trim().is_empty())
                .and_then(|l| l.trim().strip_prefix("<!-- check:"))
                .and_then(|l| l.strip_suffix("-->"))
                .map(|m| m.trim().to_string());
            let start = i + 1;
            let mut end = start;
            while end < lines.len() && !lines[end].trim_start().starts_with("```") {
                end += 1;
            }
            out.push(Block {
                place: format!("{}:{}", path.display(), i + 1),
                lang: lang.to_string(),
                marker,
                text: lines[start..end].join("\n"),
            });
            i = end + 1;
            continue;
        }
        if line.starts_with("```") {
            // Skip any other fenced block whole.
            i += 1;
            while i < lines.len() && !lines[i].trim_start().starts_with("```") {
                i += 1;
            }
        }
        i += 1;
    }
    out
}

fn parse(b: &Block) -> Value {
    if b.lang == "yaml" {
        clusterfit_bindings::yaml_to_value(&b.text)
            .unwrap_or_else(|e| panic!("{}: not YAML: {}", b.place, e.message))
    } else {
        serde_json::from_str(&b.text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", b.place))
    }
}

#[test]
fn every_document_shown_in_the_docs_is_checked() {
    let mut checked = 0;
    for path in documents() {
        for b in blocks(&path) {
            let marker = b.marker.clone().unwrap_or_else(|| {
                panic!(
                    "{}: a ```{} block without a `<!-- check: … -->` marker",
                    b.place, b.lang
                )
            });
            let mut words = marker.split_whitespace();
            let kind = words.next().unwrap_or("");
            let mut profile = "katonic".to_string();
            let mut rules: BTreeSet<String> = BTreeSet::new();
            for w in words {
                match w.strip_prefix("profile=") {
                    Some(p) => profile = p.to_string(),
                    None => {
                        rules.insert(w.trim_end_matches(',').to_string());
                    }
                }
            }
            match kind {
                "report" | "excerpt" | "ci" => continue,
                "options" => {
                    Options::from_value(&parse(&b))
                        .unwrap_or_else(|e| panic!("{}: options rejected: {}", b.place, e.message));
                }
                "valid" | "findings" => {
                    let doc = parse(&b);
                    let options = Options::from_value(&json!({ "profile": profile })).unwrap();
                    let report = clusterfit_bindings::validate(Doc::Value(&doc), &options)
                        .unwrap_or_else(|e| panic!("{}: {}", b.place, e.message));
                    let fired: BTreeSet<String> =
                        report.findings.iter().map(|f| f.rule.to_string()).collect();
                    if kind == "valid" {
                        assert!(
                            report.valid && fired.is_empty(),
                            "{}: meant to be valid, got {fired:?}",
                            b.place
                        );
                    } else {
                        assert!(!rules.is_empty(), "{}: `findings` names no rule", b.place);
                        assert_eq!(fired, rules, "{}: the findings shown differ", b.place);
                    }
                }
                other => panic!("{}: unknown marker `{other}`", b.place),
            }
            checked += 1;
        }
    }
    assert!(checked >= 4, "only {checked} documents checked");
}
