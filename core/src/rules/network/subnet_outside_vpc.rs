//! `subnet-outside-vpc`: subnet not inside the VPC CIDR or one of its secondary blocks
use super::{inside_any, need_network, subnet_label, subnet_path, vpc_blocks};
use crate::input::model::SubnetType;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;
use ipnet::IpNet;

pub static RULE: Rule = Rule {
    id: "subnet-outside-vpc",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "subnet outside the VPC block",
    what: "Every subnet's `cidr` must lie entirely inside one block of the VPC: \
`network.vpcCidr` or one of `network.secondaryCidrs` (the further IPv4 blocks associated with the \
same VPC; EKS custom networking puts its `pod` subnets there). A subnet that starts outside every \
block, is larger than its block, or straddles two blocks is reported at its `cidr`. Silent when \
the subnet lies in no secondary block and `vpcCidr` is not given.",
    why:
        "A subnet is carved out of one block of its VPC: the cloud refuses a subnet block outside \
the VPC's ranges, and on-prem nodes in such a subnet are not on the node network the cluster was \
planned for.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"Create in total three subnets. Two private subnets and one public subnet in \
same VPC.\" Amazon VPC User Guide, \"Subnet CIDR blocks\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html): a subnet's block is \"a \
subset of the CIDR block for the VPC\"; Amazon VPC User Guide, \"VPC CIDR blocks\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html): \"After you've created \
your VPC, you can associate additional IPv4 CIDR blocks with the VPC.\" Amazon EKS User Guide, \
\"Deploy Pods in alternate subnets with custom networking\" \
(https://docs.aws.amazon.com/eks/latest/userguide/cni-custom-network.html): \"Even though Pods \
deployed to subnets specified for secondary network interfaces can use different subnet and \
security groups than the node's primary network interface, the subnets and security groups must \
be in the same VPC as the node.\"",
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
    let Some(network) = cx.network() else { return };
    let blocks = vpc_blocks(network);
    if blocks.is_empty() {
        need_network(cx, e, "vpcCidr", "whether every subnet lies inside the VPC");
        return;
    }
    let outer: Vec<IpNet> = blocks.iter().map(|(_, b)| IpNet::V4(**b)).collect();
    let with_cidr: Vec<_> = cx
        .subnets()
        .iter()
        .filter_map(|s| s.cidr.as_ref().map(|c| (s, c)))
        .collect();
    let inner: Vec<IpNet> = with_cidr.iter().map(|(_, c)| IpNet::V4(c.net)).collect();
    let inside = inside_any(&outer, &inner);
    let secondary = blocks
        .len()
        .saturating_sub(usize::from(network.vpc_cidr.is_some()));
    let mut needed = false;
    for (&(s, c), inside) in with_cidr.iter().zip(inside) {
        if inside {
            continue;
        }
        let Some(vpc) = &network.vpc_cidr else {
            if !needed {
                needed = true;
                need_network(cx, e, "vpcCidr", "whether every subnet lies inside the VPC");
            }
            continue;
        };
        let (outside, hint) = match (secondary, blocks.get(1)) {
            (0, _) | (_, None) => {
                let hint = if s.kind == Some(SubnetType::Pod) {
                    msg!(
                        "choose a block between `",
                        vpc.net.network(),
                        "` and `",
                        vpc.net.broadcast(),
                        "`, or list the VPC's secondary block \
                         that holds it in `network.secondaryCidrs`"
                    )
                } else {
                    msg!(
                        "choose a block between `",
                        vpc.net.network(),
                        "` and `",
                        vpc.net.broadcast(),
                        '`'
                    )
                };
                (msg!("the VPC CIDR `", vpc.net, '`'), hint)
            }
            (1, Some((_, other))) => (
                msg!(
                    "the VPC CIDR `",
                    vpc.net,
                    "` or its secondary CIDR `",
                    other,
                    '`'
                ),
                msg!(
                    "choose a block inside `",
                    vpc.net,
                    "` or `",
                    other,
                    "`, or associate a further block with \
                     the VPC and list it in `network.secondaryCidrs`"
                ),
            ),
            (n, _) => (
                msg!(
                    "the VPC CIDR `",
                    vpc.net,
                    "` or any of its ",
                    n,
                    " secondary CIDRs"
                ),
                "choose a block inside the VPC CIDR or one of its secondary CIDRs, or associate \
                 a further block with the VPC and list it in `network.secondaryCidrs`"
                    .to_string(),
            ),
        };
        e.emit(
            subnet_path(s, "cidr"),
            msg!(
                subnet_label(s),
                " CIDR `",
                c.net,
                "` is not inside ",
                outside
            ),
            Some(hint),
        );
    }
}
