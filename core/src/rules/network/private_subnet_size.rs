//! `private-subnet-size`: aws: a private subnet smaller than /24: prefix length > 24 (a /25 or smaller cannot hold the pods)
use super::{resized, subnet_path};
use crate::input::model::{Provider, SubnetType};
use crate::net::size;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::{msg, piece};

pub static RULE: Rule = Rule {
    id: "private-subnet-size",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "private subnet too small",
    what: "On aws, every private subnet must be at least as large as the profile asks: its prefix \
length may not exceed `network.privateSubnetMaxPrefix` (katonic and domino: /24, 256 addresses). \
A /25 or smaller is reported at the subnet's `cidr`. Public subnets are not checked (a /28 is \
enough for them), nor `pod` subnets (their total is `pod-address-space`'s business). Other \
providers are not checked: the vendor states the size for an EKS cluster only (a GKE /25 node \
subnet, whose pods take addresses from a secondary range, is fine).",
    why: "The platform's nodes and pods take their addresses from the private subnets: a /25 \
cannot hold the pods of even a small cluster, and a subnet cannot be enlarged after it is \
created.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"Note: To deploy the Katonic platform on an EKS cluster, it is essential to \
create a Virtual Private Cloud (VPC) with a CIDR range of at least /21. Additionally, two subnets \
with CIDR ranges of /24 each are required. This is crucial because the platform allocates IP \
addresses for pods from within the subnet's IP range. It's important to note that any CIDR range \
equal to, or larger than /25 will not function properly for this purpose.\" The requirement is \
stated for an EKS cluster, where pods take subnet addresses, so the rule runs on aws only.",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/25", "type": "private"}]}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/24", "type": "private"}]}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(max) = cx.profile.network.private_subnet_max_prefix else {
        return;
    };
    for s in cx.subnets() {
        if s.kind != Some(SubnetType::Private) {
            continue;
        }
        let Some(c) = &s.cidr else { continue };
        let prefix = c.net.prefix_len();
        if prefix <= max {
            continue;
        }
        let name = match &s.name {
            Some(n) => piece!("private subnet `", *n, '`'),
            None => piece!("private subnet `subnets[", s.index, "]`"),
        };
        e.emit(
            subnet_path(s, "cidr"),
            msg!(
                name,
                " CIDR `",
                c.net,
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
                resized(&c.net, max),
                '`'
            )),
        );
    }
}
