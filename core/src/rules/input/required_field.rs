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
    source: "clusterfit input schema (SPEC §2, §5).",
    example: Example {
        options: r#"{}"#,
        fails: r#"{"kubernetes": {"version": "1.30"}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}}"#,
    },
    check: None,
};
