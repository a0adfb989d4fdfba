//! `private-subnet-count`: aws: fewer than 2 private subnets
use super::need_network;
use crate::input::model::{Provider, SubnetType};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "private-subnet-count",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "too few private subnets",
    what: "On aws, `network.subnets` must hold at least the profile's number of private subnets \
(`network.privateSubnetCount`; katonic and domino: 2). Subnets whose `type` is unknown count as \
possibly private; `pod` subnets (EKS custom networking) do not count: the cluster and its nodes \
are not placed in them. Silent when `subnets` is absent, or the profile sets no count.",
    why: "The cluster runs in private subnets, reached through the NAT gateway. EKS requires \
subnets in at least two availability zones when the cluster is created, and the platform's pods \
take their addresses from these subnets.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"Create in total three subnets. Two private subnets and one public subnet in \
same VPC.\" and \"Create a Cluster using both private subnets with endpoints set to private.\" \
Amazon EKS User Guide, \"View Amazon EKS networking requirements for VPC and subnets\" \
(https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html): \"When you create a \
cluster, you specify a VPC and at least two subnets that are in different Availability Zones.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/24", "type": "private", "zone": "us-east-1a"},
  {"name": "public", "cidr": "10.0.7.240/28", "type": "public", "zone": "us-east-1a"}]}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/24", "type": "private", "zone": "us-east-1a"},
  {"name": "private-b", "cidr": "10.0.1.0/24", "type": "private", "zone": "us-east-1b"},
  {"name": "public", "cidr": "10.0.7.240/28", "type": "public", "zone": "us-east-1a"}]}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(needed) = cx.profile.network.private_subnet_count else {
        return;
    };
    let Some(network) = cx.network() else {
        e.need("/network", "whether there are enough private subnets");
        return;
    };
    let Some(subnets) = network.subnets.as_deref() else {
        need_network(cx, e, "subnets", "whether there are enough private subnets");
        return;
    };
    let private = subnets
        .iter()
        .filter(|s| s.kind == Some(SubnetType::Private))
        .count();
    let unknown = subnets.iter().filter(|s| s.kind.is_none()).count();
    if private.saturating_add(unknown) >= needed as usize {
        return;
    }
    let found = match private {
        0 => "no private subnet".to_string(),
        1 => "only 1 private subnet".to_string(),
        n => msg!("only ", n, " private subnets"),
    };
    let size = cx
        .profile
        .network
        .private_subnet_max_prefix
        .map(|p| msg!(", each a /", p, " or larger"))
        .unwrap_or_default();
    e.emit(
        "/network/subnets",
        msg!(found, ": the ", cx.profile.name, " profile needs ", needed),
        Some(msg!(
            "add private subnets in different availability zones",
            size
        )),
    );
}
