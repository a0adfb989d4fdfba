//! `required-field`: a required field is missing
use crate::rules::{Area, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "required-field",
    severity: Severity::Error,
    area: Area::Input,
    providers: &[],
    title: "a required field is missing",
    what: "A required field is absent: `provider` and `kubernetes.version` always; and, inside an object that is present, `ingress.fqdn`, a node pool's `name` and `role`, a subnet's `cidr` and `type`, a storage class's `metadata.name` and `provisioner`, an object store's `type`. The path is the pointer where the field belongs.",
    why: "Without these values the other rules cannot tell which requirements apply (a pool without a role has no sizing requirement; a cluster without a provider gets none of the provider rules).",
    source: "clusterfit input format (docs/input.md): `provider` and `kubernetes.version` are \
required, and inside an object that is present its identifying fields (`ingress.fqdn`, a pool's \
`name` and `role`, a subnet's `cidr` and `type`, a class's `metadata.name` and `provisioner`, a \
store's `type`). RFC 6901, JSON Pointer (https://www.rfc-editor.org/rfc/rfc6901), the form of \
every finding's path: \"JSON Pointer defines a string syntax for identifying a specific value \
within a JavaScript Object Notation (JSON) document.\"",
    example: Example {
        options: r#"{}"#,
        fails: r#"{"kubernetes": {"version": "1.30"}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}}"#,
    },
    check: None,
};
