//! `pool-autoscaling`: a pool the profile wants autoscaled cannot scale (`minNodes` = `maxNodes`)
use super::common::role_req;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "pool-autoscaling",
    severity: Severity::Warning,
    area: Area::Nodes,
    providers: &[],
    title: "node pool that cannot autoscale",
    what: "Each node pool whose role the profile wants autoscaled (domino: `compute`; katonic \
asks for none, so the rule never fires for it) against its node counts: with `minNodes` equal \
to `maxNodes` the pool cannot grow or shrink. The finding points at `/nodePools/i/maxNodes`. \
Both counts must be given; an absent one is unknown.",
    why: "User runs, jobs and builds land on the compute pool, and their demand comes and goes. \
A pool fixed at one size either leaves runs `Pending` when demand rises or pays for idle nodes \
when it falls; the cluster autoscaler only moves a pool between its minimum and maximum.",
    source: "Domino Data Lab documentation, \"Cluster requirements — Compute pool \
requirements\": \"Max Nodes: Set as necessary to meet demand and resourcing needs\"; \"Enable \
Autoscaling: Yes\".",
    example: Example {
        options: r#"{"profile": "domino"}"#,
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "compute", "role": "compute", "minNodes": 2, "maxNodes": 2}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "compute", "role": "compute", "minNodes": 1, "maxNodes": 10}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    for pool in &cx.pools {
        let Some((role, req)) = role_req(cx, pool.pool) else {
            continue;
        };
        if !req.autoscaling {
            continue;
        }
        let p = pool.pool;
        let (Some(min), Some(max)) = (p.min_nodes, p.max_nodes) else {
            let what = "the node counts of every node pool";
            if p.min_nodes.is_none() {
                e.need(pool.field("minNodes"), what);
            }
            if p.max_nodes.is_none() {
                e.need(pool.field("maxNodes"), what);
            }
            continue;
        };
        if min != max {
            continue;
        }
        e.emit(
            pool.field("maxNodes"),
            msg!(
                pool.label(),
                " cannot scale: `minNodes` and `maxNodes` are both ",
                max,
                ", the ",
                cx.profile.name,
                " profile \
                 needs autoscaling for `",
                role,
                "` pools"
            ),
            Some(msg!(
                "set `maxNodes` above ",
                max,
                " so the cluster autoscaler can add `",
                role,
                "` nodes on \
                 demand"
            )),
        );
    }
}
