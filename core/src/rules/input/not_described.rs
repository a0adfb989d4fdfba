//! `not-described`: a value a rule needed is absent (strict)
use crate::rules::{Area, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "not-described",
    severity: Severity::Warning,
    area: Area::Input,
    providers: &[],
    title: "a value a rule needed is absent (strict)",
    what: "Only with `strict: true`: a section or value that a rule needed is absent from the document (no `storageClasses`, no `ntp`, a pool without `cpu`, …). One finding per missing item, at the pointer where it belongs, naming the first rule that needed it.",
    why: "Absent means unknown, so a half-filled form shows no noise. Before an install, unknown is not good enough: strict mode lists every requirement that could not be checked.",
    source: "clusterfit input format (docs/input.md), options: with `strict: true` each value a \
rule needed and the document left out is reported where it belongs. RFC 6901, JSON Pointer \
(https://www.rfc-editor.org/rfc/rfc6901), the form of every finding's path: \"JSON Pointer \
defines a string syntax for identifying a specific value within a JavaScript Object Notation \
(JSON) document.\"",
    example: Example {
        options: r#"{"strict": true, "disable": ["zone-without-subnet", "private-subnet-count", "storage-class-missing", "backup-storage-missing", "fqdn-invalid", "node-pool-missing"]}"#,
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "availabilityZones": ["a"]}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "availabilityZones": ["a"], "ntp": true}"#,
    },
    check: None,
};
