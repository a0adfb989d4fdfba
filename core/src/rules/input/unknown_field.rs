//! `unknown-field`: a key is not in the schema
use crate::rules::{Area, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "unknown-field",
    severity: Severity::Warning,
    area: Area::Input,
    providers: &[],
    title: "a key is not in the schema",
    what: "A key is not part of the schema, which catches typos such as `vpcCdir`; the hint names the closest known key. Free-form maps (`labels`, `tags`, `parameters`, `metadata`) are never flagged, and a storage class may carry every field of the Kubernetes StorageClass API (`apiVersion`, `kind`, `mountOptions`, `allowedTopologies`, …). A top-level `$schema` key is accepted for editors.",
    why: "A misspelt key is a value that silently does not count: the rules treat the real field as absent and stay quiet.",
    source: "clusterfit input format (docs/input.md), which lists every key; a storage class may \
also carry the fields of the Kubernetes API reference, \"StorageClass\" \
(https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/storage-class-v1/). \
RFC 6901, JSON Pointer (https://www.rfc-editor.org/rfc/rfc6901), the form of every finding's \
path: \"JSON Pointer defines a string syntax for identifying a specific value within a JavaScript \
Object Notation (JSON) document.\"",
    example: Example {
        options: r#"{}"#,
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "network": {"vpcCdir": "10.0.0.0/21"}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "network": {"vpcCidr": "10.0.0.0/21"}}"#,
    },
    check: None,
};
