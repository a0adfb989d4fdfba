//! `cidr-host-bits`: a CIDR has host bits set
use crate::rules::{Area, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "cidr-host-bits",
    severity: Severity::Warning,
    area: Area::Input,
    providers: &[],
    title: "a CIDR has host bits set",
    what: "A CIDR has bits set after its prefix (`10.0.0.5/21`). The hint gives the network it stands for (`10.0.0.0/21`); the other checks go on with that network.",
    why: "Cloud APIs reject such blocks, or silently use the network, which is rarely what the author meant.",
    source: "clusterfit input format (docs/input.md): a CIDR field names a network. RFC 4632, \
section 3.1 (https://www.rfc-editor.org/rfc/rfc4632#section-3.1), on `172.16.0.0/16`: \"the mask \
to extract the network portion of the prefix is a 32-bit value where the most significant 16 bits \
are ones and the least significant 16 bits are zeros\"; the bits after the prefix are not part of \
the network.",
    example: Example {
        options: r#"{}"#,
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "network": {"vpcCidr": "10.0.0.5/21"}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "network": {"vpcCidr": "10.0.0.0/21"}}"#,
    },
    check: None,
};
