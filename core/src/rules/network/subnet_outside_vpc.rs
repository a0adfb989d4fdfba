//! `subnet-outside-vpc`: subnet not inside the VPC CIDR
use super::{need_network, subnet_label, subnet_path};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "subnet-outside-vpc",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "subnet outside the VPC block",
    what: "Every subnet's `cidr` must lie entirely inside `network.vpcCidr`. A subnet that starts \
outside the VPC, or is larger than the VPC, is reported at its `cidr`. Silent when the VPC block \
is not given.",
    why: "A subnet is carved out of its VPC: the cloud refuses a subnet block outside the VPC's \
range, and on-prem nodes in such a subnet are not on the node network the cluster was planned \
for.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"Create in total three subnets. Two private subnets and one public subnet in \
same VPC.\" Amazon VPC User Guide, \"Subnet CIDR blocks\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html): a subnet's block is \"a \
subset of the CIDR block for the VPC\"; Amazon VPC User Guide, \"VPC CIDR blocks\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html): \"After you've created \
your VPC, you can associate additional IPv4 CIDR blocks with the VPC.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21",
  "subnets": [{"name": "private-a", "cidr": "10.0.8.0/24", "type": "private"}]}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21",
  "subnets": [{"name": "private-a", "cidr": "10.0.0.0/24", "type": "private"}]}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    if cx.subnets().is_empty() {
        return;
    }
    let Some(vpc) = cx.network().and_then(|n| n.vpc_cidr.as_ref()) else {
        need_network(cx, e, "vpcCidr", "whether every subnet lies inside the VPC");
        return;
    };
    for s in cx.subnets() {
        let Some(c) = &s.cidr else { continue };
        if vpc.net.contains(&c.net) {
            continue;
        }
        e.emit(
            subnet_path(s, "cidr"),
            format!(
                "{} CIDR `{}` is not inside the VPC CIDR `{}`",
                subnet_label(s),
                c.net,
                vpc.net
            ),
            Some(format!(
                "choose a block between `{}` and `{}`",
                vpc.net.network(),
                vpc.net.broadcast()
            )),
        );
    }
}
