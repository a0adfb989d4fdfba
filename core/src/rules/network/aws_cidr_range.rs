//! `aws-cidr-range`: aws: VPC, each secondary block and each subnet prefix between /16 and /28
use super::{need_network, resized, subnet_label, subnet_path};
use crate::input::model::Provider;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;
use ipnet::Ipv4Net;

pub static RULE: Rule = Rule {
    id: "aws-cidr-range",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "CIDR block outside the /16 to /28 range AWS allows",
    what: "On aws, the VPC block, every secondary block of the VPC (`network.secondaryCidrs`) \
and every subnet block must have a prefix length between /16 (65,536 addresses) and /28 (16 \
addresses). Each block outside that range is one finding, at `network.vpcCidr`, at the entry of \
`network.secondaryCidrs` or at the subnet's `cidr`.",
    why: "AWS rejects a VPC block, an additional VPC block or a subnet block larger than /16 or \
smaller than /28: the plan cannot be created as written.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"Note: AWS only allows CIDR block between /16 to /28.\" Amazon VPC User Guide, \
\"VPC CIDR blocks\" (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html): \
\"The allowed block size is between a /16 netmask (65,536 IP addresses) and /28 netmask (16 IP \
addresses).\" and \"After you've created your VPC, you can associate additional IPv4 CIDR blocks \
with the VPC.\"; for those added blocks: \"The allowed block size is between a /28 netmask and \
/16 netmask.\"; subnets: Amazon VPC User Guide, \"Subnet CIDR blocks\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html).",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/15"}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/16"}}"#,
    },
    check: Some(check),
};

/// Largest and smallest block AWS allows.
const LARGEST: u8 = 16;
const SMALLEST: u8 = 28;

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    match cx.network().and_then(|n| n.vpc_cidr.as_ref()) {
        Some(vpc) => range(
            e,
            || "/network/vpcCidr".into(),
            || "VPC CIDR".into(),
            &vpc.net,
        ),
        None => need_network(cx, e, "vpcCidr", "whether the VPC block is one AWS allows"),
    }
    let secondary = cx.network().and_then(|n| n.secondary_cidrs.as_deref());
    for c in secondary.unwrap_or(&[]) {
        range(
            e,
            || msg!("/network/secondaryCidrs/", c.index),
            || "secondary CIDR".into(),
            &c.value.net,
        );
    }
    for s in cx.subnets() {
        if let Some(c) = &s.cidr {
            range(
                e,
                || subnet_path(s, "cidr"),
                || msg!(subnet_label(s), " CIDR"),
                &c.net,
            );
        }
    }
}

/// `path` and `what` are only built when the block is out of range.
fn range(
    e: &mut Emitter<'_>,
    path: impl FnOnce() -> String,
    what: impl FnOnce() -> String,
    net: &Ipv4Net,
) {
    let prefix = net.prefix_len();
    let (bound, side) = if prefix < LARGEST {
        (LARGEST, "larger than /16, the largest")
    } else if prefix > SMALLEST {
        (SMALLEST, "smaller than /28, the smallest")
    } else {
        return;
    };
    let fix = if bound == LARGEST {
        "smaller"
    } else {
        "larger"
    };
    let what = what();
    e.emit(
        path(),
        msg!(what, " `", net, "` is ", side, " block AWS allows"),
        Some(msg!(
            "AWS blocks range from /16 to /28: use a /",
            bound,
            " or ",
            fix,
            " block, for example `",
            resized(net, bound),
            '`'
        )),
    );
}
