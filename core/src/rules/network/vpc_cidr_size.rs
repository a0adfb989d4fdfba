//! `vpc-cidr-size`: aws: VPC block smaller than the profile minimum: prefix length > 21
use super::{need_network, resized};
use crate::input::model::Provider;
use crate::net::size;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "vpc-cidr-size",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "VPC CIDR block too small",
    what: "On aws, the VPC block `network.vpcCidr` must be at least as large as the profile asks: \
its prefix length may not exceed the profile's `network.vpcMaxPrefix` (katonic: /21, 2048 \
addresses). A profile without a VPC minimum (domino) never fires this rule. Other providers are \
not checked: the vendor states the size for an EKS cluster only (a Kubespray /24 node VLAN is \
fine; the pods' room is `pod-address-space`'s business).",
    why: "The nodes, the pods (with `aws-vpc-cni` every pod takes a VPC address), the load \
balancers and the NAT gateway all draw from the VPC block, and a VPC's primary block cannot be \
resized later: a VPC that is too small means rebuilding the cluster.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"Note: To deploy the Katonic platform on an EKS cluster, it is essential to \
create a Virtual Private Cloud (VPC) with a CIDR range of at least /21.\" The sentence is about \
an EKS cluster; the on-premises and AKS requirements of the Katonic documentation name no network \
size, so the rule runs on aws only.",
    example: Example {
        options: r#"{"profile": "katonic"}"#,
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/22"}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21"}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(max) = cx.profile.network.vpc_max_prefix else {
        return;
    };
    let Some(vpc) = cx.network().and_then(|n| n.vpc_cidr.as_ref()) else {
        need_network(cx, e, "vpcCidr", "whether the VPC block is large enough");
        return;
    };
    let prefix = vpc.net.prefix_len();
    if prefix <= max {
        return;
    }
    e.emit(
        "/network/vpcCidr",
        msg!(
            "VPC CIDR `",
            vpc.net,
            "` is smaller than /",
            max,
            ": ",
            size(prefix),
            " addresses, the ",
            cx.profile.name,
            " profile needs ",
            size(max)
        ),
        Some(msg!(
            "use a /",
            max,
            " or larger block, for example `",
            resized(&vpc.net, max),
            '`'
        )),
    );
}
