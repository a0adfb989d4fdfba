//! `master-pool-managed`: a master pool on aws/azure/gcp (the control plane is managed)
use crate::input::model::{Distribution, Provider, Role};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "master-pool-managed",
    severity: Severity::Warning,
    area: Area::Nodes,
    providers: &[Provider::Aws, Provider::Azure, Provider::Gcp],
    title: "master node pool on a managed Kubernetes service",
    what: "On `aws`, `azure` and `gcp` with their managed distribution (`eks`, `aks`, `gke`, \
stated or implied by the provider), a node pool with role `master`: the managed service runs \
the control plane itself, a pool of your own cannot host it. A self-managed distribution on \
cloud machines (`openshift`, `rke2`, `k3s`, `kubespray`, `other`) has masters of its own and \
passes.",
    why: "A `master` pool on a managed service is a plan mistake: it is either an ordinary \
worker pool mislabelled (so its nodes are not checked as workers) or nodes paid for that \
Kubernetes will never use as control plane.",
    source: "Katonic documentation, \"Kubernetes — Katonic on EKS\": \"Kubernetes control moves \
to the EKS control plane with managed Kubernetes masters\"; Katonic documentation, \"Kubernetes — \
Katonic on AKS\": \"Kubernetes control is handled by the AKS control plane with managed \
Kubernetes masters.\"; Katonic documentation, \"Katonic AWS Private Cluster — Katonic on EKS\": \
\"The control of Kubernetes is transferred to the EKS control plane, which offers managed \
Kubernetes masters.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "masters", "role": "master"}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "workers", "role": "worker"}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    // Self-managed distributions on cloud machines (OpenShift, RKE2, …) have masters of their own.
    let service = match cx.distribution {
        Some(Distribution::Eks) => "EKS",
        Some(Distribution::Aks) => "AKS",
        Some(Distribution::Gke) => "GKE",
        _ => return,
    };
    for pool in &cx.pools {
        if pool.pool.role != Some(Role::Master) {
            continue;
        }
        e.emit(
            pool.field("role"),
            msg!(
                pool.label(),
                " has role `master`, but ",
                service,
                " manages the control plane"
            ),
            Some(
                "remove the pool, or give it the role its nodes really play (`worker`, \
                 `compute`, …)"
                    .to_string(),
            ),
        );
    }
}
