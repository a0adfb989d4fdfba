//! `vpc-dns-support`: aws: `dnsSupport` or `dnsHostnames` is false (EKS needs both)
use super::need_network;
use crate::input::model::Provider;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "vpc-dns-support",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "VPC DNS support or DNS hostnames turned off",
    what: "On aws, `network.dnsSupport` (the VPC's `enableDnsSupport`) and `network.dnsHostnames` \
(`enableDnsHostnames`) must not be `false`. Each one that is `false` is a finding at that field; \
absent means unknown.",
    why: "A private EKS cluster's nodes find the API server's private endpoint through the VPC's \
DNS resolver, and register under DNS host names: with either turned off, nodes cannot join the \
cluster.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"Provision a VPC with DNS Support and DNS Hostnames enabled.\" Amazon EKS User \
Guide, \"View Amazon EKS networking requirements for VPC and subnets\" \
(https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html): \"The VPC must have DNS \
hostname and DNS resolution support\"; Amazon VPC User Guide, \"DNS attributes for your VPC\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html).",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "dnsSupport": true, "dnsHostnames": false}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "dnsSupport": true, "dnsHostnames": true}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let network = cx.network();
    match network.and_then(|n| n.dns_support) {
        Some(false) => e.emit(
            "/network/dnsSupport",
            "`dnsSupport` is false: EKS needs DNS resolution in the VPC",
            Some("turn on DNS resolution for the VPC (`enableDnsSupport`)".to_string()),
        ),
        Some(true) => {}
        None => need_network(cx, e, "dnsSupport", "whether the VPC resolves DNS names"),
    }
    match network.and_then(|n| n.dns_hostnames) {
        Some(false) => e.emit(
            "/network/dnsHostnames",
            "`dnsHostnames` is false: EKS needs DNS hostnames in the VPC",
            Some("turn on DNS hostnames for the VPC (`enableDnsHostnames`)".to_string()),
        ),
        Some(true) => {}
        None => need_network(
            cx,
            e,
            "dnsHostnames",
            "whether the VPC gives DNS host names",
        ),
    }
}
