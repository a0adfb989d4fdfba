//! `subnet-overlap`: two subnets overlap (reported on the later one, message names the earlier)
use super::{self_overlaps, subnet_label, subnet_path};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use ipnet::IpNet;

pub static RULE: Rule = Rule {
    id: "subnet-overlap",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "two subnets share addresses",
    what: "No two subnets may share an address. Each overlapping pair is one finding, reported at \
the `cidr` of the later subnet (in document order); the message names the earlier one. Adjacent \
blocks (`10.0.0.0/24` and `10.0.1.0/24`) do not overlap.",
    why: "A cloud refuses to create a subnet that overlaps another in the same VPC, and on a \
plain network overlapping subnets make routing ambiguous: nodes in one become unreachable from \
the other.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"Create in total three subnets. Two private subnets and one public subnet in \
same VPC.\" Amazon VPC User Guide, \"Subnet CIDR blocks\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html): \"If you create more than \
one subnet in a VPC, the CIDR blocks of the subnets cannot overlap.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/23", "type": "private"},
  {"name": "private-b", "cidr": "10.0.1.0/24", "type": "private"}]}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/24", "type": "private"},
  {"name": "private-b", "cidr": "10.0.1.0/24", "type": "private"}]}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let with_cidr: Vec<_> = cx
        .subnets()
        .iter()
        .filter_map(|s| s.cidr.as_ref().map(|c| (s, c)))
        .collect();
    let nets: Vec<IpNet> = with_cidr.iter().map(|(_, c)| IpNet::V4(c.net)).collect();
    // Pairs by (later, earlier) in document order, found without comparing every pair.
    for (i, j) in self_overlaps(&nets) {
        let (Some((earlier, a)), Some((later, b))) = (with_cidr.get(i), with_cidr.get(j)) else {
            continue;
        };
        e.emit(
            subnet_path(later, "cidr"),
            format!(
                "{} CIDR `{}` overlaps {} CIDR `{}`",
                subnet_label(later),
                b.net,
                subnet_label(earlier),
                a.net
            ),
            Some("give every subnet its own block of the VPC".to_string()),
        );
    }
}
