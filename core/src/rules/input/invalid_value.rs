//! `invalid-value`: a field has an impossible value
use crate::rules::{Area, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "invalid-value",
    severity: Severity::Error,
    area: Area::Input,
    providers: &[],
    title: "a field has an impossible value",
    what: "A field has the right type but an impossible value: an unknown enum value (`provider: azur`), a negative cpu, `minNodes` above `maxNodes`, a duplicate pool or storage class name, an unparsable quantity or Kubernetes version, a port outside 1–65535. The hint suggests the closest valid spelling.",
    why: "Such a value cannot be checked against any requirement; it is almost always a typo.",
    source: "clusterfit input format (docs/input.md), which lists each field's allowed values; \
Kubernetes API reference, \"Quantity\" \
(https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/), the syntax of \
`cpu`, `memory` and disk sizes: \"Quantity is a fixed-point representation of a number.\" RFC \
6901, JSON Pointer (https://www.rfc-editor.org/rfc/rfc6901), the form of every finding's path: \
\"JSON Pointer defines a string syntax for identifying a specific value within a JavaScript \
Object Notation (JSON) document.\"",
    example: Example {
        options: r#"{}"#,
        fails: r#"{"provider": "azur", "kubernetes": {"version": "1.30"}}"#,
        passes: r#"{"provider": "azure", "kubernetes": {"version": "1.30"}}"#,
    },
    check: None,
};
