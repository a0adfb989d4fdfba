//! The report: findings as data, a summary, and facts for a UI.
use crate::json_out::{self as w, Obj};
use crate::severity::Severity;
use serde::Serialize;

/// One problem found in the description.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct Finding {
    /// Stable rule id from the catalog, e.g. `vpc-cidr-size`.
    pub rule: &'static str,
    /// Severity after profile and options overrides.
    pub severity: Severity,
    /// RFC 6901 JSON Pointer into the input, e.g. `/network/vpcCidr`.
    pub path: String,
    /// What is wrong: names the offending value and the requirement.
    pub message: String,
    /// What to do about it (absent when there is nothing more to say).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Summary {
    /// Number of error findings.
    pub errors: usize,
    /// Number of warning findings.
    pub warnings: usize,
    /// Number of info findings.
    pub infos: usize,
}

/// The answer of [`crate::validate`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Report {
    /// No finding at or above `failOn`.
    pub valid: bool,
    /// The profile's name (`katonic`, `domino`, or a custom profile's `name`).
    pub profile: String,
    /// Counts by severity, of every finding (listed or not).
    pub summary: Summary,
    /// The findings in a deterministic order: the first 1,000, then one `too-many-findings`
    /// when there are more.
    pub findings: Vec<Finding>,
    /// Computed values useful to a UI (in Rust it reads as a `serde_json::Value` through `Deref`).
    #[cfg_attr(feature = "ts", ts(as = "crate::facts::FactsData"))]
    pub facts: crate::facts::Facts,
    /// What was checked: how many rules ran, which stayed silent somewhere for lack of data,
    /// how many did not apply.
    pub coverage: Coverage,
    /// Findings removed by an `ignore` option, with its reason (the first 1,000).
    pub suppressed: Vec<Suppressed>,
}

/// What a validation checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    /// Rules that ran: not disabled, not `off`, and for this provider and profile.
    pub ran: usize,
    /// Rules that stayed silent somewhere because a value they need was absent (exactly the
    /// rules `strict` would report as `not-described`), in registry order.
    pub lacking_data: Vec<&'static str>,
    /// Rules that did not run for this provider, profile or options.
    pub not_applicable: usize,
}

/// A finding an `ignore` option removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct Suppressed {
    pub rule: &'static str,
    pub path: String,
    /// The ignore entry's `reason`, when it gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Report {
    /// The report as compact JSON, the exact bytes every binding returns.
    /// Written by hand (`json_out`): the bytes of `serde_json::to_string` with the derived
    /// `Serialize` (a test compares both on every fixture), without a serializer per type.
    pub fn to_json(&self) -> String {
        // The findings' text plus their keys, and about 1 KB for the rest (the facts of a
        // usual document): one allocation for most reports.
        let findings: usize = self
            .findings
            .iter()
            .map(|f| 80 + f.path.len() + f.message.len() + f.hint.as_ref().map_or(0, String::len))
            .sum();
        let mut out = String::with_capacity(1024 + findings);
        let mut o = Obj::new(&mut out);
        w::bool(o.key("valid"), self.valid);
        w::string(o.key("profile"), &self.profile);
        let mut summary = Obj::new(o.key("summary"));
        w::uint(summary.key("errors"), self.summary.errors as u64);
        w::uint(summary.key("warnings"), self.summary.warnings as u64);
        w::uint(summary.key("infos"), self.summary.infos as u64);
        summary.end();
        w::list(o.key("findings"), &self.findings, |out, f| {
            let mut fo = Obj::new(out);
            w::string(fo.key("rule"), f.rule);
            w::string(fo.key("severity"), f.severity.as_str());
            w::string(fo.key("path"), &f.path);
            w::string(fo.key("message"), &f.message);
            if let Some(hint) = &f.hint {
                w::string(fo.key("hint"), hint);
            }
            fo.end();
        });
        self.facts.write_json(o.key("facts"));
        let mut coverage = Obj::new(o.key("coverage"));
        w::uint(coverage.key("ran"), self.coverage.ran as u64);
        w::strings(
            coverage.key("lackingData"),
            self.coverage.lacking_data.iter().copied(),
        );
        w::uint(
            coverage.key("notApplicable"),
            self.coverage.not_applicable as u64,
        );
        coverage.end();
        w::list(o.key("suppressed"), &self.suppressed, |out, s| {
            let mut so = Obj::new(out);
            w::string(so.key("rule"), s.rule);
            w::string(so.key("path"), &s.path);
            if let Some(reason) = &s.reason {
                w::string(so.key("reason"), reason);
            }
            so.end();
        });
        o.end();
        out
    }

    /// The report as a `serde_json::Value`.
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}

#[cfg(test)]
mod tests {
    /// The hand-written `to_json` is the derived `Serialize` through serde_json, byte for byte,
    /// on every fixture case and example document (with its options).
    #[test]
    fn to_json_is_the_derived_serialization_on_every_fixture() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
        let mut files = Vec::new();
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let p = entry.unwrap().path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|e| e == "json") {
                    files.push(p);
                }
            }
        }
        let mut checked = 0;
        for file in files {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
            let mut docs = Vec::new();
            match v.get("cases").and_then(|c| c.as_array()) {
                Some(cases) => {
                    for case in cases {
                        docs.push((case["input"].clone(), case.get("options").cloned()));
                    }
                }
                None => docs.push((v, None)),
            }
            for (doc, options) in docs {
                let options = options
                    .and_then(|o| crate::Options::from_value(&o).ok())
                    .unwrap_or_default();
                if let Ok(report) = crate::validate(&doc, &options) {
                    assert_eq!(report.to_json(), serde_json::to_string(&report).unwrap());
                    checked += 1;
                }
            }
        }
        assert!(checked > 300, "{checked}");
    }
}
