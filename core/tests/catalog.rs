//! The registry is the single source: ids unique and kebab-case, every rule documented, its
//! example right, and `docs/rules.md` generated from `rules()` and up to date.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use clusterfit::{Area, RuleInfo};
use std::path::Path;

#[test]
fn ids_are_unique_kebab_case_and_documented() {
    let mut seen = std::collections::BTreeSet::new();
    for r in clusterfit::rules() {
        assert!(seen.insert(r.id), "duplicate id {}", r.id);
        assert!(
            r.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{} is not kebab-case",
            r.id
        );
        assert!(r.title.trim().len() > 10, "{}: title is too short", r.id);
        assert!(r.source.trim().len() > 10, "{}: source is too short", r.id);
        for section in ["### What it checks\n\n", "### Why\n\n", "### Source\n\n"] {
            let after = r.doc.split(section).nth(1).unwrap_or_default();
            let body = after.split("\n\n").next().unwrap_or_default();
            assert!(body.trim().len() > 10, "{}: {section:?} is too short", r.id);
        }
    }
}

#[test]
fn every_rule_example_fires_and_its_fix_passes() {
    let mut failures = Vec::new();
    for r in clusterfit::rules() {
        let options =
            clusterfit::Options::from_value(&serde_json::from_str(r.example.options).unwrap())
                .unwrap();
        let fired = |doc: &str| -> Result<bool, String> {
            let report = clusterfit::validate_str(doc, &options).map_err(|e| e.to_string())?;
            Ok(report.findings.iter().any(|f| f.rule == r.id))
        };
        match fired(r.example.fails) {
            Ok(true) => {}
            other => failures.push(format!(
                "{}: example `fails` did not fire ({other:?})",
                r.id
            )),
        }
        match fired(r.example.passes) {
            Ok(false) => {}
            other => failures.push(format!(
                "{}: example `passes` fired or failed ({other:?})",
                r.id
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const AREAS: [(Area, &str); 9] = [
    (Area::Input, "Input structure"),
    (Area::Kubernetes, "Kubernetes"),
    (Area::Network, "Network"),
    (Area::Zones, "Zones"),
    (Area::Nodes, "Nodes"),
    (Area::Storage, "Storage"),
    (Area::Ingress, "DNS and ingress"),
    (Area::Namespaces, "Namespaces"),
    (Area::Consistency, "Consistency"),
];

/// The rule catalog as markdown, from `rules()`: the same list `clusterfit rules` prints.
fn catalog_markdown(rules: &[RuleInfo]) -> String {
    let mut s = String::from(
        "<!-- generated from the rule registry by `make docs`; do not edit -->\n\n# clusterfit rules\n\n\
         Every rule clusterfit runs, by area. Severity is the default; a profile or the options \
         may change it (`katonic` and `domino` set some per platform, see `clusterfit profiles`).\n\n",
    );
    for (area, heading) in AREAS {
        s.push_str(&format!(
            "## {heading}\n\n| rule | severity | providers | title |\n|---|---|---|---|\n"
        ));
        for r in rules.iter().filter(|r| r.area == area) {
            let providers = if r.providers.is_empty() {
                "all".to_string()
            } else {
                r.providers.join(", ")
            };
            s.push_str(&format!(
                "| [`{}`](#{}) | {} | {} | {} |\n",
                r.id,
                r.id,
                r.severity.as_str(),
                providers,
                r.title
            ));
        }
        s.push('\n');
    }
    for r in rules {
        s.push_str(&format!("## `{}`\n\n{}\n\n", r.id, r.title));
        s.push_str(&r.doc.replace("### ", "#### "));
        s.push('\n');
    }
    s
}

#[test]
fn docs_rules_md_is_generated_from_the_registry() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/rules.md");
    let fresh = catalog_markdown(&clusterfit::rules());
    if std::env::var_os("CLUSTERFIT_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == fresh,
        "docs/rules.md is stale: run `make docs` (CLUSTERFIT_BLESS=1 cargo test -p clusterfit --test catalog)"
    );
}

/// Every property name of the JSON Schema `clusterfit schema` prints.
fn schema_keys(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(serde_json::Value::Object(props)) = m.get("properties") {
                out.extend(props.keys().cloned());
            }
            m.values().for_each(|x| schema_keys(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| schema_keys(x, out)),
        _ => {}
    }
}

#[test]
fn docs_input_md_names_every_field_of_the_schema() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/input.md");
    let doc = std::fs::read_to_string(path).unwrap();
    let mut keys = std::collections::BTreeSet::new();
    schema_keys(&clusterfit::schema(), &mut keys);
    assert!(keys.len() > 50, "{keys:?}");
    let missing: Vec<&String> = keys
        .iter()
        .filter(|k| !doc.contains(&format!("`{k}`")) && !doc.contains(&format!(".{k}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/input.md does not describe {missing:?}"
    );
}
