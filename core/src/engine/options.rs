//! Options: which profile, which rules, what counts as failure.
use crate::error::Error;
use crate::input::{pointer, ticks};
use crate::profile::ProfileChoice;
use crate::severity::{Severity, SeverityLevel};
use crate::text::msg;
use serde_json::Value;
use std::collections::BTreeMap;

/// What makes `valid` false.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "lowercase"))]
pub enum FailOn {
    /// Any error finding (the default).
    #[default]
    Error,
    /// Any error or warning finding.
    Warning,
}

impl FailOn {
    /// The lowest severity that fails validation.
    pub fn threshold(self) -> Severity {
        match self {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
        }
    }
}

/// Suppresses findings of a rule (or of every rule) at a path and below.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct Ignore {
    /// The rule id; absent (`None`) means every rule.
    pub rule: Option<String>,
    /// A JSON Pointer; absent (`None`) means everywhere. Whole segments: `/nodePools/2` is not
    /// `/nodePools/20`.
    pub path: Option<String>,
    /// Why, echoed in the report's `suppressed` list.
    pub reason: Option<String>,
}

/// Validation options.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename_all = "camelCase"))]
pub struct Options {
    /// `katonic` (default), `domino`, `dataiku`, or a custom profile object.
    #[cfg_attr(feature = "ts", ts(type = "string | CustomProfile", optional))]
    pub profile: ProfileChoice,
    /// Rule ids not to run.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub disable: Vec<String>,
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    /// Findings to suppress (rule, path or both), each with an optional reason.
    pub ignore: Vec<Ignore>,
    /// Per-rule severity overrides; they win over the profile's.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub severity: BTreeMap<String, SeverityLevel>,
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    /// What makes `valid` false: `error` (default) or `warning`.
    pub fail_on: FailOn,
    /// The gate: report what rules needed but the document left out (`not-described`), and make
    /// `not-described` and `unknown-field` errors.
    #[cfg_attr(feature = "ts", ts(as = "Option<_>", optional))]
    pub strict: bool,
}

const KEYS: &[&str] = &[
    "profile", "disable", "ignore", "severity", "failOn", "strict",
];

impl Options {
    /// Reads the options object. `null` means defaults. Shape errors are `OPTIONS_INVALID`;
    /// rule ids and profile names are checked when validation starts.
    pub fn from_value(v: &Value) -> Result<Options, Error> {
        let m = match v {
            Value::Null => return Ok(Options::default()),
            Value::Object(m) => m,
            _ => return Err(Error::options("options must be an object")),
        };
        let mut o = Options::default();
        for (key, value) in m {
            if value.is_null() {
                continue;
            }
            match key.as_str() {
                "profile" => o.profile = ProfileChoice::from_value(value)?,
                "disable" => o.disable = string_list(value, "disable")?,
                "ignore" => o.ignore = ignores(value)?,
                "severity" => {
                    let Value::Object(sm) = value else {
                        return Err(Error::options(
                            "`severity` must be an object of rule id → level",
                        ));
                    };
                    for (rule, level) in sm {
                        let level =
                            level
                                .as_str()
                                .and_then(SeverityLevel::parse)
                                .ok_or_else(|| {
                                    Error::options(msg!(
                                        "`severity.",
                                        rule,
                                        "` must be `error`, `warning`, `info` or `off`"
                                    ))
                                })?;
                        o.severity.insert(rule.clone(), level);
                    }
                }
                "failOn" => {
                    o.fail_on = match value.as_str() {
                        Some("error") => FailOn::Error,
                        Some("warning") => FailOn::Warning,
                        _ => return Err(Error::options("`failOn` must be `error` or `warning`")),
                    }
                }
                "strict" => {
                    o.strict = value
                        .as_bool()
                        .ok_or_else(|| Error::options("`strict` must be `true` or `false`"))?
                }
                other => {
                    let hint = crate::input::closest(other, KEYS)
                        .map(|k| msg!(" (did you mean `", k, "`?)"))
                        .unwrap_or_default();
                    return Err(Error::options(msg!(
                        "unknown option `",
                        other,
                        '`',
                        hint,
                        ": expected ",
                        ticks(KEYS.iter())
                    )));
                }
            }
        }
        Ok(o)
    }

    /// Checks every rule id the options name against the registry.
    pub(crate) fn check_rule_ids(&self) -> Result<(), Error> {
        let named = self
            .disable
            .iter()
            .map(|r| ("disable", r))
            .chain(self.severity.keys().map(|r| ("severity", r)))
            .chain(
                self.ignore
                    .iter()
                    .filter_map(|i| i.rule.as_ref())
                    .map(|r| ("ignore", r)),
            );
        for (option, rule) in named {
            if crate::rules::find(rule).is_none() {
                let hint = crate::input::closest(rule, &crate::rules::ids())
                    .map(|k| msg!(" (did you mean `", k, "`?)"))
                    .unwrap_or_default();
                return Err(Error::options(msg!(
                    "unknown rule id `",
                    rule,
                    "` in `",
                    option,
                    '`',
                    hint
                )));
            }
        }
        Ok(())
    }
}

fn string_list(v: &Value, name: &str) -> Result<Vec<String>, Error> {
    let err = || Error::options(msg!('`', name, "` must be an array of rule ids"));
    v.as_array()
        .ok_or_else(err)?
        .iter()
        .map(|x| x.as_str().map(str::to_string).ok_or_else(err))
        .collect()
}

fn ignores(v: &Value) -> Result<Vec<Ignore>, Error> {
    let err = || {
        Error::options(
            "`ignore` must be an array of `{\"rule\": …, \"path\": …, \"reason\": …}` objects",
        )
    };
    let mut out = Vec::new();
    for item in v.as_array().ok_or_else(err)? {
        let m = item.as_object().ok_or_else(err)?;
        let mut ig = Ignore {
            rule: None,
            path: None,
            reason: None,
        };
        for (k, x) in m {
            match (k.as_str(), x) {
                ("rule", Value::String(s)) => ig.rule = Some(s.clone()),
                ("path", Value::String(s)) => {
                    if !pointer::is_valid(s) {
                        return Err(Error::options(msg!(
                            "`ignore` path `",
                            s,
                            "` is not a JSON Pointer (it starts with `/`)"
                        )));
                    }
                    ig.path = Some(s.clone());
                }
                ("reason", Value::String(s)) => ig.reason = Some(s.clone()),
                (_, Value::Null) => {}
                _ => return Err(err()),
            }
        }
        if ig.rule.is_none() && ig.path.is_none() {
            return Err(Error::options(
                "an `ignore` entry needs a `rule`, a `path` or both",
            ));
        }
        out.push(ig);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_every_option() {
        let o = Options::from_value(&json!({
            "profile": "domino", "disable": ["node-os"], "strict": true, "failOn": "warning",
            "ignore": [{"rule": "node-cpu", "path": "/nodePools/2"}],
            "severity": {"storage-ssd": "error", "ntp": "off"}
        }))
        .unwrap();
        assert_eq!(o.profile, ProfileChoice::Named("domino".into()));
        assert_eq!(o.disable, vec!["node-os"]);
        assert!(o.strict);
        assert_eq!(o.fail_on, FailOn::Warning);
        assert_eq!(o.severity["ntp"], SeverityLevel::Off);
        assert_eq!(o.ignore[0].path.as_deref(), Some("/nodePools/2"));
    }

    #[test]
    fn malformed_options_are_errors() {
        for bad in [
            json!(3),
            json!({"profle": "katonic"}),
            json!({"disable": "node-os"}),
            json!({"severity": {"ntp": "fatal"}}),
            json!({"failOn": "info"}),
            json!({"strict": "yes"}),
            json!({"ignore": [{"rule": 1}]}),
            json!({"ignore": [{"path": "nodePools"}]}),
            json!({"ignore": [{}]}),
        ] {
            let e = Options::from_value(&bad).unwrap_err();
            assert_eq!(e.code, crate::ErrorCode::OptionsInvalid, "{bad}");
        }
    }
}
