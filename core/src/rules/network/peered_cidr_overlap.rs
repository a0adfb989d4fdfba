//! `peered-cidr-overlap`: VPC, a secondary block, podCidr or serviceCidr overlaps a `peeredCidrs` entry
use super::{cluster_ranges, cross_overlaps};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;
use ipnet::IpNet;

pub static RULE: Rule = Rule {
    id: "peered-cidr-overlap",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "cluster range collides with a peered network",
    what: "No entry of `network.peeredCidrs` (networks reached through VPC peering or a VPN) may \
share addresses with `network.vpcCidr`, a secondary block of the VPC (`network.secondaryCidrs`), \
`network.podCidr` or `network.serviceCidr`. Each overlapping pair is one finding at the peered \
entry, in the order VPC, secondary blocks, `podCidr`, `serviceCidr`. As in `cidr-overlap`, the \
`podCidr` is ignored with `aws-vpc-cni`, and IPv6 never overlaps IPv4.",
    why: "Peering is refused between networks with overlapping blocks, and where a VPN carries \
them anyway, traffic to the overlapping addresses stays inside the cluster: data sources and \
authentication services on the other side become unreachable.",
    source: "Katonic documentation, \"Kubernetes — Katonic on EKS — VPC networking\": \"If you \
plan to do VPC peering or set up a site-to-site VPN connection to connect your cluster to other \
resources like data sources or authentication services, be sure to configure your cluster VPC \
accordingly to avoid any address space collisions.\" Amazon VPC Peering Guide \
(https://docs.aws.amazon.com/vpc/latest/peering/what-is-vpc-peering.html). A VPC's secondary \
blocks are part of its address space: Amazon VPC User Guide, \"VPC CIDR blocks\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html): \"After you've created \
your VPC, you can associate additional IPv4 CIDR blocks with the VPC.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "peeredCidrs": ["10.0.0.0/16"]}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "peeredCidrs": ["10.20.0.0/16"]}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(peered) = cx.network().and_then(|n| n.peered_cidrs.as_ref()) else {
        return;
    };
    let ranges = cluster_ranges(cx);
    let own: Vec<IpNet> = ranges.iter().map(|r| r.net).collect();
    let peers: Vec<IpNet> = peered.iter().map(|p| p.value.net).collect();
    for (i, j) in cross_overlaps(&own, &peers) {
        let (Some(own), Some(peer)) = (ranges.get(i), peered.get(j)) else {
            continue;
        };
        e.emit(
            msg!("/network/peeredCidrs/", peer.index),
            msg!(
                "peered network `",
                peer.value.net,
                "` overlaps the ",
                own.what,
                " `",
                own.net,
                '`'
            ),
            Some(
                "networks reached by peering or VPN must not share addresses with the \
                     cluster: renumber one of them"
                    .to_string(),
            ),
        );
    }
}
