//! The core's modules form layers that only point down. A module may use its own submodules and
//! the modules of lower layers, never a module of its own layer or above: `input` knows no rules,
//! `rules` and `facts` read the `analysis` layer and never each other, only the `engine` sees
//! everything. This test reads the sources (test modules excluded) and fails on any upward or
//! sideways `crate::` path.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};

/// Bottom to top. `lib.rs` (the public façade) sits above them all.
const LAYERS: &[&[&str]] = &[
    // messages put together piece by piece
    &["text"],
    // vocabulary: leaves every layer may use
    &["error", "severity", "num", "names", "sort", "json_out"],
    // text → typed model + typed input issues
    &["input"],
    // data over the model
    &["catalog", "profile"],
    // CIDR helpers and the subnet plan
    &["net"],
    // the context and every value more than one rule or the facts need
    &["analysis"],
    // checks and facts, both over the analysis
    &["rules", "facts"],
    // profile resolution, options, rule runs, the report; the input schema
    &["engine", "schema"],
    // the TypeScript declarations of the public types (feature `ts`, off in every shipped build)
    &["typescript"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The `crate::<module>` names a source uses, outside its test module.
fn crate_uses(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_start();
        if line.starts_with("#[cfg(test)]") {
            break;
        }
        if line.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push((n + 1, name));
            }
            rest = after;
        }
    }
    out
}

#[test]
fn modules_only_use_lower_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    files.sort();
    let mut failures = Vec::new();
    let mut checked = 0;
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if top == "lib" || rel.file_name().is_some_and(|f| f == "tests.rs") {
            continue;
        }
        let Some(own) = layer_of(&top) else {
            failures.push(format!("{}: module `{top}` has no layer", rel.display()));
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        for (line, used) in crate_uses(&text) {
            checked += 1;
            if used == top {
                continue;
            }
            match layer_of(&used) {
                Some(l) if l < own => {}
                Some(l) => failures.push(format!(
                    "{}:{line}: `{top}` (layer {own}) uses `crate::{used}` (layer {l})",
                    rel.display()
                )),
                // A re-export of the façade (`crate::Error`) would hide the layer: name the module.
                None => failures.push(format!(
                    "{}:{line}: `crate::{used}` is not a module of a layer; use its module path",
                    rel.display()
                )),
            }
        }
    }
    assert!(checked > 100, "only {checked} `crate::` paths found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
