//! `pod-address-space`: too little address space for pods (subnets with aws-vpc-cni / flat azure-cni, else podCidr)
use super::{need_network, pods_in_subnets, private_blocks, resized};
use crate::net::size;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;
use ipnet::IpNet;

pub static RULE: Rule = Rule {
    id: "pod-address-space",
    severity: Severity::Warning,
    area: Area::Network,
    providers: &[],
    title: "too little address space for pods",
    what: "The pods need at least the profile's address space (`network.podAddressMaxPrefix`; \
katonic and domino: /23, 512 addresses). Where that space is depends on `network.cni`:\n\n\
- `aws-vpc-cni`, and `azure-cni` without a `podCidr` (flat Azure CNI), give every pod an address \
of the subnets: the `pod` subnets when there are any (EKS custom networking, Azure CNI with a \
pod subnet), else the private subnets. Those subnets together must hold at least 512 addresses \
(two /24 do). Reported at `network.subnets`; silent when one of those subnets' block or a \
subnet's type is unknown, or there is no such subnet.\n\
- every other CNI, and `azure-cni` with a `podCidr` (Azure CNI Overlay), takes pod addresses from \
`network.podCidr`: its prefix length may not exceed /23. Reported at `network.podCidr`; silent \
when `podCidr` is absent or IPv6 (an IPv6 pod range is never short of addresses).\n\n\
Silent when `cni` is absent.",
    why: "Every running pod holds an address. When the pod space is exhausted, new pods stay in \
`ContainerCreating`, and the platform's notebooks, jobs and model deployments stop starting. A \
warning, because a small cluster may fit, but the vendor recommends the /23.",
    source: "Katonic documentation, \"Kubernetes — Katonic on EKS — Network plugin\": \"If you \
use the Amazon VPC CNI for networking, with only Network Policy enforcement components of Calico, \
you should ensure the subnets you use for your cluster have CIDR ranges of sufficient size, as \
every deployed pod in the cluster will be assigned an elastic network interface and consume a \
subnet address. Katonic recommends at least a /23 CIDR for the cluster.\" Katonic documentation, \
\"Katonic AWS Private Cluster — Network plugin\" says the same. Where pods take their addresses: \
Azure Kubernetes Service documentation on Azure CNI \
(https://learn.microsoft.com/en-us/azure/aks/configure-azure-cni): \"every pod gets an IP address \
from the subnet and can be accessed directly\"; Azure Kubernetes Service documentation, \"Configure \
Azure CNI Overlay networking in AKS\" (https://learn.microsoft.com/en-us/azure/aks/azure-cni-overlay): \
\"In overlay networking, only the Kubernetes cluster nodes are assigned IPs from a subnet. Pods \
receive IPs from a private CIDR that is provided at the time of cluster creation.\" Amazon EKS \
User Guide, \"Deploy Pods in alternate subnets with custom networking\" \
(https://docs.aws.amazon.com/eks/latest/userguide/cni-custom-network.html): \"With custom \
networking enabled, no IP addresses assigned to the primary network interface are assigned to \
Pods. Only IP addresses from secondary network interfaces are assigned to Pods.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "cni": "aws-vpc-cni", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/25", "type": "private"},
  {"name": "private-b", "cidr": "10.0.1.0/25", "type": "private"}]}}"#,
        passes: r#"{"provider": "aws", "kubernetes": {"version": "1.30"},
 "network": {"vpcCidr": "10.0.0.0/21", "cni": "aws-vpc-cni", "subnets": [
  {"name": "private-a", "cidr": "10.0.0.0/24", "type": "private"},
  {"name": "private-b", "cidr": "10.0.1.0/24", "type": "private"}]}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let Some(max) = cx.profile.network.pod_address_max_prefix else {
        return;
    };
    let needed = size(max);
    let Some(network) = cx.network() else {
        need_network(cx, e, "cni", "where the pods take their addresses from");
        return;
    };
    let (Some(cni), Some(in_subnets)) = (network.cni, pods_in_subnets(network)) else {
        need_network(cx, e, "cni", "where the pods take their addresses from");
        return;
    };
    if in_subnets {
        let Some((blocks, which)) = private_blocks(network) else {
            return;
        };
        let which = which.as_str();
        let total: u64 = blocks.iter().map(|b| size(b.prefix_len())).sum();
        if total >= needed {
            return;
        }
        e.emit(
            "/network/subnets",
            msg!(
                "the ",
                which,
                " subnets hold ",
                total,
                " addresses, and with `",
                cni,
                "` every pod takes \
                 one: the ",
                cx.profile.name,
                " profile needs ",
                needed,
                " (a /",
                max,
                ')'
            ),
            Some(msg!(
                "enlarge or add ",
                which,
                " subnets to at least ",
                needed,
                " addresses in total"
            )),
        );
        return;
    }
    let Some(pod) = &network.pod_cidr else {
        need_network(
            cx,
            e,
            "podCidr",
            "whether the pod address range is large enough",
        );
        return;
    };
    let IpNet::V4(pod) = pod.net else { return };
    let prefix = pod.prefix_len();
    if prefix <= max {
        return;
    }
    e.emit(
        "/network/podCidr",
        msg!(
            "pod CIDR `",
            pod,
            "` is smaller than /",
            max,
            ": ",
            size(prefix),
            " addresses, the ",
            cx.profile.name,
            " profile needs ",
            needed
        ),
        Some(msg!(
            "use a /",
            max,
            " or larger pod CIDR, for example `",
            resized(&pod, max),
            '`'
        )),
    );
}
