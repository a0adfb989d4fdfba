//! `eks-service-cidr`: aws: serviceCidr not inside 10/8, 172.16/12 or 192.168/16, or not between /12 and /24, or overlapping the VPC or a secondary block
use super::{overlaps4, vpc_blocks};
use crate::input::model::Provider;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;
use ipnet::{IpNet, Ipv4Net};
use std::net::Ipv4Addr;

pub static RULE: Rule = Rule {
    id: "eks-service-cidr",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[Provider::Aws],
    title: "service CIDR that EKS rejects",
    what: "On aws, an IPv4 `network.serviceCidr` must (1) lie inside `10.0.0.0/8`, \
`172.16.0.0/12` or `192.168.0.0/16`, (2) have a prefix length between /12 and /24, and (3) not \
overlap `network.vpcCidr` nor any secondary block of the VPC (`network.secondaryCidrs`). Each \
broken condition is one finding at `network.serviceCidr`, and each overlapped block of the VPC \
one finding. Silent when `serviceCidr` is absent (EKS then picks `10.100.0.0/16` or `172.20.0.0/16` itself) or IPv6 \
(IPv6 clusters get their service range from EKS).",
    why: "EKS refuses to create a cluster with such a service range (`serviceIpv4Cidr`), and it \
cannot be changed after the cluster exists.",
    source: "Amazon EKS API Reference, \"KubernetesNetworkConfigRequest\", `serviceIpv4Cidr` \
(https://docs.aws.amazon.com/eks/latest/APIReference/API_KubernetesNetworkConfigRequest.html): \
\"Within one of the following private IP address blocks: 10.0.0.0/8, 172.16.0.0/12, or \
192.168.0.0/16.\", \"Doesn't overlap with any CIDR block assigned to the VPC that you selected \
for VPC.\" and \"Between /24 and /12.\" The blocks assigned to a VPC include its secondary \
blocks: Amazon VPC User Guide, \"VPC CIDR blocks\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html): \"After you've created \
your VPC, you can associate additional IPv4 CIDR blocks with the VPC.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "serviceCidr": "100.64.0.0/16"}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "serviceCidr": "172.20.0.0/16"}}"#,
    },
    check: Some(check),
};

/// The private blocks EKS takes a service range from.
const PRIVATE: [(Ipv4Addr, u8); 3] = [
    (Ipv4Addr::new(10, 0, 0, 0), 8),
    (Ipv4Addr::new(172, 16, 0, 0), 12),
    (Ipv4Addr::new(192, 168, 0, 0), 16),
];
/// Largest and smallest service range EKS accepts.
const LARGEST: u8 = 12;
const SMALLEST: u8 = 24;

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(network) = cx.network() else { return };
    let Some(svc) = &network.service_cidr else {
        return;
    };
    let IpNet::V4(svc) = svc.net else { return };
    let blocks = vpc_blocks(network);
    let example = suggestion(blocks.iter().map(|(_, b)| *b));
    let hint = || Some(msg!("use a block EKS accepts, for example `", example, '`'));
    let private = PRIVATE
        .iter()
        .any(|&(addr, len)| Ipv4Net::new(addr, len).is_ok_and(|block| block.contains(&svc)));
    if !private {
        e.emit(
            "/network/serviceCidr",
            msg!(
                "service CIDR `",
                svc,
                "` is not inside `10.0.0.0/8`, `172.16.0.0/12` or \
                 `192.168.0.0/16`, as EKS requires"
            ),
            hint(),
        );
    }
    let prefix = svc.prefix_len();
    if prefix < LARGEST {
        e.emit(
            "/network/serviceCidr",
            msg!(
                "service CIDR `",
                svc,
                "` is larger than /12, the largest EKS accepts"
            ),
            hint(),
        );
    } else if prefix > SMALLEST {
        e.emit(
            "/network/serviceCidr",
            msg!(
                "service CIDR `",
                svc,
                "` is smaller than /24, the smallest EKS accepts"
            ),
            hint(),
        );
    }
    for (what, block) in &blocks {
        if !overlaps4(block, &svc) {
            continue;
        }
        let whose = if *what == "VPC CIDR" {
            ""
        } else {
            " of the VPC"
        };
        e.emit(
            "/network/serviceCidr",
            msg!(
                "service CIDR `",
                svc,
                "` overlaps the ",
                what,
                " `",
                block,
                '`',
                whose,
                ", which EKS does not \
                 allow"
            ),
            hint(),
        );
    }
}

/// A service range EKS accepts that misses the VPC's blocks: EKS's own defaults, `172.20.0.0/16`,
/// else `10.100.0.0/16`.
fn suggestion<'b>(mut blocks: impl Iterator<Item = &'b Ipv4Net>) -> &'static str {
    let a = Ipv4Net::new(Ipv4Addr::new(172, 20, 0, 0), 16);
    match a {
        Ok(a) if blocks.any(|b| overlaps4(b, &a)) => "10.100.0.0/16",
        _ => "172.20.0.0/16",
    }
}
