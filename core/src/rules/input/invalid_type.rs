//! `invalid-type`: a field has the wrong JSON type
use crate::rules::{Area, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "invalid-type",
    severity: Severity::Error,
    area: Area::Input,
    providers: &[],
    title: "a field has the wrong JSON type",
    what: "A field holds the wrong JSON type: a string where a number is expected, an object where a list is expected, and so on. The field is then treated as unknown, so no other rule speaks about it.",
    why: "A form or a generator that writes the wrong type would otherwise be silently ignored, and the cluster would look compliant.",
    source: "clusterfit input schema (SPEC §2, §5).",
    example: Example {
        options: r#"{}"#,
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "ntp": "yes"}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "ntp": true}"#,
    },
    check: None,
};
