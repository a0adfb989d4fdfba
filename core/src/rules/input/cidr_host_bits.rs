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
    source: "clusterfit input schema (SPEC §5); RFC 4632.",
    example: Example {
        options: r#"{}"#,
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "network": {"vpcCidr": "10.0.0.5/21"}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "network": {"vpcCidr": "10.0.0.0/21"}}"#,
    },
    check: None,
};
