//! `invalid-cidr`: a CIDR does not parse
use crate::rules::{Area, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "invalid-cidr",
    severity: Severity::Error,
    area: Area::Input,
    providers: &[],
    title: "a CIDR does not parse",
    what: "A CIDR field (`vpcCidr`, `podCidr`, `serviceCidr`, `peeredCidrs`, a subnet's `cidr`) does not parse as an address with a prefix length, or is IPv6 where IPv4 is required (`vpcCidr` and subnets).",
    why: "Every network rule works on the parsed block; a block that does not parse cannot be sized or checked for overlaps.",
    source: "clusterfit input schema (SPEC §2, §5); seed 004 (the VPC and subnets are IPv4 CIDR blocks).",
    example: Example {
        options: r#"{}"#,
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "network": {"vpcCidr": "10.0.0.0/33"}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "network": {"vpcCidr": "10.0.0.0/21"}}"#,
    },
    check: None,
};
