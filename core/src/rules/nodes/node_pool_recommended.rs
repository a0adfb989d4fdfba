//! `node-pool-recommended`: a recommended role has no pool
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "node-pool-recommended",
    severity: Severity::Warning,
    area: Area::Nodes,
    providers: &[],
    title: "recommended node pool role without a pool",
    what: "Each role the profile recommends on the cluster's provider (katonic on aws: \
`deployment` and `vectordb`; domino: none) against the roles of the node pools: one warning per \
role no pool has, at `/nodePools`. Only fires when `nodePools` is present.",
    why: "Without their own pools, model deployments and the vector database share nodes with \
the platform or with user workloads: a busy notebook can then starve a served model, and the \
installer's default layout does not match the cluster.",
    source: "Katonic documentation, \"Katonic AWS Private Cluster — Creating Elastic Kubernetes \
Service (EKS)\": \"Create four nodegroups namely platform, compute, deployment and vectordb.\"",
    example: Example {
        options: "{}",
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform"}, {"name": "compute", "role": "compute"},
                {"name": "deployment", "role": "deployment"}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform"}, {"name": "compute", "role": "compute"},
                {"name": "deployment", "role": "deployment"}, {"name": "vectordb", "role": "vectordb"}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    if cx.doc.node_pools.is_none() {
        return;
    }
    let Some(roles) = cx.profile.node_pools.recommended_roles.get(cx.provider) else {
        return;
    };
    for &role in roles {
        if cx.pools.iter().any(|p| p.pool.role == Some(role)) {
            continue;
        }
        let on = cx.provider.map(|p| msg!(" on ", p)).unwrap_or_default();
        e.emit(
            "/nodePools",
            msg!(
                "no node pool has role `",
                role,
                "`, the ",
                cx.profile.name,
                " profile recommends one",
                on
            ),
            Some(msg!(
                "add a node pool with `\"role\": \"",
                role,
                "\"` to keep its workloads apart"
            )),
        );
    }
}
