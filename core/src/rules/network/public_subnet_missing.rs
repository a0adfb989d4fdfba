//! `public-subnet-missing`: aws: no public subnet (jump host and NAT gateway live there; /28 suffices)
use super::need_network;
use crate::input::model::{Provider, SubnetType};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "public-subnet-missing",
    severity: Severity::Warning,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "no public subnet",
    what: "On aws, `network.subnets` should hold a public subnet. Reported at `network.subnets`. \
Silent when `subnets` is absent, or when a subnet's `type` is unknown (it may be the public one). \
A `pod` subnet is not public.",
    why:
        "The private cluster reaches the internet through a NAT gateway, and administrators reach \
it through a jump host: both live in a public subnet. A /28 is enough. A warning, because a \
cluster behind an existing transit gateway or VPN may not need one.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"Create in total three subnets. Two private subnets and one public subnet in \
same VPC.\", \"Create NAT Gateway in Public Subnet and route it through private routetable.\" and \
\"For JumpHost in the public subnet, the ip range can be kept /28.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/24", "type": "private", "zone": "us-east-1a"},
  {"name": "private-b", "cidr": "10.0.1.0/24", "type": "private", "zone": "us-east-1b"}]}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/24", "type": "private", "zone": "us-east-1a"},
  {"name": "private-b", "cidr": "10.0.1.0/24", "type": "private", "zone": "us-east-1b"},
  {"name": "public", "cidr": "10.0.7.240/28", "type": "public", "zone": "us-east-1a"}]}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(subnets) = cx.network().and_then(|n| n.subnets.as_deref()) else {
        need_network(cx, e, "subnets", "whether there is a public subnet");
        return;
    };
    // A subnet of unknown type may be the public one; `pod` subnets are not.
    if subnets
        .iter()
        .any(|s| matches!(s.kind, None | Some(SubnetType::Public)))
    {
        return;
    }
    e.emit(
        "/network/subnets",
        "no public subnet: the NAT gateway and the jump host need one",
        Some("add a public subnet; a /28 is enough".to_string()),
    );
}
