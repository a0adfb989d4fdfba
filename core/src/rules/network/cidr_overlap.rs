//! `cidr-overlap`: VPC, secondary blocks, podCidr and serviceCidr overlap one another
use super::{cluster_ranges, self_overlaps};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;
use ipnet::IpNet;

pub static RULE: Rule = Rule {
    id: "cidr-overlap",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "VPC, pod and service ranges overlap",
    what: "`network.vpcCidr`, the VPC's secondary blocks (`network.secondaryCidrs`), \
`network.podCidr` and `network.serviceCidr` must not share addresses. Each overlapping pair is one \
finding, reported at the later of the two in the order VPC, secondary blocks, `podCidr`, \
`serviceCidr`. With `aws-vpc-cni` the `podCidr` is ignored (pods take VPC addresses); with \
`azure-cni` it counts (a `podCidr` there is Azure CNI Overlay, whose pods take its addresses). An \
IPv6 range never overlaps an IPv4 one.",
    why: "Nodes, pods and services must be told apart by address: a service range inside the VPC \
hides the nodes behind kube-proxy's rules, and a pod range inside the VPC makes pod traffic \
ambiguous, so parts of the cluster become unreachable. A VPC's own blocks may not overlap at all: \
the cloud refuses the association.",
    source: "Kubernetes documentation, \"Cluster Networking — Kubernetes IP address ranges\" \
(https://kubernetes.io/docs/concepts/cluster-administration/networking/#kubernetes-ip-address-ranges): \
\"Kubernetes clusters require to allocate non-overlapping IP addresses for Pods, Services and \
Nodes\". Katonic documentation, \"Kubernetes — Katonic on EKS — VPC networking\": \"be sure to \
configure your cluster VPC accordingly to avoid any address space collisions.\" Amazon VPC User \
Guide, \"VPC CIDR blocks\" (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html), \
on adding a block to a VPC: \"The CIDR block must not overlap with any existing CIDR block that's \
associated with the VPC.\" Azure Kubernetes Service documentation, \"Configure Azure CNI Overlay \
networking in AKS\" (https://learn.microsoft.com/en-us/azure/aks/azure-cni-overlay): \"In overlay \
networking, only the Kubernetes cluster nodes are assigned IPs from a subnet. Pods receive IPs \
from a private CIDR that is provided at the time of cluster creation.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "onprem", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/16", "cni": "calico",
  "podCidr": "10.0.128.0/17", "serviceCidr": "10.96.0.0/12"}}"#,
        passes: r#"{"provider": "onprem", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/16", "cni": "calico",
  "podCidr": "10.244.0.0/16", "serviceCidr": "10.96.0.0/12"}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let ranges = cluster_ranges(cx);
    let nets: Vec<IpNet> = ranges.iter().map(|r| r.net).collect();
    for (i, j) in self_overlaps(&nets) {
        let (Some(earlier), Some(later)) = (ranges.get(i), ranges.get(j)) else {
            continue;
        };
        let hint = if later.what == "secondary CIDR" {
            msg!(
                "a VPC's blocks may not overlap: choose a secondary CIDR outside `",
                earlier.net,
                '`'
            )
        } else {
            msg!(
                "nodes, pods and services need separate address ranges: move the ",
                later.what,
                " out of \
                     `",
                earlier.net,
                '`'
            )
        };
        e.emit(
            later.path(),
            msg!(
                later.what,
                " `",
                later.net,
                "` overlaps the ",
                earlier.what,
                " `",
                earlier.net,
                '`'
            ),
            Some(hint),
        );
    }
}
