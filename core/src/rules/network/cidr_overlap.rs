//! `cidr-overlap`: VPC, podCidr and serviceCidr overlap one another
use super::{cluster_ranges, overlaps};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;

pub static RULE: Rule = Rule {
    id: "cidr-overlap",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "VPC, pod and service ranges overlap",
    what: "`network.vpcCidr`, `network.podCidr` and `network.serviceCidr` must not share \
addresses. Each overlapping pair is one finding, reported at the later of the two in the order \
VPC, `podCidr`, `serviceCidr`. With `aws-vpc-cni` the `podCidr` is ignored (pods take VPC \
addresses). An IPv6 range never overlaps an IPv4 one.",
    why: "Nodes, pods and services must be told apart by address: a service range inside the VPC \
hides the nodes behind kube-proxy's rules, and a pod range inside the VPC makes pod traffic \
ambiguous, so parts of the cluster become unreachable.",
    source: "Kubernetes documentation, \"Cluster Networking — Kubernetes IP address ranges\" \
(https://kubernetes.io/docs/concepts/cluster-administration/networking/#kubernetes-ip-address-ranges): \
\"Kubernetes clusters require to allocate non-overlapping IP addresses for Pods, Services and \
Nodes\". Katonic documentation, \"Kubernetes — Katonic on EKS — VPC networking\": \"be sure to \
configure your cluster VPC accordingly to avoid any address space collisions.\"",
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
    for (j, later) in ranges.iter().enumerate() {
        for earlier in ranges.iter().take(j) {
            if !overlaps(&earlier.net, &later.net) {
                continue;
            }
            e.emit(
                later.path,
                format!(
                    "{} `{}` overlaps the {} `{}`",
                    later.what, later.net, earlier.what, earlier.net
                ),
                Some(format!(
                    "nodes, pods and services need separate address ranges: move the {} out \
                     of `{}`",
                    later.what, earlier.net
                )),
            );
        }
    }
}
