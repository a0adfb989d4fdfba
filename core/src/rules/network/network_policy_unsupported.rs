//! `network-policy-unsupported`: neither the CNI nor `networkPolicy` enforces NetworkPolicy
use super::need_network;
use crate::input::model::{Cni, NetworkPolicyEngine};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "network-policy-unsupported",
    severity: Severity::Error,
    area: Area::Network,
    providers: &[],
    title: "nothing enforces NetworkPolicy",
    what: "Something must enforce Kubernetes `NetworkPolicy`: either `network.networkPolicy` \
names an engine, or `network.cni` enforces policies itself.\n\n\
- `networkPolicy: none` says that nothing enforces them: reported at `network.networkPolicy`, \
whatever the CNI.\n\
- Without `networkPolicy`, the CNIs `calico`, `cilium`, `antrea`, `weave`, `ovn-kubernetes` and \
`openshift-sdn` enforce policies; `kubenet`, `flannel`, `azure-cni` (policies need Azure Network \
Policy Manager or Calico: say `networkPolicy: azure` or `calico`) and `aws-vpc-cni` (it enforces \
policies since v1.14 only when its network policy agent is turned on, which is off by default: \
say `networkPolicy: aws-vpc-cni`) do not: reported at `network.cni`.\n\n\
Silent when both are absent, or the CNI is `other`.",
    why: "The platform isolates its own services, users' workspaces and model deployments from \
one another with NetworkPolicy objects. A cluster that does not enforce them accepts the objects \
and ignores them: every pod can reach every other pod.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Network plugin\": \"Katonic \
relies on Kubernetes network policies to manage secure communication between pods in the cluster. \
Network policies are implemented by the network plugin, so your cluster uses a networking \
solution that supports NetworkPolicy, such as Calico.\" (the same in \"Kubernetes — Cluster \
requirements — Cluster networking\"); Katonic documentation, \"Kubernetes — Katonic on AKS\": \
\"The Advanced Azure CNI is used for cluster networking, with network policy enforcement handled \
by Calico\". Domino Data Lab documentation, \"Cluster requirements\": \"You must use a networking \
solution that supports the Kubernetes NetworkPolicy resource.\" Kubernetes documentation, \
\"Network Policies\" (https://kubernetes.io/docs/concepts/services-networking/network-policies/): \
\"To use network policies, you must be using a networking solution which supports NetworkPolicy. \
Creating a NetworkPolicy resource without a controller that implements it will have no effect.\"",
    example: Example {
        options: "{}",
        fails: r#"{"provider": "onprem", "kubernetes": {"version": "1.30"},
 "network": {"cni": "flannel"}}"#,
        passes: r#"{"provider": "onprem", "kubernetes": {"version": "1.30"},
 "network": {"cni": "flannel", "networkPolicy": "calico"}}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let network = cx.network();
    let cni = network.and_then(|n| n.cni);
    match network.and_then(|n| n.network_policy) {
        Some(NetworkPolicyEngine::None) => {
            let with = cni
                .map(|c| msg!(" (with CNI `", c, "`)"))
                .unwrap_or_default();
            e.emit(
                "/network/networkPolicy",
                msg!(
                    "`networkPolicy` is `none`",
                    with,
                    ": nothing enforces NetworkPolicy"
                ),
                Some(hint()),
            );
            return;
        }
        Some(_) => return,
        None => {}
    }
    let Some(cni) = cni else {
        need_network(cx, e, "cni", "whether something enforces NetworkPolicy");
        return;
    };
    let message = match cni {
        Cni::Calico
        | Cni::Cilium
        | Cni::Antrea
        | Cni::Weave
        | Cni::OvnKubernetes
        | Cni::OpenshiftSdn
        | Cni::Other => return,
        Cni::AwsVpcCni => "CNI `aws-vpc-cni` enforces NetworkPolicy only with its network policy \
                           agent turned on, and no `networkPolicy` engine is given"
            .to_string(),
        Cni::AzureCni => "CNI `azure-cni` does not enforce NetworkPolicy by itself, and no \
                          `networkPolicy` engine is given"
            .to_string(),
        Cni::Kubenet | Cni::Flannel => msg!(
            "CNI `",
            cni,
            "` does not enforce NetworkPolicy, and no `networkPolicy` engine is given"
        ),
    };
    let hint = match cni {
        Cni::AwsVpcCni => "turn on the VPC CNI's network policy support and set \
                           `networkPolicy: aws-vpc-cni`, or add Calico's policy engine and set \
                           `networkPolicy: calico`"
            .to_string(),
        Cni::AzureCni => "use Azure Network Policy Manager or Calico and set `networkPolicy` to \
                          `azure` or `calico`"
            .to_string(),
        _ => hint(),
    };
    e.emit("/network/cni", message, Some(hint));
}

fn hint() -> String {
    "run a policy engine such as Calico and set `networkPolicy` to it, or use a CNI that \
     enforces NetworkPolicy (`calico`, `cilium`, `antrea`)"
        .to_string()
}
