//! The report: findings as data, a summary, and facts for a UI.
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
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// The report as a `serde_json::Value`.
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}
