//! `ip-capacity`: aws-vpc-cni or flat azure-cni: estimated pod addresses exceed the usable addresses of the subnets pods use
use super::{need_network, pod_ips, pods_in_subnets, PodSource, PodSubnets};
use crate::input::model::Provider;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "ip-capacity",
    severity: Severity::Warning,
    area: Area::Network,
    providers: &[],
    title: "pods may need more addresses than their subnets have",
    what: "With `aws-vpc-cni`, or `azure-cni` without a `podCidr` (flat Azure CNI), and \
`network.maxPodsPerNode` given, the estimated demand, Σ over node pools of `maxNodes` (else \
`minNodes`) × (`maxPodsPerNode` + 1), must not exceed the usable addresses of the subnets pods \
take addresses from (each subnet's size minus the addresses the cloud keeps: 5 on aws and \
azure). Those are the `pod` subnets when there are any (EKS custom networking: the + 1 is the \
primary address of the node's network interface there, which no pod gets), else the private \
subnets (the + 1 is the node's own address). Reported at `network.subnets`. Pools without node \
counts are left out; silent when no pool has one, or when one of those subnets' block is unknown. \
Azure CNI Overlay (`azure-cni` with a `podCidr`) and the other CNIs take pod addresses from the \
`podCidr`, not from subnets: this rule does not apply to them. The same numbers are in the \
report's facts as `podIps`.",
    why: "With these CNIs every pod and every node takes a subnet address. A cluster that scales \
out to its `maxNodes` with full nodes runs out of addresses, and new pods fail to start with \
\"failed to assign an IP address to container\".",
    source: "Katonic documentation, \"Kubernetes — Katonic on EKS — Network plugin\": \"every \
deployed pod in the cluster will be assigned an elastic network interface and consume a subnet \
address\"; Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"the platform allocates IP addresses for pods from within the subnet's IP \
range\". Amazon VPC User Guide, \"Subnet CIDR blocks\" \
(https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html): \"The first four IP \
addresses and the last IP address in each subnet CIDR block are not available\"; Azure Virtual \
Network FAQ (https://learn.microsoft.com/en-us/azure/virtual-network/virtual-networks-faq): \
\"Azure reserves the first four and last IP address for a total of 5 IP addresses within each \
subnet.\" Azure Kubernetes Service documentation on Azure CNI \
(https://learn.microsoft.com/en-us/azure/aks/configure-azure-cni): \"every pod gets an IP address \
from the subnet and can be accessed directly\"; Amazon EKS User Guide, \"Deploy Pods in alternate subnets with \
custom networking\" (https://docs.aws.amazon.com/eks/latest/userguide/cni-custom-network.html), \
where pods take their addresses from subnets of their own: \"With custom networking enabled, no IP addresses assigned \
to the primary network interface are assigned to Pods. Only IP addresses from secondary network \
interfaces are assigned to Pods.\" Azure Kubernetes Service documentation, \"Configure Azure CNI \
Overlay networking in AKS\" (https://learn.microsoft.com/en-us/azure/aks/azure-cni-overlay): \
\"In overlay networking, only the Kubernetes cluster nodes are assigned IPs from a subnet.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "cni": "aws-vpc-cni", "maxPodsPerNode": 110, "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/24", "type": "private"},
  {"name": "private-b", "cidr": "10.0.1.0/24", "type": "private"}]},
 "nodePools": [{"name": "compute", "role": "compute", "minNodes": 1, "maxNodes": 10}]}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "cni": "aws-vpc-cni", "maxPodsPerNode": 110, "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/22", "type": "private"},
  {"name": "private-b", "cidr": "10.0.4.0/22", "type": "private"}]},
 "nodePools": [{"name": "compute", "role": "compute", "minNodes": 1, "maxNodes": 10}]}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(network) = cx.network() else { return };
    if pods_in_subnets(network) != Some(true) {
        return;
    }
    if network.max_pods_per_node.is_none() {
        need_network(
            cx,
            e,
            "maxPodsPerNode",
            "whether the pods' subnets hold every pod's address",
        );
        return;
    }
    let Some(p) = pod_ips(cx) else { return };
    let PodSource::Subnets(which) = p.source else {
        return;
    };
    if p.demand <= p.capacity {
        return;
    }
    let own = match which {
        PodSubnets::Pod => "network interface address",
        PodSubnets::Private => "node address",
    };
    let which = which.as_str();
    let reserved = cx.provider.map_or(2, Provider::reserved_per_subnet);
    let nodes = if p.nodes == 1 { "node" } else { "nodes" };
    e.emit(
        "/network/subnets",
        msg!(
            "up to ",
            p.nodes,
            ' ',
            nodes,
            " × (",
            p.max_pods,
            " pods + 1 ",
            own,
            ") need ",
            p.demand,
            " addresses, the ",
            which,
            " subnets \
             have ",
            p.capacity,
            " usable"
        ),
        Some(msg!(
            "lower `maxPodsPerNode` or the pools' `maxNodes`, or add ",
            which,
            " subnet space \
             (each subnet keeps ",
            reserved,
            " addresses)"
        )),
    );
}
