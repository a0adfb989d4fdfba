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
    source: "clusterfit input format (docs/input.md), which gives every field its JSON type; RFC \
8259, The JavaScript Object Notation (JSON) Data Interchange Format \
(https://www.rfc-editor.org/rfc/rfc8259): \"JSON can represent four primitive types (strings, \
numbers, booleans, and null) and two structured types (objects and arrays).\" RFC 6901, JSON \
Pointer (https://www.rfc-editor.org/rfc/rfc6901), the form of every finding's path: \"JSON \
Pointer defines a string syntax for identifying a specific value within a JavaScript Object \
Notation (JSON) document.\"",
    example: Example {
        options: r#"{}"#,
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "ntp": "yes"}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "ntp": true}"#,
    },
    check: None,
};
