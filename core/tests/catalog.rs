//! The registry is the single source: ids unique and kebab-case, every rule documented, its
//! example right, and `docs/rules.md` up to date.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::Path;

#[test]
fn ids_are_unique_kebab_case_and_documented() {
    let ids = clusterfit::rules::ids();
    let mut seen = std::collections::BTreeSet::new();
    for r in clusterfit::rules::all() {
        assert!(seen.insert(r.id), "duplicate id {}", r.id);
        assert!(
            r.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{} is not kebab-case",
            r.id
        );
        for (field, text) in [
            ("title", r.title),
            ("what", r.what),
            ("why", r.why),
            ("source", r.source),
        ] {
            assert!(text.trim().len() > 10, "{}: {field} is too short", r.id);
        }
    }
    assert_eq!(ids.len(), seen.len());
}

#[test]
fn every_rule_example_fires_and_its_fix_passes() {
    let mut failures = Vec::new();
    for r in clusterfit::rules::all() {
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

#[test]
fn docs_rules_md_is_generated_from_the_registry() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/rules.md");
    let fresh = clusterfit::rules::catalog_markdown();
    if std::env::var_os("CLUSTERFIT_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == fresh,
        "docs/rules.md is stale: run `make docs` (CLUSTERFIT_BLESS=1 cargo test -p clusterfit --test catalog)"
    );
}
