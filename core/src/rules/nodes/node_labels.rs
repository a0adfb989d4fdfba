//! `node-labels`: a required label missing or with another value
use super::common::role_req;
use crate::input::pointer;
use crate::rules::{Area, Context, Emitter, Example, Rule};
use crate::severity::Severity;
use crate::text::msg;

pub static RULE: Rule = Rule {
    id: "node-labels",
    severity: Severity::Error,
    area: Area::Nodes,
    providers: &[],
    title: "node pool without the labels its role needs",
    what: "Each node pool's `labels` against the labels the profile requires for the pool's \
role (domino: `dominodatalab.com/node-pool=platform` on `platform` pools; \
`dominodatalab.com/node-pool=default` and `domino/build-node=true` on `compute` pools; \
`dominodatalab.com/node-pool=default-gpu` and `nvidia.com/gpu=true` on `gpu` pools; katonic \
requires none). One finding per label: a missing label is reported at `/nodePools/i/labels`, a \
label with another value at the label itself. A pool without `labels` is unknown.",
    why: "The platform places its pods with node selectors on these labels: without them the \
platform services or user runs stay `Pending`, or land on the wrong nodes.",
    source: "Domino Data Lab documentation, \"Cluster requirements — Platform pool \
requirements\": \"Labels: dominodatalab.com/node-pool: platform\"; \"Compute pool requirements\": \
\"Labels: domino/build-node: true, dominodatalab.com/node-pool: default\"; \"Optional GPU compute \
pool\": \"Labels: dominodatalab.com/node-pool: default-gpu, nvidia.com/gpu: true\".",
    example: Example {
        options: r#"{"profile": "domino"}"#,
        fails: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform",
                 "labels": {"dominodatalab.com/node-pool": "default"}}]
}"#,
        passes: r#"{
  "provider": "aws",
  "kubernetes": {"version": "1.30"},
  "nodePools": [{"name": "platform", "role": "platform",
                 "labels": {"dominodatalab.com/node-pool": "platform"}}]
}"#,
    },
    check: Some(check),
};

fn check(cx: &Context<'_>, e: &mut Emitter<'_>) {
    for pool in &cx.pools {
        let Some((role, req)) = role_req(cx, pool.pool) else {
            continue;
        };
        if req.labels.is_empty() {
            continue;
        }
        let Some(labels) = &pool.pool.labels else {
            e.need(pool.field("labels"), "the labels of every node pool");
            continue;
        };
        let profile = &cx.profile.name;
        for (key, want) in &req.labels {
            match labels.get(key.as_str()) {
                None => e.emit(
                    pool.field("labels"),
                    msg!(
                        pool.label(),
                        " lacks the label `",
                        key,
                        '=',
                        want,
                        "` the ",
                        profile,
                        " profile requires on \
                         `",
                        role,
                        "` pools"
                    ),
                    Some(msg!("add `\"", key, "\": \"", want, "\"` to `labels`")),
                ),
                Some(have) if have != want => e.emit(
                    pointer::join(&pool.field("labels"), key),
                    msg!(
                        pool.label(),
                        " has the label `",
                        key,
                        '=',
                        have,
                        "`, the ",
                        profile,
                        " profile requires \
                         `",
                        key,
                        '=',
                        want,
                        "` on `",
                        role,
                        "` pools"
                    ),
                    Some(msg!("set the label `", key, "` to `", want, '`')),
                ),
                Some(_) => {}
            }
        }
    }
}
