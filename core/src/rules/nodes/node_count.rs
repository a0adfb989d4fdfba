//! `node-count`: minNodes below the role's minimum is an error (domino platform 3); maxNodes above the role's maximum (domino platform 3) and minNodes below a *recommended* minimum (domino compute 1) are warnings
use super::common::{nodes, role_req};
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "node-count",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "node pool with too few or too many nodes for its role",
    what: "Each node pool's `minNodes` and `maxNodes` against the profile's node counts for the \
pool's role. `minNodes` below the role's minimum is an error (domino: 3 `platform` nodes); \
`minNodes` below a *recommended* minimum is a warning (domino: 1 `compute` node), reported only \
when the hard minimum is met; `maxNodes` above the role's maximum is a warning (domino: at most \
3 `platform` nodes). Absent values are unknown. The katonic profile sets no node counts.",
    why: "Domino runs its platform services as replicated sets spread over exactly three \
platform nodes; fewer cannot hold the replicas, more are not used. A compute pool that scales \
to zero makes every first run wait for a node to boot.",
    source: "Domino Data Lab documentation, \"Cluster requirements — Platform pool \
requirements\": \"Min Nodes: 3\" and \"Max Nodes: 3\"; \"Compute pool requirements\": \
\"Recommended Min Nodes: 1\".",
    example: Example {
        options: r#"{"profile": "domino"}"#,
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform", "minNodes": 1, "maxNodes": 3}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform", "minNodes": 3, "maxNodes": 3}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    let profile = &cx.profile.name;
    for pool in &cx.pools {
        let Some((role, req)) = role_req(cx, pool.pool) else {
            continue;
        };
        let p = pool.pool;
        if req.min_nodes.is_some() || req.recommended_min_nodes.is_some() {
            match p.min_nodes {
                None => e.need(pool.field("minNodes"), "the node counts of every node pool"),
                Some(have) => {
                    if let Some(min) = req.min_nodes.filter(|&m| have < m) {
                        e.emit(
                            pool.field("minNodes"),
                            msg!(
                                pool.label(),
                                " has `minNodes: ",
                                have,
                                "`, the ",
                                profile,
                                " profile needs at least \
                                 ",
                                min,
                                " `",
                                role,
                                "` ",
                                nodes(min)
                            ),
                            Some(msg!("set `minNodes` to ", min, " or more")),
                        );
                    } else if let Some(rec) = req.recommended_min_nodes.filter(|&m| have < m) {
                        e.emit_as(
                            Severity::Warning,
                            pool.field("minNodes"),
                            msg!(
                                pool.label(),
                                " has `minNodes: ",
                                have,
                                "`, the ",
                                profile,
                                " profile recommends at \
                                 least ",
                                rec,
                                " `",
                                role,
                                "` ",
                                nodes(rec)
                            ),
                            Some(msg!(
                                "set `minNodes` to ",
                                rec,
                                " so work starts without waiting for a \
                                 node to boot"
                            )),
                        );
                    }
                }
            }
        }
        if let Some(max) = req.max_nodes {
            match p.max_nodes {
                None => e.need(pool.field("maxNodes"), "the node counts of every node pool"),
                Some(have) if have > max => e.emit_as(
                    Severity::Warning,
                    pool.field("maxNodes"),
                    msg!(
                        pool.label(),
                        " has `maxNodes: ",
                        have,
                        "`, the ",
                        profile,
                        " profile uses at most ",
                        max,
                        " \
                         `",
                        role,
                        "` ",
                        nodes(max)
                    ),
                    Some(msg!("set `maxNodes` to ", max)),
                ),
                Some(_) => {}
            }
        }
    }
}
