//! `node-pool-missing`: a required role has no pool
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "node-pool-missing",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "required node pool role without a pool",
    what: "Each role the profile requires (`platform` and `compute` in both built-in profiles) \
against the roles of the node pools: one finding per role no pool has, at `/nodePools`. Only \
fires when `nodePools` is present; an absent list is unknown. A pool of role `worker` does not \
stand in for `platform` or `compute`.",
    why: "The platform pins its own services to the platform pool and user workloads to the \
compute pool by node labels and selectors; without one of them, half the installation has no \
nodes to run on.",
    source: "Domino Data Lab documentation, \"Cluster requirements\": \"Domino requires a minimum \
of two node pools, one to host the Domino Platform and one to host Compute workloads.\"; Katonic \
documentation, \"Kubernetes — Katonic on EKS — Node pools\": \"The EKS cluster must have at least \
two ASGs that produce worker nodes with the following specifications and distinct node labels, \
and it may include an optional GPU pool\".",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform"}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform"}, {"name": "compute", "role": "compute"}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    if cx.doc.node_pools.is_none() {
        if !cx.profile.node_pools.required_roles.is_empty() {
            e.need(
                "/nodePools",
                "that every role the platform requires has a node pool",
            );
        }
        return;
    }
    for &role in &cx.profile.node_pools.required_roles {
        if cx.pools.iter().any(|p| p.pool.role == Some(role)) {
            continue;
        }
        e.emit(
            "/nodePools",
            msg!(
                "no node pool has role `",
                role,
                "`, the ",
                cx.profile.name,
                " profile requires one"
            ),
            Some(msg!("add a node pool with `\"role\": \"", role, "\"`")),
        );
    }
}
