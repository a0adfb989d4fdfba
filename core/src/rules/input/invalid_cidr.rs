//! `invalid-cidr`: a CIDR does not parse
use crate::rules::{Area, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "invalid-cidr",
    severity: Severity::Error,
    area: Area::Input,
    providers: &[],
    title: "a CIDR does not parse",
    what: "A CIDR field (`vpcCidr`, `secondaryCidrs`, `podCidr`, `serviceCidr`, `peeredCidrs`, a subnet's `cidr`) does not parse as an address with a prefix length, or is IPv6 where IPv4 is required (`vpcCidr`, `secondaryCidrs` and subnets).",
    why: "Every network rule works on the parsed block; a block that does not parse cannot be sized or checked for overlaps.",
    source: "clusterfit input format (docs/input.md): `vpcCidr` and subnet `cidr` are IPv4 blocks \
in CIDR notation. RFC 4632, section 3.1 (https://www.rfc-editor.org/rfc/rfc4632#section-3.1): \"a \
prefix is shown as a 4-octet quantity … followed by a decimal value between 0 and 32 that \
describes the number of significant bits.\" Amazon VPC User Guide, \"VPC CIDR blocks\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html): \"A VPC must have an \
associated IPv4 CIDR block.\"",
    example: Example {
        options: r#"{}"#,
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "network": {"vpcCidr": "10.0.0.0/33"}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"}, "network": {"vpcCidr": "10.0.0.0/21"}}"#,
    },
    check: None,
};
