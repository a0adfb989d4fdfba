//! Severities: how serious a finding is, and how options and profiles spell an override.
//! A leaf of the crate: every layer may use it, it uses nothing of the crate.
use serde::{Deserialize, Serialize};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Informational only.
    Info,
    /// The platform may install, but something will hurt.
    Warning,
    /// The platform will not install or will not work.
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A severity as options and profiles spell it: `error | warning | info | off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum SeverityLevel {
    Error,
    Warning,
    Info,
    /// The rule does not run.
    Off,
}

impl SeverityLevel {
    pub(crate) fn parse(s: &str) -> Option<Self> {
        match s {
            "error" => Some(SeverityLevel::Error),
            "warning" => Some(SeverityLevel::Warning),
            "info" => Some(SeverityLevel::Info),
            "off" => Some(SeverityLevel::Off),
            _ => None,
        }
    }

    /// The finding severity, or `None` for `off`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            SeverityLevel::Error => Some(Severity::Error),
            SeverityLevel::Warning => Some(Severity::Warning),
            SeverityLevel::Info => Some(Severity::Info),
            SeverityLevel::Off => None,
        }
    }
}
